import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { amsterdamDate, workingDaysBetween } from '../platform/time/working-days.ts';

/**
 * Keeps case_fact up to date: one row per case with what the policy view adds up, so its figures
 * read one narrow table per municipality instead of joining cases, steps, events and costs. A run
 * looks only at cases that changed since the last run: every change to a case lands on its
 * timeline (a new case too) or in its cost sum. A nightly run rebuilds everything, to heal what an
 * incremental run cannot see (a timeline row written with an earlier time).
 */

const BATCH = 500;
/** Timeline rows carry the time their transaction began: a run looks back this far to catch late commits. */
const OVERLAP_MS = 5 * 60_000;

interface CaseState {
  id: string; reported_at: Date; status: string; step: number; kind: string; outcome: string | null; accepted_at: Date | null;
  first_contact_due: string; start_due: string; closed_at: Date | null; recurrence_of: string | null; referred_at: Date | null;
  started_at: Date | null; current_yearly_cents: string | null; one_off_cents: string | null; yearly_cents: string | null;
  avoided_1y_cents: string | null; has_cost: boolean | null;
}

/** First contact is leaving triage (taken up or referred); the start is moving past step 1. Norms are the case's own due dates. */
export function factOf(c: CaseState) {
  const reportedOn = amsterdamDate(new Date(c.reported_at));
  const firstContact = c.accepted_at ?? c.referred_at;
  const firstContactOn = firstContact ? amsterdamDate(new Date(firstContact)) : null;
  const startedOn = c.started_at ? amsterdamDate(new Date(c.started_at)) : null;
  return {
    case_id: c.id, reported_on: reportedOn, status: c.status, step: c.step, kind: c.kind, outcome: c.outcome,
    first_contact_on: firstContactOn, first_contact_days: firstContactOn ? Math.max(0, workingDaysBetween(reportedOn, firstContactOn)) : null,
    first_contact_in_norm: firstContactOn ? firstContactOn <= c.first_contact_due : null,
    started_on: startedOn, start_days: startedOn ? Math.max(0, workingDaysBetween(reportedOn, startedOn)) : null,
    start_in_norm: startedOn ? startedOn <= c.start_due : null,
    closed_on: c.closed_at ? amsterdamDate(new Date(c.closed_at)) : null, recurrence: c.recurrence_of !== null,
    has_cost_sum: !!c.has_cost, current_yearly_cents: Number(c.current_yearly_cents ?? 0), one_off_cents: Number(c.one_off_cents ?? 0),
    yearly_cents: Number(c.yearly_cents ?? 0), avoided_1y_cents: Number(c.avoided_1y_cents ?? 0),
  };
}

async function changedCases(tx: Tx, since: Date | null, after: string | null, limit: number): Promise<string[]> {
  const rows = since === null
    ? await sql<{ id: string }>`select id from cases where ${after}::uuid is null or id > ${after}::uuid order by id limit ${limit}`.execute(tx)
    : await sql<{ id: string }>`
      select id from (
        select case_id as id from case_event where at > ${since}
        union select case_id from case_cost where computed_at > ${since}
      ) x where ${after}::uuid is null or id > ${after}::uuid order by id limit ${limit}`.execute(tx);
  return rows.rows.map((r) => r.id);
}

async function writeFacts(tx: Tx, tenantId: string, ids: string[], now: Date) {
  if (ids.length === 0) return;
  const rows = await sql<CaseState>`
    select c.id, c.reported_at, c.status, c.step, c.kind, c.outcome, c.accepted_at, c.first_contact_due::text, c.start_due::text,
      c.closed_at, c.recurrence_of,
      (select min(e.at) from case_event e where e.tenant_id = c.tenant_id and e.case_id = c.id and e.type = 'referred') as referred_at,
      least(
        (select s.completed_at from case_step s where s.tenant_id = c.tenant_id and s.case_id = c.id and s.step = 1),
        (select min(e.at) from case_event e where e.tenant_id = c.tenant_id and e.case_id = c.id
          and (e.type = 'step_changed' or (e.type = 'step_completed' and e.data->>'step' = '1')))
      ) as started_at,
      cc.current_yearly_cents, cc.one_off_cents, cc.yearly_cents, cc.avoided_1y_cents,
      (cc.one_off_cents > 0 or cc.yearly_cents > 0) as has_cost
    from cases c left join case_cost cc on cc.tenant_id = c.tenant_id and cc.case_id = c.id
    where c.id in (${sql.join(ids)})`.execute(tx);
  const values = rows.rows.map((r) => ({ tenant_id: tenantId, ...factOf(r), refreshed_at: now }));
  if (values.length === 0) return;
  await tx.insertInto('case_fact').values(values).onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doUpdateSet((eb) => ({
    reported_on: eb.ref('excluded.reported_on'), status: eb.ref('excluded.status'), step: eb.ref('excluded.step'), kind: eb.ref('excluded.kind'),
    outcome: eb.ref('excluded.outcome'), first_contact_on: eb.ref('excluded.first_contact_on'), first_contact_days: eb.ref('excluded.first_contact_days'),
    first_contact_in_norm: eb.ref('excluded.first_contact_in_norm'), started_on: eb.ref('excluded.started_on'), start_days: eb.ref('excluded.start_days'),
    start_in_norm: eb.ref('excluded.start_in_norm'), closed_on: eb.ref('excluded.closed_on'), recurrence: eb.ref('excluded.recurrence'),
    has_cost_sum: eb.ref('excluded.has_cost_sum'), current_yearly_cents: eb.ref('excluded.current_yearly_cents'),
    one_off_cents: eb.ref('excluded.one_off_cents'), yearly_cents: eb.ref('excluded.yearly_cents'),
    avoided_1y_cents: eb.ref('excluded.avoided_1y_cents'), refreshed_at: eb.ref('excluded.refreshed_at'),
  }))).execute();
}

/** Refreshes one municipality in short transactions of at most BATCH cases; returns how many cases were rewritten. */
export async function refreshTenantFacts(db: Kysely<Database>, tenantId: string, now: Date, full = false): Promise<number> {
  const ctx = { tenantId, userId: null };
  const last = full ? undefined : await withTenant(db, ctx, (tx) => tx.selectFrom('fact_refresh').select('refreshed_through').executeTakeFirst());
  const since = last ? new Date(new Date(last.refreshed_through).getTime() - OVERLAP_MS) : null;
  let done = 0;
  for (let after: string | null = null; ;) {
    const batch: string[] = await withTenant(db, ctx, async (tx) => {
      const ids = await changedCases(tx, since, after, BATCH);
      await writeFacts(tx, tenantId, ids, now);
      return ids;
    });
    done += batch.length;
    if (batch.length < BATCH) break;
    after = batch[batch.length - 1];
  }
  await withTenant(db, ctx, (tx) => tx.insertInto('fact_refresh').values({ tenant_id: tenantId, refreshed_through: now, refreshed_at: now })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ refreshed_through: now, refreshed_at: now })).execute());
  return done;
}

/** The job: every municipality in turn, as the application role so row-level security keeps them apart. */
export async function refreshFacts(db: Kysely<Database>, now: Date, full = false) {
  const tenants = await db.selectFrom('tenant').select('id').orderBy('id').execute();
  const result: { tenantId: string; cases: number }[] = [];
  for (const t of tenants) result.push({ tenantId: t.id, cases: await refreshTenantFacts(db, t.id, now, full) });
  return result;
}

/** For a request: what changed since the last run, for the user's municipality, inside the request's transaction. */
export async function refreshFactsIn(tx: Tx, tenantId: string, now: Date): Promise<number> {
  const last = await tx.selectFrom('fact_refresh').select('refreshed_through').executeTakeFirst();
  const since = last ? new Date(new Date(last.refreshed_through).getTime() - OVERLAP_MS) : null;
  let done = 0;
  for (let after: string | null = null; ;) {
    const ids = await changedCases(tx, since, after, BATCH);
    await writeFacts(tx, tenantId, ids, now);
    done += ids.length;
    if (ids.length < BATCH) break;
    after = ids[ids.length - 1];
  }
  await tx.insertInto('fact_refresh').values({ tenant_id: tenantId, refreshed_through: now, refreshed_at: now })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet({ refreshed_through: now, refreshed_at: now })).execute();
  return done;
}
