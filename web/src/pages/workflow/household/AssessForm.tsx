// Assess one life domain: stable, under pressure or in crisis, what is going on and who said so.
// Every assessment is kept as history; the one the user saw goes along, so a newer one by someone
// else is never silently replaced (409).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { householdApi, householdKeys } from '../../../api-household';
import { Button, ButtonGroup } from '../../../components/Button';
import { RadioGroup } from '../../../components/Choices';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../../components/FormField';
import { domainKey } from '../../../i18n';
import { useLang } from '../../../lang';
import type { LifeDomain } from '../../../types';
import { ASSESSMENT_STATES, type Assessment, type AssessmentState, type LifeDomainsView } from '../../../types-household';
import { ConflictNotice, LatestVersion, orNull, useFormErrors } from '../breakthrough/forms';
import { MergedNote, Panel, mergeLatest } from './shared';

interface Draft {
  state: AssessmentState | '';
  note: string;
  reportedBy: string;
}

const toDraft = (a: Assessment | null): Draft => ({ state: a?.state ?? '', note: a?.note ?? '', reportedBy: a?.reportedBy ?? '' });

interface AssessFormProps {
  caseId: string;
  domain: LifeDomain;
  current: Assessment | null;
  returnTo: string;
  onDone: (message?: string) => void;
}

export function AssessForm({ caseId, domain, current, returnTo, onDone }: AssessFormProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [base, setBase] = useState<Draft>(() => toDraft(current));
  const [basedOn, setBasedOn] = useState<string | null>(current?.id ?? null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<Assessment | null>(null);
  const errors = useFormErrors();
  const name = t(domainKey(domain));
  const paths = { state: `assess.${domain}.state`, note: `assess.${domain}.note`, reportedBy: `assess.${domain}.reportedBy` };
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = useMutation({
    mutationFn: (state: AssessmentState) =>
      householdApi.assess(caseId, domain, { state, note: orNull(draft.note), reportedBy: orNull(draft.reportedBy), basedOn }),
    onSuccess: (view: LifeDomainsView, state) => {
      queryClient.setQueryData(householdKeys.lifeDomains(caseId), view);
      void queryClient.invalidateQueries({ queryKey: householdKeys.case(caseId), exact: true });
      onDone(t('household.domains.saved', { domain: name, state: t(`household.state.${state}`) }));
    },
    onError: (error) => {
      if (isApiError(error, 409)) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, { state: paths.state, note: paths.note, reportedBy: paths.reportedBy, basedOn: paths.state });
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: householdKeys.lifeDomains(caseId), queryFn: () => householdApi.lifeDomains(caseId), staleTime: 0 }),
    onSuccess: (view) => {
      const now = view.current.find((a) => a.domain === domain) ?? null;
      setConflict(null);
      setLatest(now);
      setBasedOn(now?.id ?? null);
      setDraft((d) => mergeLatest(d, base, toDraft(now)));
      setBase(toDraft(now));
      void queryClient.invalidateQueries({ queryKey: householdKeys.case(caseId), exact: true });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (!draft.state) {
      errors.show({ [paths.state]: t('household.domains.err.state') });
      return;
    }
    errors.clear();
    save.mutate(draft.state);
  }

  return (
    <Panel id={`assess-${domain}-title`} level={4} title={t('household.domains.assessTitle', { domain: name })} returnTo={returnTo}>
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
        {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
        {latest ? (
          <LatestVersion
            items={[
              { label: t('household.domains.state'), value: t(`household.state.${latest.state}`) },
              { label: t('household.domains.note'), value: latest.note },
              { label: t('household.domains.reportedBy'), value: latest.reportedBy },
            ]}
            onAdopt={() => { setDraft(toDraft(latest)); setBase(toDraft(latest)); setLatest(null); }}
            onDismiss={() => setLatest(null)}
          />
        ) : null}
        {latest ? <MergedNote /> : null}
        <RadioGroup<AssessmentState>
          path={paths.state}
          legend={t('household.domains.stateQuestion', { domain: name })}
          options={ASSESSMENT_STATES.map((s) => ({ value: s, label: `${t(`household.state.${s}`)}: ${t(`household.stateHint.${s}`)}` }))}
          value={draft.state}
          onChange={(state) => update({ state })}
          error={errors.fields[paths.state]}
        />
        <TextAreaField path={paths.note} label={t('household.domains.note')} description={t('household.domains.noteHint')} rows={3}
          value={draft.note} onValue={(note) => update({ note })} error={errors.fields[paths.note]} />
        <TextField path={paths.reportedBy} label={t('household.domains.reportedBy')} description={t('household.domains.reportedByHint')}
          autoComplete="off" value={draft.reportedBy} onValue={(reportedBy) => update({ reportedBy })} error={errors.fields[paths.reportedBy]} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {t('household.domains.save')}
          </Button>
          <Button appearance="subtle" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Panel>
  );
}
