// The decider's form: approve, approve with conditions, or decline — reasons always (also, and
// especially, for a no), conditions with "with conditions". Above the mandate (403) and already
// decided by someone else (409) are said plainly; nothing the decider typed is lost.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { decisionsApi } from '../../api-decisions';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import { OUTCOMES, type Decision, type DecisionOutcome } from '../../types-decisions';
import { orNull, useFormErrors } from '../workflow/breakthrough/forms';
import { parseEuros } from '../workflow/breakthrough/money';
import { outcomeText, useEuros } from './labels';

const SERVER_PATHS: Record<string, string> = {
  outcome: 'outcome', reasons: 'reasons', conditions: 'conditions', approvedCents: 'approvedCents', nextSteps: 'nextSteps',
};

/** A refusal that is no field's fault: above the mandate, own request, or decided already. */
function Refusal({ title, detail, action }: { title: string; detail: string; action?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [detail]);
  return (
    <Alert type="error" role="alert" ref={ref} focusable>
      <Heading level={3}>{title}</Heading>
      <Paragraph>{detail}</Paragraph>
      {action}
    </Alert>
  );
}

export function DecideForm({ decision, onDecided, onReload }: { decision: Decision; onDecided: (d: Decision) => void; onReload: () => void }) {
  const { t } = useLang();
  const euros = useEuros();
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [reasons, setReasons] = useState('');
  const [conditions, setConditions] = useState('');
  const [approved, setApproved] = useState('');
  const [nextSteps, setNextSteps] = useState('');
  const [refusal, setRefusal] = useState<{ status: 403 | 409; detail: string } | null>(null);
  const errors = useFormErrors();

  const decide = useMutation({
    mutationFn: (approvedCents: number | null) => decisionsApi.decide(decision.caseId, decision.id, {
      outcome: outcome as DecisionOutcome,
      reasons,
      conditions: outcome === 'approved_with_conditions' ? orNull(conditions) : null,
      approvedCents: outcome === 'declined' ? null : approvedCents,
      nextSteps: orNull(nextSteps),
      version: decision.version,
    }),
    onSuccess: (d) => {
      errors.clear();
      setRefusal(null);
      onDecided(d);
    },
    onError: (error) => {
      if (isApiError(error, 403) || isApiError(error, 409)) {
        errors.clear();
        setRefusal({ status: error.status as 403 | 409, detail: error.detail ?? error.title });
        return;
      }
      setRefusal(null);
      errors.fromError(error, t, SERVER_PATHS);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (decide.isPending) return;
    if (!outcome) {
      errors.show({ outcome: t('decisions.decide.chooseOutcome') });
      return;
    }
    const parsed = parseEuros(approved);
    if (outcome !== 'declined' && !parsed.ok) {
      errors.show({ approvedCents: t(`blocker.money.${parsed.reason}`) });
      return;
    }
    decide.mutate(parsed.ok ? parsed.cents : null);
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-decision-decide" aria-labelledby="decide-title">
      <Heading level={2} id="decide-title">{t('decisions.decide.title')}</Heading>
      <Paragraph>{t('decisions.decide.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {refusal ? (
        <Refusal
          title={refusal.status === 403 ? t('decisions.decide.aboveMandate') : t('decisions.decide.alreadyDecided')}
          detail={refusal.detail}
          action={refusal.status === 409 ? <Button onClick={onReload}>{t('decisions.decide.reload')}</Button> : undefined}
        />
      ) : null}
      <RadioGroup<DecisionOutcome>
        path="outcome"
        legend={t('decisions.decide.outcome')}
        options={OUTCOMES.map((o) => ({ value: o, label: outcomeText(t, o) }))}
        value={outcome}
        onChange={setOutcome}
        error={errors.fields.outcome}
      />
      <TextAreaField path="reasons" label={t('decisions.decide.reasons')} description={t('decisions.decide.reasonsHint')} rows={6} required
        value={reasons} onValue={setReasons} error={errors.fields.reasons} />
      {outcome === 'approved_with_conditions' ? (
        <TextAreaField path="conditions" label={t('decisions.decide.conditions')} description={t('decisions.decide.conditionsHint')} rows={4} required
          value={conditions} onValue={setConditions} error={errors.fields.conditions} />
      ) : null}
      {outcome !== 'declined' ? (
        <TextField path="approvedCents" label={t('decisions.decide.approved')} inputMode="decimal" autoComplete="off" className="doorbraak-money"
          description={t('decisions.decide.approvedHint', { amount: euros(decision.amountCents) })}
          value={approved} onValue={setApproved} error={errors.fields.approvedCents} />
      ) : null}
      <TextAreaField path="nextSteps" label={t('decisions.decide.nextSteps')} description={t('decisions.decide.nextStepsHint')} rows={3}
        value={nextSteps} onValue={setNextSteps} error={errors.fields.nextSteps} />
      <Button type="submit" appearance="primary" busy={decide.isPending}>
        {decide.isPending ? t('decisions.decide.saving') : t('decisions.decide.submit')}
      </Button>
    </form>
  );
}
