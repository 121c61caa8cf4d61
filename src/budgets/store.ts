import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import { type EntryKind, type LedgerEntry, type Totals, totals } from './model.ts';

/** The budgets area owns budget and budget_entry. The ledger is only ever added to. */

const budgetColumns = ['b.id', 'b.year', 'b.amount_cents', 'b.note', 'b.version', 'b.updated_at', 'u.name as updated_by_name'] as const;

export function budgets(tx: Tx) {
  return tx.selectFrom('budget as b').leftJoin('app_user as u', 'u.id', 'b.updated_by').select(budgetColumns).orderBy('b.year', 'desc').execute();
}

export function budgetById(tx: Tx, id: string) {
  return tx.selectFrom('budget as b').leftJoin('app_user as u', 'u.id', 'b.updated_by').select(budgetColumns).where('b.id', '=', id).executeTakeFirst();
}
export type BudgetRow = NonNullable<Awaited<ReturnType<typeof budgetById>>>;

/**
 * The budget of a year, locked when asked: every commitment takes this lock first, so two decisions
 * at the same moment cannot both spend the last euros.
 */
export function budgetOfYear(tx: Tx, year: number, lock = false) {
  let q = tx.selectFrom('budget').select(['id', 'year', 'amount_cents']).where('year', '=', year);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertBudget(tx: Tx, tenantId: string, b: { year: number; amountCents: number; note: string | null; by: string | null }) {
  const id = uuidv7();
  await tx.insertInto('budget').values({ tenant_id: tenantId, id, year: b.year, amount_cents: b.amountCents, note: b.note, updated_by: b.by }).execute();
  return id;
}

export function updateBudget(tx: Tx, id: string, set: { amountCents?: number; note?: string | null }, by: string, version: number) {
  return tx.updateTable('budget').set({
    ...(set.amountCents !== undefined ? { amount_cents: set.amountCents } : {}), ...(set.note !== undefined ? { note: set.note } : {}),
    updated_by: by, updated_at: new Date(), version: sql`version + 1`,
  } as never).where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

const entryColumns = [
  'e.id', 'e.budget_id', 'e.case_id', 'e.decision_id', 'e.kind', 'e.amount_cents', 'e.entry_date', 'e.payee_kind', 'e.payee', 'e.note',
  'e.created_at', 'u.name as created_by_name', 'c.reference',
] as const;

function entriesQuery(tx: Tx) {
  return tx.selectFrom('budget_entry as e').innerJoin('cases as c', 'c.id', 'e.case_id').leftJoin('app_user as u', 'u.id', 'e.created_by')
    .select(entryColumns).orderBy('e.entry_date').orderBy('e.created_at').orderBy('e.id');
}
export type EntryRow = Awaited<ReturnType<ReturnType<typeof entriesQuery>['execute']>>[number];

export const entriesOfBudget = (tx: Tx, budgetId: string) => entriesQuery(tx).where('e.budget_id', '=', budgetId).execute();
export const entriesOfCase = (tx: Tx, caseId: string) => entriesQuery(tx).where('e.case_id', '=', caseId).execute();
export const entriesOfDecision = (tx: Tx, decisionId: string) => entriesQuery(tx).where('e.decision_id', '=', decisionId).execute();

/** The entries as the pure ledger sees them. */
export function asLedger(rows: { kind: string; amount_cents: string | number; entry_date: string; decision_id: string }[]): LedgerEntry[] {
  return rows.map((r) => ({ kind: r.kind as EntryKind, amountCents: Number(r.amount_cents), date: r.entry_date, decisionId: r.decision_id }));
}

/** Only what the totals need, without joins: cheap enough to run inside the commitment lock. */
export async function ledgerOfBudget(tx: Tx, budgetId: string): Promise<LedgerEntry[]> {
  const rows = await tx.selectFrom('budget_entry').select(['kind', 'amount_cents', 'entry_date', 'decision_id']).where('budget_id', '=', budgetId).execute();
  return asLedger(rows);
}

export interface NewEntry {
  tenantId: string; budgetId: string; caseId: string; decisionId: string; kind: EntryKind; amountCents: number; date: string;
  payeeKind?: 'organisation' | 'resident' | null; payee?: string | null; note?: string | null; by: string | null;
}

export async function insertEntry(tx: Tx, e: NewEntry): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('budget_entry').values({
    tenant_id: e.tenantId, id, budget_id: e.budgetId, case_id: e.caseId, decision_id: e.decisionId, kind: e.kind,
    amount_cents: e.amountCents, entry_date: e.date, payee_kind: e.payeeKind ?? null, payee: e.payee ?? null, note: e.note ?? null,
    created_by: e.by,
  }).execute();
  return id;
}

/** Erasure and retention: the entries' free text goes; amounts, dates, kinds and organisations stay for the accounts. */
export async function blankEntryNotes(tx: Tx, tenantId: string, caseId: string) {
  await tx.updateTable('budget_entry').set({ note: null }).where('tenant_id', '=', tenantId).where('case_id', '=', caseId)
    .where('note', 'is not', null).execute();
}

/** The households behind the entries of a budget, for the processing log of an export. */
export function casesOfBudget(tx: Tx, budgetId: string) {
  return tx.selectFrom('budget_entry as e').innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['c.id', 'c.household_id', 'c.legal_basis']).distinct().where('e.budget_id', '=', budgetId).execute();
}

/** Where a year's budget stands now; null when the municipality set no budget for that year. */
export async function yearStanding(tx: Tx, year: number, lock = false): Promise<(Totals & { budgetId: string; year: number }) | null> {
  const b = await budgetOfYear(tx, year, lock);
  if (!b) return null;
  return { budgetId: b.id, year, ...totals(Number(b.amount_cents), await ledgerOfBudget(tx, b.id)) };
}
