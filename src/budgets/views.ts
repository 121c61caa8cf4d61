import { type EntryKind, type LedgerEntry, byMonth, entryKindLabel, totals } from './model.ts';
import type { BudgetRow, EntryRow } from './store.ts';

/** What the API shows of a budget and its entries. */

export function presentEntry(e: EntryRow) {
  return {
    id: e.id, kind: e.kind as EntryKind, kindLabel: entryKindLabel[e.kind as EntryKind], amountCents: Number(e.amount_cents), date: e.entry_date,
    caseId: e.case_id, reference: e.reference, decisionId: e.decision_id, payeeKind: e.payee_kind, payee: e.payee, note: e.note,
    createdBy: e.created_by_name, createdAt: new Date(e.created_at).toISOString(),
  };
}

export function presentBudget(b: BudgetRow, ledger: LedgerEntry[]) {
  return {
    id: b.id, year: b.year, amountCents: Number(b.amount_cents), note: b.note, version: b.version,
    updatedAt: new Date(b.updated_at).toISOString(), updatedBy: b.updated_by_name,
    totals: totals(Number(b.amount_cents), ledger), months: byMonth(b.year, ledger),
  };
}
