// The administrator sets the budget of a year (one per year) and changes its amount or note; not
// lower than what is already committed (the server's 422), and someone else's change first is a 409.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import type { Budget } from '../../types-decisions';
import { ConflictNotice, DoneNotice, notice, orNull, useConflict, useFormErrors, type Notice } from '../workflow/breakthrough/forms';
import { centsToInput, parseEuros } from '../workflow/breakthrough/money';

function EditBudget({ budget, onNews }: { budget: Budget; onNews: (n: Notice) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState(centsToInput(budget.amountCents));
  const [note, setNote] = useState(budget.note ?? '');
  const [version, setVersion] = useState(budget.version);
  const errors = useFormErrors();
  const conflict = useConflict(async () => {
    const all = await queryClient.fetchQuery({ queryKey: decisionsKeys.budgets, queryFn: () => decisionsApi.budgets(), staleTime: 0 });
    return all.items.find((b) => b.id === budget.id) ?? null;
  }, setVersion);
  const save = useMutation({
    mutationFn: (amountCents: number) => decisionsApi.updateBudget(budget.id, { amountCents, note: orNull(note), version }),
    onSuccess: (b) => {
      errors.clear();
      conflict.clear();
      setVersion(b.version);
      void queryClient.invalidateQueries({ queryKey: decisionsKeys.budgets });
      onNews(notice(t('budget.admin.saved', { year: b.year })));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, { amountCents: 'edit.amountCents', note: 'edit.note' });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEuros(amount);
    if (!parsed.ok || !parsed.cents) {
      errors.show({ 'edit.amountCents': parsed.ok ? t('budget.money.amountMissing') : t(`blocker.money.${parsed.reason}`) });
      return;
    }
    if (!save.isPending) save.mutate(parsed.cents);
  };
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="budget-edit-title">
      <Heading level={3} id="budget-edit-title">{t('budget.admin.editTitle', { year: budget.year })}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      <TextField path="edit.amountCents" label={t('budget.admin.amount')} description={t('budget.admin.amountHint')} inputMode="decimal" autoComplete="off"
        className="doorbraak-money" required value={amount} onValue={setAmount} error={errors.fields['edit.amountCents']} />
      <TextAreaField path="edit.note" label={t('budget.admin.note')} rows={2} value={note} onValue={setNote} error={errors.fields['edit.note']} />
      <Button type="submit" appearance="primary" busy={save.isPending}>{t('budget.admin.save')}</Button>
    </form>
  );
}

function NewBudget({ budgets, onCreated, onNews }: { budgets: Budget[]; onCreated: (year: number) => void; onNews: (n: Notice) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const next = Math.max(new Date().getFullYear(), ...budgets.map((b) => b.year + 1));
  const [year, setYear] = useState(String(next));
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const errors = useFormErrors();
  const add = useMutation({
    mutationFn: (input: { year: number; amountCents: number }) => decisionsApi.addBudget({ ...input, note: orNull(note) }),
    onSuccess: (b) => {
      errors.clear();
      setAmount('');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: decisionsKeys.budgets });
      onCreated(b.year);
      onNews(notice(t('budget.admin.created', { year: b.year })));
    },
    onError: (error) => errors.fromError(error, t, { year: 'new.year', amountCents: 'new.amountCents', note: 'new.note' }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseEuros(amount);
    const y = Number(year);
    const found: Record<string, string> = {};
    if (!Number.isInteger(y) || y < 2000 || y > 2100) found['new.year'] = t('budget.admin.yearInvalid');
    if (!parsed.ok || !parsed.cents) found['new.amountCents'] = parsed.ok ? t('budget.money.amountMissing') : t(`blocker.money.${parsed.reason}`);
    if (Object.keys(found).length || !parsed.ok || !parsed.cents) {
      errors.show(found);
      return;
    }
    if (!add.isPending) add.mutate({ year: y, amountCents: parsed.cents });
  };
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="budget-new-title">
      <Heading level={3} id="budget-new-title">{t('budget.admin.newTitle')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <TextField path="new.year" label={t('budget.year')} inputMode="numeric" autoComplete="off" className="doorbraak-money" required
        value={year} onValue={setYear} error={errors.fields['new.year']} />
      <TextField path="new.amountCents" label={t('budget.admin.amount')} inputMode="decimal" autoComplete="off" className="doorbraak-money" required
        value={amount} onValue={setAmount} error={errors.fields['new.amountCents']} />
      <TextAreaField path="new.note" label={t('budget.admin.note')} rows={2} value={note} onValue={setNote} error={errors.fields['new.note']} />
      <Button type="submit" appearance="primary" busy={add.isPending}>{t('budget.admin.create')}</Button>
    </form>
  );
}

export function BudgetAdmin({ budgets, shown, onCreated }: { budgets: Budget[]; shown: Budget | null; onCreated: (year: number) => void }) {
  const { t } = useLang();
  const [news, setNews] = useState<Notice | null>(null);
  return (
    <section className="doorbraak-section" aria-labelledby="budget-admin">
      <Heading level={2} id="budget-admin">{t('budget.admin.title')}</Heading>
      <DoneNotice notice={news} />
      {shown ? <EditBudget key={shown.id} budget={shown} onNews={setNews} /> : null}
      <NewBudget budgets={budgets} onCreated={onCreated} onNews={setNews} />
    </section>
  );
}
