// Closing the case: the outcome, what the help meant in the resident's own words, and a note.
// Advice closes with "advice given" and the advice written down; a takeover with the warm handover back.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { RadioGroup } from '../../../components/Choices';
import { DataList } from '../../../components/DataList';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FieldErrors } from '../../../components/fieldIds';
import { TextAreaField } from '../../../components/FormField';
import { Heading, Paragraph } from '../../../components/Heading';
import { kindKey, statusKey, stepKey } from '../../../i18n';
import { useLang } from '../../../lang';
import { OUTCOMES, type Outcome, type StepsOverview } from '../../../types-steps';
import { ConflictNotice, orNull, useFormErrors } from '../breakthrough/forms';
import { outcomeKey } from './labels';

interface Draft {
  outcome: Outcome | '';
  residentWords: string;
  outcomeNote: string;
  advice: string;
}

const PATHS = { outcome: 'close.outcome', residentWords: 'close.residentWords', outcomeNote: 'close.outcomeNote', advice: 'close.advice' };

export function CloseForm({ overview, onClosed }: { overview: StepsOverview; onClosed: () => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const consult = overview.kind === 'consult';
  const takeover = overview.kind === 'takeover';
  const [draft, setDraft] = useState<Draft>({
    outcome: consult ? 'advice_given' : '',
    residentWords: '',
    outcomeNote: '',
    advice: overview.advice ?? '',
  });
  // The version this form started from; a change by someone else since then is a conflict.
  const [version, setVersion] = useState(overview.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<StepsOverview | null>(null);
  const errors = useFormErrors();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const outcomes = OUTCOMES.filter((o) => (consult ? o === 'advice_given' : o !== 'advice_given'));

  const close = useMutation({
    mutationFn: () =>
      stepsApi.close(overview.id, {
        outcome: draft.outcome as Outcome,
        residentWords: draft.residentWords,
        outcomeNote: orNull(draft.outcomeNote),
        ...(consult ? { advice: orNull(draft.advice) } : {}),
        version,
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(stepsKeys.case(overview.id), next);
      void queryClient.invalidateQueries({ queryKey: stepsKeys.cases });
      onClosed();
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        setConflict(error.detail ?? t('steps.stale'));
        errors.clear();
        return;
      }
      errors.fromError(error, t, PATHS);
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => stepsApi.case(overview.id),
    onSuccess: (fresh) => {
      queryClient.setQueryData(stepsKeys.case(overview.id), fresh);
      setVersion(fresh.version);
      setLatest(fresh);
      setConflict(null);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (close.isPending) return;
    const fields: FieldErrors = {};
    if (!draft.outcome) fields[PATHS.outcome] = t('closure.err.outcome');
    if (consult && !draft.advice.trim()) fields[PATHS.advice] = t('closure.err.advice');
    if (!draft.residentWords.trim()) fields[PATHS.residentWords] = t('closure.err.residentWords');
    if (takeover && !draft.outcomeNote.trim()) fields[PATHS.outcomeNote] = t('closure.err.handoverBack');
    if (Object.keys(fields).length) {
      errors.show(fields);
      return;
    }
    errors.clear();
    close.mutate();
  }

  if (overview.handover) {
    return <Paragraph>{t('closure.handoverOpen', { name: overview.handover.to.name })}</Paragraph>;
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="close-title">
      <Heading level={3} id="close-title">{t('closure.formTitle')}</Heading>
      <Paragraph>{t('closure.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
      {latest ? (
        <Alert type="info" role="status">
          <Heading level={4}>{t('closure.latestTitle')}</Heading>
          <DataList
            items={[
              { key: t('common.status'), value: t(statusKey(latest.status)) },
              { key: t('cases.kind'), value: t(kindKey(latest.kind)) },
              { key: t('cases.step'), value: t('step.numbered', { n: latest.step, name: t(stepKey(latest.step)) }) },
            ]}
          />
          <Paragraph>{t('closure.latestKept')}</Paragraph>
        </Alert>
      ) : null}
      <RadioGroup<Outcome>
        path={PATHS.outcome}
        legend={t('closure.outcome')}
        description={consult ? t('closure.outcomeConsult') : undefined}
        options={outcomes.map((o) => ({ value: o, label: t(outcomeKey(o)) }))}
        value={draft.outcome}
        onChange={(o) => set({ outcome: o })}
        error={errors.fields[PATHS.outcome]}
      />
      {consult ? (
        <TextAreaField
          path={PATHS.advice}
          label={t('closure.advice')}
          description={t('closure.adviceHint')}
          required
          rows={4}
          maxLength={4000}
          value={draft.advice}
          onValue={(v) => set({ advice: v })}
          error={errors.fields[PATHS.advice]}
        />
      ) : null}
      <TextAreaField
        path={PATHS.residentWords}
        label={t('closure.residentWords')}
        description={t('closure.residentWordsHint')}
        required
        rows={4}
        maxLength={4000}
        value={draft.residentWords}
        onValue={(v) => set({ residentWords: v })}
        error={errors.fields[PATHS.residentWords]}
      />
      <TextAreaField
        path={PATHS.outcomeNote}
        label={takeover ? t('closure.handoverBack') : `${t('closure.note')} (${t('common.optional').toLowerCase()})`}
        description={takeover ? t('closure.handoverBackHint') : t('closure.noteHint')}
        required={takeover}
        rows={4}
        maxLength={4000}
        value={draft.outcomeNote}
        onValue={(v) => set({ outcomeNote: v })}
        error={errors.fields[PATHS.outcomeNote]}
      />
      <Button type="submit" appearance="primary" busy={close.isPending}>{t('closure.submit')}</Button>
    </form>
  );
}
