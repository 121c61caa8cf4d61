// Erasure (AVG art. 17): a reason and a confirmation. When the law says the data must stay (a running
// case, a retention term), the server refuses with the legal ground, shown here as it is.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../api';
import { privacyApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { fieldId } from '../../components/fieldIds';
import { TextAreaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import type { PersonFound } from '../../types-privacy';
import { Checkbox } from '../security/Checkbox';
import { messageOf } from '../security/problems';
import { historyKey } from './PersonHistory';
import { personKey } from './PersonSearchPage';

const REASON = 'erase.reason';
const CONFIRM = 'erase.confirm';
const MIN_REASON = 10;

type Outcome = { kind: 'refused'; title: string; ground: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

export function ErasureForm({ person }: { person: PersonFound }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<{ reason?: string; confirm?: string }>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  const show = (next: Outcome) => {
    setOutcome(next);
    window.setTimeout(() => outcomeRef.current?.focus(), 0);
  };

  const erase = useMutation({
    mutationFn: () => privacyApi.erase(person.id, reason.trim()),
    onMutate: () => setOutcome(null),
    onSuccess: (result) => {
      show({ kind: 'done', text: t('privacy.erase.done', { persons: result.personsErased, cases: result.casesBlanked }) });
      queryClient.setQueryData(personKey(person.id), (old: PersonFound | null | undefined) => (old ? { ...old, erased: true } : old));
      void queryClient.invalidateQueries({ queryKey: historyKey(person.id) });
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        show({ kind: 'refused', title: error.title, ground: error.detail ?? error.title });
        return;
      }
      const fieldError = isApiError(error, 422) ? error.errors.find((e) => e.field === 'reason') : undefined;
      if (fieldError) {
        setErrors({ reason: fieldError.message });
        document.getElementById(fieldId(REASON))?.focus();
        return;
      }
      show({ kind: 'error', text: messageOf(error, t) });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (erase.isPending) return;
    const found: { reason?: string; confirm?: string } = {};
    if (reason.trim().length < MIN_REASON) found.reason = t('privacy.erase.reasonRequired', { n: MIN_REASON });
    if (!confirmed) found.confirm = t('privacy.erase.confirmRequired');
    setErrors(found);
    if (found.reason || found.confirm) {
      document.getElementById(fieldId(found.reason ? REASON : CONFIRM))?.focus();
      return;
    }
    erase.mutate();
  }

  return (
    <section className="doorbraak-section" aria-labelledby="erase-title">
      <Heading level={2} id="erase-title">
        {t('privacy.erase.title')}
      </Heading>
      <Paragraph>{t('privacy.erase.intro')}</Paragraph>
      {outcome?.kind === 'refused' ? (
        <Alert type="warning" role="alert" ref={outcomeRef} focusable>
          <Heading level={3} lang="nl">
            {outcome.title}
          </Heading>
          <p className="utrecht-paragraph" lang="nl">
            {outcome.ground}
          </p>
          <p className="utrecht-paragraph">{t('privacy.erase.refusedRecorded')}</p>
        </Alert>
      ) : null}
      {outcome && outcome.kind !== 'refused' ? (
        <Alert type={outcome.kind === 'done' ? 'ok' : 'error'} role={outcome.kind === 'done' ? 'status' : 'alert'} ref={outcomeRef} focusable>
          <p className="utrecht-paragraph">{outcome.text}</p>
        </Alert>
      ) : null}
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextAreaField
          path={REASON}
          label={t('privacy.erase.reason')}
          description={t('privacy.erase.reasonHint')}
          required
          rows={3}
          value={reason}
          onValue={setReason}
          error={errors.reason}
        />
        <Checkbox path={CONFIRM} label={t('privacy.erase.confirm')} checked={confirmed} onChange={setConfirmed} error={errors.confirm} />
        <Button type="submit" appearance="primary" busy={erase.isPending}>
          {t('privacy.erase.submit')}
        </Button>
      </form>
    </section>
  );
}
