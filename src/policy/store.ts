import { sql } from 'kysely';
import type { Tx } from '../platform/db/tenant.ts';

/**
 * The policy area owns case_fact and fact_refresh. Every figure is one grouped query over one
 * municipality's rows, bounded by a period, so its cost follows the period and not the archive.
 */

/** '2025-K3'; grouped by the truncated date, a cheaper sort key than the text. */
const quarterKey = (col: string) => sql`date_trunc('quarter', ${sql.ref(col)})`;
const quarter = (col: string) => sql<string>`to_char(${quarterKey(col)}, 'YYYY-"K"Q')`;

export async function refreshedAt(tx: Tx): Promise<string | null> {
  const row = await tx.selectFrom('fact_refresh').select('refreshed_at').executeTakeFirst();
  return row ? new Date(row.refreshed_at).toISOString() : null;
}

/** Intakes (also a later one about the same household) per ISO week, Monday as YYYY-MM-DD, Dutch time. */
export async function intakesPerWeek(tx: Tx, from: string) {
  const rows = await sql<{ week: string; n: number }>`
    select to_char(date_trunc('week', reported_at at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD') as week, count(*)::int as n
    from intake where reported_at >= (${from}::date)::timestamp at time zone 'Europe/Amsterdam'
    group by 1`.execute(tx);
  return new Map(rows.rows.map((r) => [r.week, r.n]));
}

export async function leadTimes(tx: Tx, from: string) {
  const rows = await sql<{
    quarter: string; contacted: number; contact_in_norm: number; contact_median: number | null; started: number; start_in_norm: number;
    start_median: number | null; waiting: number;
  }>`
    select ${quarter('reported_on')} as quarter,
      count(first_contact_on)::int as contacted,
      count(*) filter (where first_contact_in_norm)::int as contact_in_norm,
      percentile_cont(0.5) within group (order by first_contact_days) as contact_median,
      count(started_on)::int as started,
      count(*) filter (where start_in_norm)::int as start_in_norm,
      percentile_cont(0.5) within group (order by start_days) as start_median,
      count(*) filter (where first_contact_on is null and status = 'new')::int as waiting
    from case_fact where reported_on >= ${from}::date group by ${quarterKey('reported_on')}`.execute(tx);
  return new Map(rows.rows.map((r) => [r.quarter, r]));
}

export async function openPerStep(tx: Tx) {
  const rows = await sql<{ status: string; step: number; n: number }>`
    select status, step, count(*)::int as n from case_fact where status in ('new', 'active') group by status, step`.execute(tx);
  return rows.rows;
}

export async function closedPerQuarter(tx: Tx, from: string) {
  const rows = await sql<{ quarter: string; closed: number; breakthroughs: number }>`
    select ${quarter('closed_on')} as quarter, count(*)::int as closed, count(*) filter (where outcome = 'breakthrough')::int as breakthroughs
    from case_fact where closed_on >= ${from}::date group by ${quarterKey('closed_on')}`.execute(tx);
  return new Map(rows.rows.map((r) => [r.quarter, r]));
}

/** Cases with a cost sum, by quarter of intake: what their support costs now, what the breakthroughs cost, and what they avoid. */
export async function costsPerQuarter(tx: Tx, from: string) {
  const rows = await sql<{ quarter: string; cases: number; current: string; one_off: string; yearly: string; avoided: string }>`
    select ${quarter('reported_on')} as quarter, count(*)::int as cases, sum(current_yearly_cents) as current,
      sum(one_off_cents) as one_off, sum(yearly_cents) as yearly, sum(avoided_1y_cents) as avoided
    from case_fact where reported_on >= ${from}::date and has_cost_sum group by ${quarterKey('reported_on')}`.execute(tx);
  return new Map(rows.rows.map((r) => [r.quarter, r]));
}

export async function recurrencesPerQuarter(tx: Tx, from: string) {
  const rows = await sql<{ quarter: string; cases: number; recurrences: number }>`
    select ${quarter('reported_on')} as quarter, count(*)::int as cases, count(*) filter (where recurrence)::int as recurrences
    from case_fact where reported_on >= ${from}::date group by ${quarterKey('reported_on')}`.execute(tx);
  return new Map(rows.rows.map((r) => [r.quarter, r]));
}
