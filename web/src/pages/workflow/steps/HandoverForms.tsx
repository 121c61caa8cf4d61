// The forms of a warm handover: offering the case to a colleague coordinator with a note, and
// refusing an offer with a reason the coordinator will read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { accessApi, accessKeys } from '../../../api-access';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { LoadError, Loading } from '../../../components/Feedback';
import type { FieldErrors } from '../../../components/fieldIds';
import { fieldId } from '../../../components/fieldIds';
import { SelectField, TextAreaField } from '../../../components/FormField';
import { Heading } from '../../../components/Heading';
import { useLang } from '../../../lang';
import type { Handover, StepsOverview } from '../../../types-steps';
import { useFormErrors } from '../breakthrough/forms';

const OFFER = { toUserId: 'handover.toUserId', note: 'handover.note' };
const NOTE_MIN = 10;

export function OfferForm({ overview, ownId, onDone }: { overview: StepsOverview; ownId?: string; onDone: (offered?: Handover) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const colleagues = useQuery({ queryKey: accessKeys.colleagues, queryFn: () => accessApi.colleagues() });
  const [toUserId, setToUserId] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const choices = (colleagues.data?.items ?? []).filter(
    (c) => c.roles.includes('coordinator') && c.id !== ownId && c.id !== overview.coordinator?.id,
  );
  useEffect(() => {
    if (colleagues.isSuccess) document.getElementById(fieldId(OFFER.toUserId))?.focus();
  }, [colleagues.isSuccess]);

  const offer = useMutation({
    mutationFn: () => stepsApi.offer(overview.id, toUserId, note),
    onSuccess: (handover) => {
      queryClient.setQueryData<StepsOverview>(stepsKeys.case(overview.id), (old) => (old ? { ...old, handover } : old));
      // The colleague joins the team to read along; the timeline has a new line.
      void queryClient.invalidateQueries({ queryKey: stepsKeys.case(overview.id) });
      onDone(handover);
    },
    onError: (error) => errors.fromError(error, t, OFFER),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (offer.isPending) return;
    const fields: FieldErrors = {};
    if (!toUserId) fields[OFFER.toUserId] = t('handover.err.colleague');
    if (note.trim().length < NOTE_MIN) fields[OFFER.note] = t('handover.err.note', { n: NOTE_MIN });
    if (Object.keys(fields).length) {
      errors.show(fields);
      return;
    }
    errors.clear();
    offer.mutate();
  }

  if (colleagues.isPending) return <Loading />;
  if (colleagues.isError) return <LoadError error={colleagues.error} retry={() => void colleagues.refetch()} />;
  return (
    <form noValidate onSubmit={submit} className="doorbraak-access-form" aria-labelledby="offer-title">
      <Heading level={3} id="offer-title">{t('handover.offerTitle')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <SelectField
        path={OFFER.toUserId}
        label={t('handover.colleague')}
        description={t('handover.colleagueHint')}
        required
        value={toUserId}
        onChange={(e) => setToUserId(e.target.value)}
        error={errors.fields[OFFER.toUserId]}
        options={[
          { value: '', label: choices.length ? t('handover.chooseColleague') : t('handover.noColleagues') },
          ...choices.map((c) => ({ value: c.id, label: c.organisation ? `${c.name} (${c.organisation})` : c.name })),
        ]}
      />
      <TextAreaField
        path={OFFER.note}
        label={t('handover.note')}
        description={t('handover.noteHint')}
        required
        rows={5}
        maxLength={4000}
        value={note}
        onValue={setNote}
        error={errors.fields[OFFER.note]}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={offer.isPending}>{t('handover.offer')}</Button>
        <Button appearance="subtle" onClick={() => onDone()}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

export function RefuseForm({ handover, onDone }: { handover: Handover; onDone: (refused: boolean) => void }) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('textarea')?.focus(), []);

  const refuse = useMutation({
    mutationFn: () => stepsApi.refuse(handover.caseId, handover.id, reason),
    onSuccess: () => onDone(true),
    onError: (error) => errors.fromError(error, t, { reason: 'refuse.reason' }),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (refuse.isPending) return;
    if (reason.trim().length < 3) {
      errors.show({ 'refuse.reason': t('handover.err.reason') });
      return;
    }
    errors.clear();
    refuse.mutate();
  }

  return (
    <form ref={ref} noValidate onSubmit={submit} className="doorbraak-access-form">
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <TextAreaField
        path="refuse.reason"
        label={t('handover.reason')}
        description={t('handover.reasonHint', { name: handover.from.name })}
        required
        rows={3}
        maxLength={2000}
        value={reason}
        onValue={setReason}
        error={errors.fields['refuse.reason']}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={refuse.isPending}>{t('handover.refuseSubmit')}</Button>
        <Button appearance="subtle" onClick={() => onDone(false)}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
