// /budget — the custom-solutions budget (maatwerkbudget) per year: committed, paid, released and
// still free, per month in a table, the entries with case references, and the CSV export for
// finance. The administrator sets the budget of a year here too.
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { decisionLinks, decisionsApi, decisionsKeys } from '../../api-decisions';
import { hasRole, useMe } from '../../auth';
import { DataList } from '../../components/DataList';
import { QueryFeedback } from '../../components/Feedback';
import { SelectField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, THead, Td, Th, Tr } from '../../components/Table';
import { useLang } from '../../lang';
import type { Budget } from '../../types-decisions';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { BudgetAdmin } from './BudgetAdmin';
import { EntriesTable } from './CaseDecisions';
import { useEuros } from './labels';
import './decisions.css';

function monthName(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
}

function Months({ budget: b }: { budget: Budget }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  return (
    <Table caption={t('budget.months.caption', { year: b.year })}>
      <THead>
        <Th>{t('budget.months.month')}</Th>
        <Th className="doorbraak-number">{t('budget.totals.committed')}</Th>
        <Th className="doorbraak-number">{t('budget.totals.paid')}</Th>
        <Th className="doorbraak-number">{t('budget.totals.released')}</Th>
      </THead>
      <TBody>
        {b.months.map((m) => (
          <Tr key={m.month}>
            <Th scope="row">{monthName(m.month, locale)}</Th>
            <Td className="doorbraak-number">{euros(m.committedCents)}</Td>
            <Td className="doorbraak-number">{euros(m.paidCents)}</Td>
            <Td className="doorbraak-number">{euros(m.releasedCents)}</Td>
          </Tr>
        ))}
        <Tr className="doorbraak-budget-total">
          <Th scope="row">{t('budget.months.total')}</Th>
          <Td className="doorbraak-number">{euros(b.totals.committedCents)}</Td>
          <Td className="doorbraak-number">{euros(b.totals.paidCents)}</Td>
          <Td className="doorbraak-number">{euros(b.totals.releasedCents)}</Td>
        </Tr>
      </TBody>
    </Table>
  );
}

function Entries({ budget }: { budget: Budget }) {
  const { t } = useLang();
  const entries = useQuery({ queryKey: decisionsKeys.entries(budget.id), queryFn: () => decisionsApi.entries(budget.id) });
  return (
    <section className="doorbraak-section" aria-labelledby="budget-entries">
      <Heading level={2} id="budget-entries">{t('budget.entries.title')}</Heading>
      <QueryFeedback query={entries} />
      {entries.data && entries.data.items.length === 0 ? <Paragraph>{t('budget.entries.none')}</Paragraph> : null}
      {entries.data?.items.length ? <EntriesTable entries={entries.data.items} caption={t('budget.entries.caption', { year: budget.year })} withCase /> : null}
    </section>
  );
}

function BudgetYear({ budget: b }: { budget: Budget }) {
  const { t } = useLang();
  const euros = useEuros();
  const me = useMe().data;
  const seesEntries = (['coordinator', 'mandate_holder', 'administrator'] as const).some((r) => hasRole(me, r));
  const exports = hasRole(me, 'administrator') || hasRole(me, 'mandate_holder');
  return (
    <>
      <section className="doorbraak-section" aria-labelledby="budget-totals">
        <Heading level={2} id="budget-totals">{t('budget.totals.title', { year: b.year })}</Heading>
        {b.note ? <Paragraph>{b.note}</Paragraph> : null}
        <DataList
          items={[
            { key: t('budget.totals.budget'), value: euros(b.totals.budgetCents) },
            { key: t('budget.totals.committed'), value: euros(b.totals.committedCents) },
            { key: t('budget.totals.paid'), value: euros(b.totals.paidCents) },
            { key: t('budget.totals.released'), value: euros(b.totals.releasedCents) },
            { key: t('budget.totals.open'), value: euros(b.totals.openCents) },
            { key: t('budget.totals.remaining'), value: euros(b.totals.remainingCents) },
          ]}
        />
        {b.totals.remainingCents < 0 ? <Paragraph>{t('budget.totals.overdrawn')}</Paragraph> : null}
      </section>
      <section className="doorbraak-section" aria-labelledby="budget-months">
        <Heading level={2} id="budget-months">{t('budget.months.title')}</Heading>
        <Months budget={b} />
        {exports ? (
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href={decisionLinks.budgetCsv(b.id)} download>
              {t('budget.csv', { year: b.year })}
            </a>
          </Paragraph>
        ) : null}
      </section>
      {seesEntries ? <Entries budget={b} /> : null}
    </>
  );
}

function Budgets() {
  const { t } = useLang();
  const me = useMe().data;
  const budgets = useQuery({ queryKey: decisionsKeys.budgets, queryFn: () => decisionsApi.budgets() });
  const items = budgets.data?.items ?? [];
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const shown = items.find((b) => b.year === year) ?? items.find((b) => b.year === thisYear) ?? items[0];
  return (
    <>
      <QueryFeedback query={budgets} />
      {budgets.data && items.length === 0 ? <Paragraph>{t('budget.none')}</Paragraph> : null}
      {items.length > 1 ? (
        <SelectField path="budget-year" label={t('budget.year')} value={String(shown?.year ?? '')}
          options={items.map((b) => ({ value: String(b.year), label: String(b.year) }))}
          onChange={(e) => setYear(Number(e.target.value))} />
      ) : null}
      {shown ? <BudgetYear key={shown.id} budget={shown} /> : null}
      {hasRole(me, 'administrator') && budgets.data ? <BudgetAdmin budgets={items} shown={shown ?? null} onCreated={setYear} /> : null}
    </>
  );
}

export function BudgetPage() {
  const { t } = useLang();
  usePageTitle(t('budget.title'));
  return (
    <>
      <Heading level={1}>{t('budget.title')}</Heading>
      <Paragraph lead>{t('budget.intro')}</Paragraph>
      <BudgetGate>
        <Budgets />
      </BudgetGate>
    </>
  );
}

/** The figures are for staff who work with decisions, the administrator and policy (no personal data in them). */
function BudgetGate({ children }: { children: ReactNode }) {
  const me = useMe().data;
  if (hasRole(me, 'coordinator') || hasRole(me, 'mandate_holder') || hasRole(me, 'policy')) return <>{children}</>;
  return <RoleGate role="administrator">{children}</RoleGate>;
}
