// Step 5: asking whoever holds the mandate for a decision. Prefilled from steps 3 and 4 through the
// server's draft; the weighing has one field per corner of the municipality's values triangle, and
// the route preview says to which mandate level the request goes for the amount typed.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Button } from '../../components/Button';
import { Fieldset } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { Decision, DecisionDraft } from '../../types-decisions';
import { ruleTitle } from '../workflow/breakthrough/RulePicker';
import { orNull, useFormErrors } from '../workflow/breakthrough/forms';
import { centsToInput, parseEuros } from '../workflow/breakthrough/money';
import { RoutePreviewText } from './RoutePreview';
import { useEuros } from './labels';

interface Draft {
  question: string;
  proposedStep: string;
  alternatives: string;
  purposes: string[];
  amount: string;
  weighing: Record<string, string>;
  residentView: string;
}

const toDraft = (d: DecisionDraft): Draft => ({
  question: '',
  proposedStep: d.proposedStep ?? '',
  alternatives: '',
  purposes: d.rules.map((r) => r.purpose),
  amount: centsToInput(d.amountCents),
  weighing: Object.fromEntries(d.corners.map((c) => [c.key, ''])),
  residentView: d.residentView ?? '',
});

/** Server field → form path. Rules and corners are sent in the order shown, so an index finds its field. */
function serverPaths(d: DecisionDraft): Record<string, string> {
  const paths: Record<string, string> = {
    question: 'question', proposedStep: 'proposedStep', alternatives: 'alternatives', amountCents: 'amountCents', residentView: 'residentView',
  };
  d.rules.forEach((_, i) => {
    paths[`rules.${i}.purpose`] = `rules.${i}.purpose`;
    paths[`rules.${i}.ruleId`] = `rules.${i}.purpose`;
  });
  if (d.rules.length) paths.rules = 'rules.0.purpose';
  d.corners.forEach((c, i) => {
    for (const key of [`weighing.${c.key}`, `weighing.${i}.text`, `weighing.${i}.corner`]) paths[key] = `weighing.${c.key}`;
  });
  if (d.corners.length) paths.weighing = `weighing.${d.corners[0].key}`;
  return paths;
}

export function RequestForm({ caseId, draft, onAsked }: { caseId: string; draft: DecisionDraft; onAsked: (d: Decision) => void }) {
  const { t } = useLang();
  const euros = useEuros();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Draft>(() => toDraft(draft));
  // The amount the route preview is for: updated when the amount field is left, not on every key.
  const [previewCents, setPreviewCents] = useState<number | null>(null);
  const errors = useFormErrors();
  const update = (patch: Partial<Draft>) => setForm((f) => ({ ...f, ...patch }));

  const preview = useQuery({
    queryKey: decisionsKeys.draft(caseId, previewCents),
    queryFn: () => decisionsApi.draft(caseId, previewCents),
    enabled: previewCents !== null,
    placeholderData: keepPreviousData,
  });
  const route = (previewCents !== null && preview.data ? preview.data : draft).route;

  const ask = useMutation({
    mutationFn: (amountCents: number) => decisionsApi.ask(caseId, {
      question: form.question,
      proposedStep: form.proposedStep,
      alternatives: orNull(form.alternatives),
      rules: draft.rules.map((r, i) => ({ ruleId: r.id, purpose: orNull(form.purposes[i] ?? '') })),
      amountCents,
      weighing: draft.corners.map((c) => ({ corner: c.key, text: form.weighing[c.key] ?? '' })),
      residentView: form.residentView,
    }),
    onSuccess: (d) => {
      errors.clear();
      void queryClient.invalidateQueries({ queryKey: decisionsKeys.case(caseId) });
      void queryClient.invalidateQueries({ queryKey: ['decisions'] });
      onAsked(d);
    },
    onError: (error) => errors.fromError(error, t, serverPaths(draft)),
  });

  function readAmount(): number | null {
    const parsed = parseEuros(form.amount);
    return parsed.ok ? parsed.cents : null;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (ask.isPending) return;
    const parsed = parseEuros(form.amount);
    const found: FieldErrors = {};
    if (!parsed.ok) found.amountCents = t(`blocker.money.${parsed.reason}`);
    else if (parsed.cents === null) found.amountCents = t('decisions.request.amountMissing');
    if (Object.keys(found).length || !parsed.ok || parsed.cents === null) {
      errors.show(found);
      return;
    }
    ask.mutate(parsed.cents);
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="decision-request-title">
      <Heading level={2} id="decision-request-title">{t('decisions.request.title')}</Heading>
      <Paragraph>{t('decisions.request.intro', { days: draft.dueWorkingDays })}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <TextAreaField path="question" label={t('decisions.request.question')} description={t('decisions.request.questionHint')} rows={3} required
        value={form.question} onValue={(question) => update({ question })} error={errors.fields.question} />
      <TextAreaField path="proposedStep" label={t('decisions.request.proposedStep')} description={t('decisions.request.proposedStepHint')} rows={4} required
        value={form.proposedStep} onValue={(proposedStep) => update({ proposedStep })} error={errors.fields.proposedStep} />
      <TextAreaField path="alternatives" label={t('decisions.request.alternatives')} description={t('decisions.request.alternativesHint')} rows={4}
        value={form.alternatives} onValue={(alternatives) => update({ alternatives })} error={errors.fields.alternatives} />

      <Fieldset path="rules" legend={t('decisions.request.rules')} description={draft.rules.length ? t('decisions.request.rulesHint') : t('decisions.request.noRules')}>
        {draft.rules.map((r, i) => (
          <TextAreaField key={r.id} path={`rules.${i}.purpose`} rows={3}
            label={t('decisions.request.purposeOf', { rule: ruleTitle(r) })}
            value={form.purposes[i] ?? ''} error={errors.fields[`rules.${i}.purpose`]}
            onValue={(purpose) => update({ purposes: form.purposes.map((p, j) => (j === i ? purpose : p)) })} />
        ))}
      </Fieldset>

      <Paragraph>{t('decisions.request.costSum', { oneOff: euros(draft.costSum.oneOffCents), yearly: euros(draft.costSum.yearlyCents) })}</Paragraph>
      <TextField path="amountCents" label={t('decisions.request.amount')} description={t('decisions.request.amountHint')} inputMode="decimal" autoComplete="off"
        className="doorbraak-money" required value={form.amount} error={errors.fields.amountCents}
        onValue={(amount) => update({ amount })}
        onBlur={() => {
          const cents = readAmount();
          if (cents !== null) setPreviewCents(cents);
        }} />
      <RoutePreviewText route={route} dueWorkingDays={draft.dueWorkingDays} />

      <Fieldset path="weighing" legend={t('decisions.request.weighing')} description={t('decisions.request.weighingHint')}>
        {draft.corners.map((c) => (
          <TextAreaField key={c.key} path={`weighing.${c.key}`} label={c.name} description={c.description} rows={4} required
            value={form.weighing[c.key] ?? ''} error={errors.fields[`weighing.${c.key}`]}
            onValue={(text) => update({ weighing: { ...form.weighing, [c.key]: text } })} />
        ))}
      </Fieldset>

      <TextAreaField path="residentView" label={t('decisions.request.residentView')} description={t('decisions.request.residentViewHint')} rows={4} required
        value={form.residentView} onValue={(residentView) => update({ residentView })} error={errors.fields.residentView} />

      <Button type="submit" appearance="primary" busy={ask.isPending}>
        {ask.isPending ? t('decisions.request.sending') : t('decisions.request.submit')}
      </Button>
    </form>
  );
}
