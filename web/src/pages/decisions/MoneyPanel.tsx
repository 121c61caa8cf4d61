// The money on an approved decision: committed, paid, released and still open, with every entry;
// the case's coordinator registers a payment (date, amount, to whom) or releases what is not needed.
// Paying or releasing more than is open is the server's 422, shown at the amount.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { DataList } from '../../components/DataList';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { todayInAmsterdam } from '../../format';
import { useLang } from '../../lang';
import type { DecisionLedger, PayeeKind } from '../../types-decisions';
import { DoneNotice, notice, orNull, useFormErrors, type Notice } from '../workflow/breakthrough/forms';
import { parseEuros } from '../workflow/breakthrough/money';
import { EntriesTable } from './CaseDecisions';
import { useEuros } from './labels';

const PATHS = { amountCents: 'amountCents', date: 'date', payeeKind: 'payeeKind', payee: 'payee', note: 'note' };

/** Amount, then the rest of the booking; `kind` prefixes the field ids so both forms can share a page. */
function BookingForm({ caseId, decisionId, kind, onBooked }: { caseId: string; decisionId: string; kind: 'payment' | 'release'; onBooked: (l: DecisionLedger) => void }) {
  const { t } = useLang();
  const [amount, setAmount] = useState('');
  const [date, setDate] = useState(todayInAmsterdam());
  const [payeeKind, setPayeeKind] = useState<PayeeKind>('organisation');
  const [payee, setPayee] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const p = (field: string) => `${kind}.${field}`;
  const paths = Object.fromEntries(Object.entries(PATHS).map(([k, v]) => [k, p(v)]));

  const book = useMutation({
    mutationFn: (amountCents: number) => kind === 'payment'
      ? decisionsApi.pay(caseId, decisionId, { amountCents, date, payeeKind, payee: payeeKind === 'organisation' ? orNull(payee) : null, note: orNull(note) })
      : decisionsApi.release(caseId, decisionId, { amountCents, date, note: orNull(note) }),
    onSuccess: (ledger) => {
      errors.clear();
      setAmount('');
      setPayee('');
      setNote('');
      onBooked(ledger);
    },
    onError: (error) => errors.fromError(error, t, paths),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (book.isPending) return;
    const parsed = parseEuros(amount);
    if (!parsed.ok || parsed.cents === null || parsed.cents === 0) {
      errors.show({ [p('amountCents')]: parsed.ok ? t('budget.money.amountMissing') : t(`blocker.money.${parsed.reason}`) });
      return;
    }
    book.mutate(parsed.cents);
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby={`${kind}-title`}>
      <Heading level={3} id={`${kind}-title`}>{t(kind === 'payment' ? 'budget.money.payTitle' : 'budget.money.releaseTitle')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <TextField path={p('amountCents')} label={t('budget.entry.amount')} description={t('budget.money.amountHint')} inputMode="decimal" autoComplete="off"
        className="doorbraak-money" required value={amount} onValue={setAmount} error={errors.fields[p('amountCents')]} />
      <TextField path={p('date')} type="date" label={t('budget.entry.date')} max={todayInAmsterdam()} required
        value={date} onValue={setDate} error={errors.fields[p('date')]} />
      {kind === 'payment' ? (
        <>
          <RadioGroup<PayeeKind>
            path={p('payeeKind')}
            legend={t('budget.money.payeeKind')}
            options={[
              { value: 'organisation', label: t('budget.payee.organisation') },
              { value: 'resident', label: t('budget.payee.resident') },
            ]}
            value={payeeKind}
            onChange={setPayeeKind}
            error={errors.fields[p('payeeKind')]}
          />
          {payeeKind === 'organisation' ? (
            <TextField path={p('payee')} label={t('budget.entry.payee')} autoComplete="organization" required
              value={payee} onValue={setPayee} error={errors.fields[p('payee')]} />
          ) : null}
        </>
      ) : null}
      <TextAreaField path={p('note')} label={t(kind === 'payment' ? 'budget.money.paymentNote' : 'budget.money.releaseNote')} rows={2}
        value={note} onValue={setNote} error={errors.fields[p('note')]} />
      <Button type="submit" appearance="primary" busy={book.isPending}>
        {t(kind === 'payment' ? 'budget.money.pay' : 'budget.money.release')}
      </Button>
    </form>
  );
}

export function MoneyPanel({ caseId, decisionId, mayBook }: { caseId: string; decisionId: string; mayBook: boolean }) {
  const { t } = useLang();
  const euros = useEuros();
  const queryClient = useQueryClient();
  const [news, setNews] = useState<Notice | null>(null);
  const money = useQuery({ queryKey: decisionsKeys.money(caseId, decisionId), queryFn: () => decisionsApi.money(caseId, decisionId) });
  const m = money.data;

  const booked = (key: 'budget.money.paid' | 'budget.money.released') => (ledger: DecisionLedger) => {
    queryClient.setQueryData(decisionsKeys.money(caseId, decisionId), ledger);
    void queryClient.invalidateQueries({ queryKey: decisionsKeys.ofCase(caseId) });
    void queryClient.invalidateQueries({ queryKey: decisionsKeys.case(caseId), exact: true });
    void queryClient.invalidateQueries({ queryKey: decisionsKeys.budgets });
    setNews(notice(t(key, { open: euros(ledger.openCents) })));
  };

  return (
    <section className="doorbraak-section" aria-labelledby="decision-money">
      <Heading level={2} id="decision-money">{t('budget.money.title')}</Heading>
      <QueryFeedback query={money} />
      <DoneNotice notice={news} />
      {m ? (
        <>
          <DataList
            items={[
              { key: t('budget.totals.committed'), value: euros(m.committedCents) },
              { key: t('budget.totals.paid'), value: euros(m.paidCents) },
              { key: t('budget.totals.released'), value: euros(m.releasedCents) },
              { key: t('budget.totals.open'), value: euros(m.openCents) },
            ]}
          />
          {m.entries.length ? <EntriesTable entries={m.entries} caption={t('budget.money.entries')} /> : null}
          {mayBook && m.openCents > 0 ? (
            <div className="doorbraak-decision-booking">
              <BookingForm caseId={caseId} decisionId={decisionId} kind="payment" onBooked={booked('budget.money.paid')} />
              <BookingForm caseId={caseId} decisionId={decisionId} kind="release" onBooked={booked('budget.money.released')} />
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
