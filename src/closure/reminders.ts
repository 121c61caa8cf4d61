import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import { notify } from '../notifications/store.ts';
import { withTenant } from '../platform/db/tenant.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { dueFollowUps, markReminded } from './store.ts';

export interface ReminderReport {
  ranAt: string;
  reminded: number;
}

/**
 * The daily follow-up job: in every municipality, the coordinator of a closed case hears when a
 * follow-up is due. Each follow-up is reminded once (reminded_at), so a second run does nothing.
 * Runs per municipality as the application role, so row-level security keeps them apart.
 */
export async function remindFollowUps(db: Kysely<Database>, now: Date): Promise<ReminderReport> {
  const today = amsterdamDate(now);
  const tenants = await db.selectFrom('tenant').select('id').orderBy('id').execute();
  let reminded = 0;
  for (const { id: tenantId } of tenants) {
    reminded += await withTenant(db, { tenantId, userId: null }, async (tx) => {
      const due = await dueFollowUps(tx, today);
      for (const f of due) {
        if (f.coordinator_id) await notify(tx, tenantId, [f.coordinator_id], 'follow_up_due', f.case_id, { reference: f.reference, months: f.months });
      }
      await markReminded(tx, due.map((f) => f.id), now);
      return due.length;
    });
  }
  return { ranAt: now.toISOString(), reminded };
}
