import type { Tx } from '../platform/db/tenant.ts';
import { closureOf, followUpsOf } from './store.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * Kind, closure, follow-ups and recurrence for the case overview. The free text (advice, the
 * resident's words, notes) only for those who see the plan section.
 */
export async function closureForOverview(tx: Tx, caseId: string, seesText: boolean) {
  const [c, followUps] = await Promise.all([closureOf(tx, caseId), followUpsOf(tx, caseId)]);
  const text = (s: string | null) => (seesText ? s : null);
  return {
    advice: text(c.advice), plannedReturn: c.planned_return, outcome: c.outcome, outcomeNote: text(c.outcome_note),
    residentWords: text(c.resident_words), closedAt: iso(c.closed_at),
    closedBy: c.closed_by ? { id: c.closed_by, name: c.closed_by_name ?? '' } : null,
    followUps: followUps.map((f) => ({
      id: f.id, months: f.months, dueOn: f.due_on, doneAt: iso(f.done_at), doneBy: f.done_by_name, result: f.result,
      note: text(f.note), reopened: f.reopened, remindedAt: iso(f.reminded_at),
    })),
    recurrence: c.recurrence_of
      ? { of: c.recurrence_of, reference: c.recurrence_reference ?? '', closedAt: iso(c.recurrence_closed_at) }
      : null,
  };
}
