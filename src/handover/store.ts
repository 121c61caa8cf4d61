import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { HandoverStatus } from './model.ts';

/** The handover area owns the handover table; team changes go through the access area's store. */

const columns = [
  'h.id', 'h.case_id', 'h.from_user', 'h.to_user', 'h.note', 'h.status', 'h.answer', 'h.offered_at', 'h.answered_at',
  'f.name as from_name', 't.name as to_name',
] as const;

function withNames(tx: Tx) {
  return tx.selectFrom('handover as h')
    .innerJoin('app_user as f', 'f.id', 'h.from_user')
    .innerJoin('app_user as t', 't.id', 'h.to_user');
}

export type HandoverRow = NonNullable<Awaited<ReturnType<typeof handoverById>>>;

export async function insertHandover(tx: Tx, h: { tenantId: string; caseId: string; from: string; to: string; note: string }): Promise<string> {
  const id = uuidv7();
  // offered_at takes the transaction's time, like the receiver's team row added in the same transaction.
  await tx.insertInto('handover').values({ tenant_id: h.tenantId, id, case_id: h.caseId, from_user: h.from, to_user: h.to, note: h.note }).execute();
  return id;
}

export function handoverById(tx: Tx, caseId: string, id: string) {
  return withNames(tx).select(columns).where('h.case_id', '=', caseId).where('h.id', '=', id).executeTakeFirst();
}

export function openHandover(tx: Tx, caseId: string) {
  return withNames(tx).select(columns).where('h.case_id', '=', caseId).where('h.status', '=', 'offered').executeTakeFirst();
}

export function handoversOfCase(tx: Tx, caseId: string) {
  return withNames(tx).select(columns).where('h.case_id', '=', caseId)
    .orderBy('h.offered_at', 'desc').orderBy('h.id', 'desc').execute();
}

/** Answers an open offer; undefined when it was answered or withdrawn in the meantime. */
export function answerHandover(tx: Tx, id: string, status: Exclude<HandoverStatus, 'offered'>, answer: string | null, now: Date) {
  return tx.updateTable('handover').set({ status, answer, answered_at: now })
    .where('id', '=', id).where('status', '=', 'offered').returning('id').executeTakeFirst();
}

/** Open offers to this person, for their inbox. */
export function offersTo(tx: Tx, userId: string) {
  return withNames(tx).innerJoin('cases as c', 'c.id', 'h.case_id')
    .select([...columns, 'c.reference', 'c.household_id', 'c.legal_basis'])
    .where('h.to_user', '=', userId).where('h.status', '=', 'offered')
    .orderBy('h.offered_at').execute();
}

/** The new coordinator takes over, provided the owner is still the one who offered. */
export function takeOver(tx: Tx, caseId: string, from: string, to: string) {
  return tx.updateTable('cases').set({ coordinator_id: to, updated_at: new Date(), version: sql`version + 1` } as never)
    .where('id', '=', caseId).where('coordinator_id', '=', from).returning('version').executeTakeFirst();
}
