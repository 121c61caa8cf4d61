import { addEvent } from '../cases/store.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { isRecurrence } from './model.ts';
import { lastClosedCase, setRecurrence } from './store.ts';

/**
 * A new case for a household whose earlier case closed within a year counts as a recurrence: it is
 * linked to that case and says so on the timeline. Called by intake registration; returns the earlier case.
 */
export async function noteRecurrence(tx: Tx, tenantId: string, caseId: string, householdIds: string[], reportedAt: Date, actorId: string | null): Promise<string | null> {
  const last = await lastClosedCase(tx, householdIds, caseId);
  if (!last?.closed_at || !isRecurrence(new Date(last.closed_at), reportedAt)) return null;
  await setRecurrence(tx, caseId, last.id);
  await addEvent(tx, tenantId, caseId, 'recurrence', actorId, { of: last.id }, reportedAt);
  return last.id;
}
