import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { CaseKind, FollowUpResult, Outcome } from './model.ts';

/** Kind, closure and follow-up columns of a case, and the follow_up table. */

export function closureOf(tx: Tx, caseId: string) {
  return tx.selectFrom('cases as c').leftJoin('cases as r', 'r.id', 'c.recurrence_of').leftJoin('app_user as u', 'u.id', 'c.closed_by')
    .select(['c.kind', 'c.advice', 'c.planned_return', 'c.outcome', 'c.outcome_note', 'c.resident_words', 'c.closed_at',
      'c.closed_by', 'u.name as closed_by_name', 'c.recurrence_of', 'r.reference as recurrence_reference',
      'r.closed_at as recurrence_closed_at'])
    .where('c.id', '=', caseId).executeTakeFirstOrThrow();
}

const bump = { updated_at: new Date(), version: sql`version + 1` };

/** Changes the kind when nobody changed the case since `version`; undefined when someone did. */
export function setKind(tx: Tx, caseId: string, version: number, kind: CaseKind, plannedReturn: string | null) {
  return tx.updateTable('cases').set({ kind, planned_return: plannedReturn, ...bump } as never)
    .where('id', '=', caseId).where('version', '=', version).returning('version').executeTakeFirst();
}

export interface ClosureValues {
  outcome: Outcome; outcomeNote: string | null; residentWords: string; advice: string | null; closedBy: string; closedAt: Date;
}

export function closeCase(tx: Tx, caseId: string, version: number, v: ClosureValues) {
  return tx.updateTable('cases').set({
    status: 'closed', outcome: v.outcome, outcome_note: v.outcomeNote, resident_words: v.residentWords, advice: v.advice,
    closed_at: v.closedAt, closed_by: v.closedBy, next_due: null, ...bump,
  } as never).where('id', '=', caseId).where('version', '=', version).where('status', '=', 'active')
    .returning('version').executeTakeFirst();
}

/** A follow-up that shows the solution did not hold brings the case back; the closure's record stays. */
export function reopenCase(tx: Tx, caseId: string) {
  return tx.updateTable('cases').set({ status: 'active', closed_at: null, closed_by: null, ...bump } as never)
    .where('id', '=', caseId).where('status', '=', 'closed').returning('version').executeTakeFirst();
}

/**
 * One follow-up per interval. Closing again after a reopen plans them anew from the new closure date;
 * the earlier results stay on the timeline.
 */
export async function scheduleFollowUps(tx: Tx, tenantId: string, caseId: string, dates: { months: 3 | 6 | 12; dueOn: string }[]) {
  for (const d of dates) {
    const reset = { due_on: d.dueOn, done_at: null, done_by: null, result: null, note: null, reopened: false, reminded_at: null };
    await tx.insertInto('follow_up').values({ tenant_id: tenantId, id: uuidv7(), case_id: caseId, months: d.months, due_on: d.dueOn })
      .onConflict((oc) => oc.columns(['tenant_id', 'case_id', 'months']).doUpdateSet(reset)).execute();
  }
}

export function followUpsOf(tx: Tx, caseId: string) {
  return tx.selectFrom('follow_up as f').leftJoin('app_user as u', 'u.id', 'f.done_by')
    .select(['f.id', 'f.months', 'f.due_on', 'f.done_at', 'f.result', 'f.note', 'f.reopened', 'f.reminded_at', 'u.name as done_by_name'])
    .where('f.case_id', '=', caseId).orderBy('f.months').execute();
}

export function followUp(tx: Tx, caseId: string, id: string) {
  return tx.selectFrom('follow_up').selectAll().where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export function recordFollowUp(tx: Tx, id: string, v: { result: FollowUpResult; note: string | null; reopened: boolean; userId: string; now: Date }) {
  return tx.updateTable('follow_up').set({ result: v.result, note: v.note, reopened: v.reopened, done_at: v.now, done_by: v.userId })
    .where('id', '=', id).where('done_at', 'is', null).returning('id').executeTakeFirst();
}

/** Follow-ups of closed cases that are due and nobody was reminded of yet. */
export function dueFollowUps(tx: Tx, today: string) {
  return tx.selectFrom('follow_up as f').innerJoin('cases as c', 'c.id', 'f.case_id')
    .select(['f.id', 'f.case_id', 'f.months', 'c.reference', 'c.coordinator_id'])
    .where('f.done_at', 'is', null).where('f.reminded_at', 'is', null).where('f.due_on', '<=', today)
    .where('c.status', '=', 'closed')
    .orderBy('f.due_on').orderBy('f.id').execute();
}

export function markReminded(tx: Tx, ids: string[], now: Date) {
  if (!ids.length) return Promise.resolve();
  return tx.updateTable('follow_up').set({ reminded_at: now }).where('id', 'in', ids).where('reminded_at', 'is', null).execute();
}

/** The most recently closed case of any of these households. */
export function lastClosedCase(tx: Tx, householdIds: string[], excludeCaseId: string) {
  if (!householdIds.length) return Promise.resolve(undefined);
  return tx.selectFrom('cases').select(['id', 'closed_at'])
    .where('household_id', 'in', householdIds).where('status', '=', 'closed').where('closed_at', 'is not', null)
    .where('id', '<>', excludeCaseId)
    .orderBy('closed_at', 'desc').limit(1).executeTakeFirst();
}

export function setRecurrence(tx: Tx, caseId: string, of: string) {
  return tx.updateTable('cases').set({ recurrence_of: of }).where('id', '=', caseId).execute();
}
