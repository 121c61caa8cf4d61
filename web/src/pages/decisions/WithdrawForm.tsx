// Withdrawing an open request, with a reason (someone of the case team). Closed until asked for,
// so it is not pressed by accident.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { decisionsApi } from '../../api-decisions';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { Decision } from '../../types-decisions';
import { useFormErrors } from '../workflow/breakthrough/forms';

export function WithdrawForm({ decision, onWithdrawn, onReload }: { decision: Decision; onWithdrawn: (d: Decision) => void; onReload: () => void }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [conflict, setConflict] = useState<string | null>(null);
  const errors = useFormErrors();
  const withdraw = useMutation({
    mutationFn: () => decisionsApi.withdraw(decision.caseId, decision.id, reason, decision.version),
    onSuccess: (d) => {
      errors.clear();
      setOpen(false);
      onWithdrawn(d);
    },
    onError: (error) => {
      if (isApiError(error, 409)) setConflict(error.detail ?? error.title);
      else errors.fromError(error, t, { reason: 'withdraw.reason' });
    },
  });

  if (!open) {
    return (
      <Paragraph>
        <Button onClick={() => setOpen(true)}>{t('decisions.withdraw.open')}</Button>
      </Paragraph>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!withdraw.isPending) withdraw.mutate();
  };
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="withdraw-title">
      <Heading level={2} id="withdraw-title">{t('decisions.withdraw.title')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict ? (
        <Alert type="warning" role="alert">
          <Paragraph>{conflict}</Paragraph>
          <Button onClick={onReload}>{t('decisions.decide.reload')}</Button>
        </Alert>
      ) : null}
      <TextAreaField path="withdraw.reason" label={t('decisions.withdraw.reason')} rows={3} required
        value={reason} onValue={setReason} error={errors.fields['withdraw.reason']} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={withdraw.isPending}>{t('decisions.withdraw.submit')}</Button>
        <Button appearance="subtle" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
