import { sql } from 'kysely';
import type { Tx } from '../platform/db/tenant.ts';
import { type CostInputs, costOver } from './model.ts';

/** The inputs of a case's cost sum: the involvements that have not ended, and the blocker's breakthrough cost. */
export async function costInputs(tx: Tx, caseId: string): Promise<CostInputs & { agencies: number }> {
  const current = await tx.selectFrom('involvement')
    .select([
      sql<string>`coalesce(sum(yearly_cost_cents), 0)`.as('cents'),
      sql<number>`count(distinct lower(organisation))::int`.as('agencies'),
    ])
    .where('case_id', '=', caseId)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', sql<string>`current_date`)]))
    .executeTakeFirstOrThrow();
  const blocker = await tx.selectFrom('blocker').select(['one_off_cents', 'yearly_cents']).where('case_id', '=', caseId).executeTakeFirst();
  return {
    currentYearlyCents: Number(current.cents), agencies: Number(current.agencies),
    oneOffCents: Number(blocker?.one_off_cents ?? 0), yearlyCents: Number(blocker?.yearly_cents ?? 0),
  };
}

/**
 * Stores the cost sum with the case in the same transaction as the change that moved it, so
 * figures across cases add up stored numbers instead of recomputing every case.
 */
export async function refreshCaseCost(tx: Tx, tenantId: string, caseId: string): Promise<void> {
  const i = await costInputs(tx, caseId);
  const values = {
    current_yearly_cents: i.currentYearlyCents, one_off_cents: i.oneOffCents, yearly_cents: i.yearlyCents,
    avoided_1y_cents: costOver(i, 1).avoidedCents, avoided_3y_cents: costOver(i, 3).avoidedCents,
    avoided_5y_cents: costOver(i, 5).avoidedCents, agencies: i.agencies, computed_at: new Date(),
  };
  await tx.insertInto('case_cost').values({ tenant_id: tenantId, case_id: caseId, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doUpdateSet(values)).execute();
}
