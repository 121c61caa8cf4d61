// The kind of case: a full breakthrough, advice (the coordinator coaches the professional who
// asked) or a temporary takeover with a planned return date. Only the coordinator changes it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { Button } from '../../../components/Button';
import { RadioGroup } from '../../../components/Choices';
import { DataList } from '../../../components/DataList';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { Heading, Paragraph } from '../../../components/Heading';
import { formatDate, todayInAmsterdam } from '../../../format';
import { kindKey, statusKey } from '../../../i18n';
import { useLang } from '../../../lang';
import type { CaseKind } from '../../../types';
import type { StepsOverview } from '../../../types-steps';
import { ConflictNotice, LatestVersion, SavedStatus, useFormErrors } from '../breakthrough/forms';
import { canManage } from './labels';

const KINDS: CaseKind[] = ['breakthrough', 'consult', 'takeover'];
const hintKey = (k: CaseKind) => `caseKind.hint.${k}` as const;

function KindChange({ overview }: { overview: StepsOverview }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  // Untouched, the form follows the case; once edited it keeps the draft and the version it started from.
  const [draft, setDraft] = useState<{ kind: CaseKind; plannedReturn: string; version: number } | null>(null);
  const kind = draft?.kind ?? overview.kind;
  const plannedReturn = draft ? draft.plannedReturn : overview.plannedReturn ?? '';
  const version = draft?.version ?? overview.version;
  const edit = (change: Partial<{ kind: CaseKind; plannedReturn: string }>) =>
    setDraft({ kind, plannedReturn, version, ...change });
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<StepsOverview | null>(null);
  const [saved, setSaved] = useState('');
  const errors = useFormErrors();

  const save = useMutation({
    mutationFn: () =>
      stepsApi.setKind(overview.id, { kind, plannedReturn: kind === 'takeover' ? plannedReturn || null : null, version }),
    onSuccess: (next) => {
      queryClient.setQueryData(stepsKeys.case(overview.id), next);
      void queryClient.invalidateQueries({ queryKey: stepsKeys.cases });
      setDraft(null);
      setConflict(null);
      setLatest(null);
      errors.clear();
      setSaved(t('caseKind.saved', { kind: t(kindKey(next.kind)) }));
    },
    onError: (error) => {
      setSaved('');
      if (isApiError(error, 409)) {
        setConflict(error.detail ?? t('steps.stale'));
        errors.clear();
        return;
      }
      errors.fromError(error, t, { kind: 'kind.kind', plannedReturn: 'kind.plannedReturn' });
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => stepsApi.case(overview.id),
    onSuccess: (fresh) => {
      queryClient.setQueryData(stepsKeys.case(overview.id), fresh);
      setDraft((d) => (d ? { ...d, version: fresh.version } : d));
      setLatest(fresh);
      setConflict(null);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (save.isPending) return;
    setSaved('');
    if (kind === 'takeover' && !plannedReturn) {
      errors.show({ 'kind.plannedReturn': t('caseKind.err.plannedReturn') });
      return;
    }
    errors.clear();
    save.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="kind-change-title">
      <Heading level={3} id="kind-change-title">{t('caseKind.change')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
      {latest ? (
        <LatestVersion
          items={[
            { label: t('cases.kind'), value: t(kindKey(latest.kind)) },
            { label: t('caseKind.plannedReturn'), value: formatDate(latest.plannedReturn, locale) },
            { label: t('common.status'), value: t(statusKey(latest.status)) },
          ]}
          onAdopt={() => {
            setDraft(null);
            setLatest(null);
          }}
          onDismiss={() => setLatest(null)}
        />
      ) : null}
      <RadioGroup<CaseKind>
        path="kind.kind"
        legend={t('caseKind.legend')}
        options={KINDS.map((k) => ({ value: k, label: `${t(kindKey(k))}: ${t(hintKey(k))}` }))}
        value={kind}
        onChange={(k) => edit({ kind: k })}
        error={errors.fields['kind.kind']}
      />
      {kind === 'takeover' ? (
        <TextField
          path="kind.plannedReturn"
          type="date"
          label={t('caseKind.plannedReturn')}
          description={t('caseKind.plannedReturnHint')}
          required
          min={todayInAmsterdam()}
          value={plannedReturn}
          onValue={(v) => edit({ plannedReturn: v })}
          error={errors.fields['kind.plannedReturn']}
          className="doorbraak-input--date"
        />
      ) : null}
      {kind === 'consult' ? <Paragraph>{t('caseKind.consultNote')}</Paragraph> : null}
      <Button type="submit" appearance="primary" busy={save.isPending}>{t('caseKind.save')}</Button>
      <SavedStatus message={saved} />
    </form>
  );
}

export function KindSection({ overview }: { overview: StepsOverview }) {
  const { t, locale } = useLang();
  return (
    <section aria-labelledby="kind-title" className="doorbraak-section">
      <Heading level={2} id="kind-title">{t('caseKind.title')}</Heading>
      <DataList
        items={[
          { key: t('cases.kind'), value: `${t(kindKey(overview.kind))}: ${t(hintKey(overview.kind))}` },
          ...(overview.kind === 'takeover'
            ? [{ key: t('caseKind.plannedReturn'), value: overview.plannedReturn ? formatDate(overview.plannedReturn, locale) : t('common.notProvided') }]
            : []),
        ]}
      />
      {canManage(overview) ? <KindChange overview={overview} /> : null}
    </section>
  );
}
