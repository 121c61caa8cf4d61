// Step 4 — Knelpunt & doorbraak: the blocking problem, what blocks its solution and of which kind,
// the rules from the catalogue (with their purpose), the proposed non-standard step and its cost;
// then the cost sum over 1, 3 and 5 years.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CheckboxGroup, Fieldset } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { QueryFeedback } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import { BLOCKER_KINDS, type Blocker, type BlockerKind, type BreakthroughOverview, type RuleRef } from '../../types-breakthrough';
import { CostSumTable } from './breakthrough/CostSumTable';
import { ConflictNotice, LatestVersion, SavedStatus, canChange, orNull, useFormErrors } from './breakthrough/forms';
import { centsToInput, formatEuros, parseEuros } from './breakthrough/money';
import { RulePicker, ruleTitle } from './breakthrough/RulePicker';
import './breakthrough/breakthrough.css';
import { SystemicFlag } from '../bottlenecks/SystemicFlag';
import { SimilarSolutions } from '../library/SimilarSolutions';

interface Draft {
  problem: string;
  blockedBy: string;
  kinds: BlockerKind[];
  ruleIds: string[];
  proposedStep: string;
  oneOff: string;
  yearly: string;
}

const toDraft = (b: Blocker): Draft => ({
  problem: b.problem ?? '', blockedBy: b.blockedBy ?? '', kinds: b.kinds, ruleIds: b.rules.map((r) => r.id),
  proposedStep: b.proposedStep ?? '', oneOff: centsToInput(b.oneOffCents), yearly: centsToInput(b.yearlyCents),
});

const SERVER_PATHS: Record<string, string> = {
  problem: 'problem', blockedBy: 'blockedBy', kinds: 'kinds', ruleIds: 'ruleIds', proposedStep: 'proposedStep',
  oneOffCents: 'oneOffCents', yearlyCents: 'yearlyCents',
};

function BlockerForm({ caseId, initial, catalogue, editable }: { caseId: string; initial: Blocker; catalogue: RuleRef[]; editable: boolean }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [version, setVersion] = useState(initial.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<Blocker | null>(null);
  const [saved, setSaved] = useState('');
  const errors = useFormErrors();
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  // Rules the case already had stay choosable, also when the administrator switched them off.
  const rules = [...catalogue, ...initial.rules.filter((r) => !catalogue.some((c) => c.id === r.id))];

  const save = useMutation({
    mutationFn: (cents: { oneOffCents: number | null; yearlyCents: number | null }) => breakthroughApi.saveBlocker(caseId, {
      problem: orNull(draft.problem), blockedBy: orNull(draft.blockedBy), kinds: draft.kinds, ruleIds: draft.ruleIds,
      proposedStep: orNull(draft.proposedStep), ...cents, version,
    }),
    onSuccess: (b) => {
      setVersion(b.version);
      setConflict(null);
      setLatest(null);
      errors.clear();
      setSaved(t('blocker.saved', { at: formatDateTime(b.updatedAt, locale) }));
      queryClient.setQueryData(breakthroughKeys.blocker(caseId), b);
      void queryClient.invalidateQueries({ queryKey: breakthroughKeys.costSum(caseId) });
      void queryClient.invalidateQueries({ queryKey: breakthroughKeys.case(caseId), exact: true });
    },
    onError: (error) => {
      setSaved('');
      if (isApiError(error, 409)) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, SERVER_PATHS);
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: breakthroughKeys.blocker(caseId), queryFn: () => breakthroughApi.blocker(caseId), staleTime: 0 }),
    onSuccess: (b) => {
      setLatest(b);
      setVersion(b.version);
      setConflict(null);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FieldErrors = {};
    const oneOff = parseEuros(draft.oneOff);
    const yearly = parseEuros(draft.yearly);
    if (!oneOff.ok) found.oneOffCents = t(`blocker.money.${oneOff.reason}`);
    if (!yearly.ok) found.yearlyCents = t(`blocker.money.${yearly.reason}`);
    if (!oneOff.ok || !yearly.ok) {
      errors.show(found);
      return;
    }
    save.mutate({ oneOffCents: oneOff.cents, yearlyCents: yearly.cents });
  }

  const kindLabel = (k: BlockerKind) => t(`blocker.kind.${k}`);
  const money = (cents: number | null) => (cents === null ? '' : formatEuros(cents, locale, true));

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-label={t('blocker.formLabel')}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
      {latest ? (
        <LatestVersion
          items={[
            { label: t('blocker.problem'), value: latest.problem },
            { label: t('blocker.blockedBy'), value: latest.blockedBy },
            { label: t('blocker.kinds'), value: latest.kinds.map(kindLabel).join(', ') },
            { label: t('blocker.rules'), value: latest.rules.map(ruleTitle).join('; ') },
            { label: t('blocker.proposedStep'), value: latest.proposedStep },
            { label: t('blocker.oneOff'), value: money(latest.oneOffCents) },
            { label: t('blocker.yearly'), value: money(latest.yearlyCents) },
          ]}
          onAdopt={() => { setDraft(toDraft(latest)); setLatest(null); }}
          onDismiss={() => setLatest(null)}
        />
      ) : null}
      <TextAreaField path="problem" label={t('blocker.problem')} description={t('blocker.problemHint')} rows={4} readOnly={!editable}
        value={draft.problem} onValue={(problem) => update({ problem })} error={errors.fields.problem} />
      <TextAreaField path="blockedBy" label={t('blocker.blockedBy')} description={t('blocker.blockedByHint')} rows={4} readOnly={!editable}
        value={draft.blockedBy} onValue={(blockedBy) => update({ blockedBy })} error={errors.fields.blockedBy} />
      <CheckboxGroup<BlockerKind>
        path="kinds"
        legend={t('blocker.kinds')}
        description={t('blocker.kindsHint')}
        options={BLOCKER_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        value={draft.kinds}
        onChange={(kinds) => editable && update({ kinds })}
        error={errors.fields.kinds}
      />
      <RulePicker path="ruleIds" rules={rules} value={draft.ruleIds} disabled={!editable}
        onChange={(ruleIds) => update({ ruleIds })} error={errors.fields.ruleIds} />
      <TextAreaField path="proposedStep" label={t('blocker.proposedStep')} description={t('blocker.proposedStepHint')} rows={4} readOnly={!editable}
        value={draft.proposedStep} onValue={(proposedStep) => update({ proposedStep })} error={errors.fields.proposedStep} />
      <Fieldset path="costs" legend={t('blocker.costs')} description={t('blocker.costsHint')}>
        <TextField path="oneOffCents" label={t('blocker.oneOff')} description={t('blocker.moneyHint')} inputMode="decimal" autoComplete="off"
          className="doorbraak-money" readOnly={!editable} value={draft.oneOff} onValue={(oneOff) => update({ oneOff })} error={errors.fields.oneOffCents} />
        <TextField path="yearlyCents" label={t('blocker.yearly')} description={t('blocker.yearlyHint')} inputMode="decimal" autoComplete="off"
          className="doorbraak-money" readOnly={!editable} value={draft.yearly} onValue={(yearly) => update({ yearly })} error={errors.fields.yearlyCents} />
      </Fieldset>
      {editable ? (
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('breakthrough.saving') : t('blocker.save')}
        </Button>
      ) : null}
      <SavedStatus message={saved} />
    </form>
  );
}

export function Step4({ overview }: { overview: CaseOverview }) {
  const { t, locale } = useLang();
  const o = overview as unknown as BreakthroughOverview;
  const visible = o.access.sections.includes('breakthrough');
  const blocker = useQuery({ queryKey: breakthroughKeys.blocker(o.id), queryFn: () => breakthroughApi.blocker(o.id), enabled: visible });
  const rules = useQuery({ queryKey: breakthroughKeys.rules('true'), queryFn: () => breakthroughApi.rules('true'), enabled: visible });
  const costSum = useQuery({ queryKey: breakthroughKeys.costSum(o.id), queryFn: () => breakthroughApi.costSum(o.id), enabled: visible });
  if (!visible) {
    return (
      <Alert type="info">
        <Paragraph>{t('breakthrough.notShared')}</Paragraph>
      </Alert>
    );
  }
  const editable = canChange(o);
  return (
    <>
      <Paragraph lead>{t('blocker.intro')}</Paragraph>
      {!editable ? (
        <Alert type="info">
          <Paragraph>{t('breakthrough.readOnly')}</Paragraph>
        </Alert>
      ) : null}
      <QueryFeedback query={blocker} />
      <QueryFeedback query={rules} />
      {blocker.data?.updatedAt ? (
        <Paragraph>{t('breakthrough.lastSaved', { name: blocker.data.updatedBy ?? '', at: formatDateTime(blocker.data.updatedAt, locale) })}</Paragraph>
      ) : null}
      {blocker.data && rules.data ? (
        <BlockerForm caseId={o.id} initial={blocker.data} catalogue={rules.data.items} editable={editable} />
      ) : null}
      <SystemicFlag overview={overview} />
      <SimilarSolutions overview={overview} />
      <QueryFeedback query={costSum} />
      {costSum.data ? <CostSumTable sum={costSum.data} /> : null}
      {costSum.data && editable ? <Paragraph>{t('costSum.basis')}</Paragraph> : null}
    </>
  );
}
