// After closure: did the solution hold after 3, 6 and 12 months? Each follow-up is recorded once;
// when the household is stuck again the case can go open again from here.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { Badge } from '../../../components/Badges';
import { Button, ButtonGroup } from '../../../components/Button';
import { RadioGroup } from '../../../components/Choices';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextAreaField } from '../../../components/FormField';
import { Heading, Paragraph } from '../../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/Table';
import { formatDate, formatInstantDate, todayInAmsterdam } from '../../../format';
import { useLang } from '../../../lang';
import { FOLLOW_UP_RESULTS, type FollowUp, type FollowUpResult, type StepsOverview } from '../../../types-steps';
import { Checkbox } from '../../security/Checkbox';
import { orNull, useFormErrors } from '../breakthrough/forms';
import { canFollowUp, resultKey } from './labels';

const PATHS = { result: 'followUp.result', note: 'followUp.note', reopen: 'followUp.reopen' };

interface FormProps {
  overview: StepsOverview;
  followUp: FollowUp;
  onDone: (message?: string) => void;
}

function FollowUpForm({ overview, followUp, onDone }: FormProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<FollowUpResult | ''>('');
  const [note, setNote] = useState('');
  const [reopen, setReopen] = useState(false);
  const errors = useFormErrors();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const closed = overview.status === 'closed';

  const record = useMutation({
    mutationFn: () => stepsApi.recordFollowUp(overview.id, followUp.id, { result: result as FollowUpResult, note: orNull(note), reopen }),
    onSuccess: (next) => {
      queryClient.setQueryData(stepsKeys.case(overview.id), next);
      void queryClient.invalidateQueries({ queryKey: stepsKeys.cases });
      const done = t('followUp.recorded', { months: followUp.months });
      onDone(reopen ? `${done} ${t('followUp.reopenedCase')}` : done);
    },
    onError: (error) => errors.fromError(error, t, PATHS),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (record.isPending) return;
    if (!result) {
      errors.show({ [PATHS.result]: t('followUp.err.result') });
      return;
    }
    errors.clear();
    record.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-access-form" aria-labelledby="follow-up-form-title">
      <Heading level={4} id="follow-up-form-title" ref={titleRef} tabIndex={-1}>
        {t('followUp.formTitle', { months: followUp.months })}
      </Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <RadioGroup<FollowUpResult>
        path={PATHS.result}
        legend={t('followUp.result')}
        options={FOLLOW_UP_RESULTS.map((r) => ({ value: r, label: t(resultKey(r)) }))}
        value={result}
        onChange={setResult}
        error={errors.fields[PATHS.result]}
      />
      <TextAreaField
        path={PATHS.note}
        label={`${t('followUp.note')} (${t('common.optional').toLowerCase()})`}
        description={t('followUp.noteHint')}
        rows={3}
        maxLength={4000}
        value={note}
        onValue={setNote}
        error={errors.fields[PATHS.note]}
      />
      {closed ? (
        <Checkbox
          path={PATHS.reopen}
          label={t('followUp.reopen')}
          description={t('followUp.reopenHint')}
          checked={reopen}
          onChange={setReopen}
          error={errors.fields[PATHS.reopen]}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={record.isPending}>{t('followUp.submit')}</Button>
        <Button appearance="subtle" onClick={() => onDone()}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

function ResultCell({ f, today }: { f: FollowUp; today: string }) {
  const { t } = useLang();
  if (f.result) {
    return (
      <>
        {t(resultKey(f.result))}
        {f.reopened ? <> · {t('followUp.caseReopened')}</> : null}
      </>
    );
  }
  return f.dueOn < today ? <Badge tone="danger">{t('followUp.late')}</Badge> : <>{t('followUp.notYet')}</>;
}

export function FollowUps({ overview, onRecorded }: { overview: StepsOverview; onRecorded: (message: string) => void }) {
  const { t, locale } = useLang();
  const [open, setOpen] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const today = todayInAmsterdam();
  const may = canFollowUp(overview);
  const recording = overview.followUps.find((f) => f.id === open && !f.doneAt);

  if (!overview.followUps.length) return <Paragraph>{t('followUp.none')}</Paragraph>;
  return (
    <>
      <Table caption={t('followUp.caption')}>
        <THead>
          <Th>{t('followUp.moment')}</Th>
          <Th>{t('followUp.dueOn')}</Th>
          <Th>{t('followUp.result')}</Th>
          <Th>{t('followUp.note')}</Th>
          <Th>{t('followUp.doneBy')}</Th>
        </THead>
        <TBody>
          {[...overview.followUps].sort((a, b) => a.months - b.months).map((f) => (
            <Tr key={f.id}>
              <Th scope="row">{t('followUp.after', { months: f.months })}</Th>
              <Td>{formatDate(f.dueOn, locale)}</Td>
              <Td>
                <ResultCell f={f} today={today} />
              </Td>
              <Td className="doorbraak-prewrap">{f.note ?? ''}</Td>
              <Td>
                {f.doneAt ? (
                  t('followUp.doneOn', { name: f.doneBy ?? t('case.systemActor'), date: formatInstantDate(f.doneAt, locale) })
                ) : may ? (
                  <Button
                    ref={(el) => { if (el) buttons.current.set(f.id, el); }}
                    onClick={() => setOpen(f.id)}
                    aria-expanded={open === f.id}
                  >
                    {t('followUp.record', { months: f.months })}
                  </Button>
                ) : (
                  ''
                )}
              </Td>
            </Tr>
          ))}
        </TBody>
      </Table>
      {recording ? (
        <FollowUpForm
          key={recording.id}
          overview={overview}
          followUp={recording}
          onDone={(message) => {
            const id = recording.id;
            setOpen(null);
            if (message) onRecorded(message);
            else window.setTimeout(() => buttons.current.get(id)?.focus(), 0);
          }}
        />
      ) : null}
    </>
  );
}
