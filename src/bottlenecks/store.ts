import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import {
  type Basis, type BlockerGroup, type BottleneckStatus, DEFAULT_THRESHOLD, DEFAULT_WINDOW_MONTHS, type EvidenceCase, type Resolution,
} from './model.ts';

/** The bottlenecks area owns learning_setting, systemic_bottleneck, bottleneck_case and bottleneck_status_change. */

const OPEN = ['signalled', 'on_agenda', 'in_discussion'];
const CLOSED = ['resolved', 'not_taken_up'];

/** Amsterdam calendar date of a case's report: the window and the quarters are counted in Dutch days. */
const reportedOn = sql<string>`to_char(c.reported_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`;
const inWindow = (since: string) => sql<boolean>`(c.reported_at >= ${since}::date or c.status in ('new', 'active'))`;
/** The same window on bottleneck_key, which carries the case's report time and whether it is open. */
const keyInWindow = (since: string) => sql<boolean>`(k.reported_at >= ${since}::date or k.open)`;
/** A bottleneck's key in bottleneck_key: its rule or its organisation. */
const keyOf = (b: string) => sql`coalesce(${sql.ref(`${b}.rule_id`)}::text, ${sql.ref(`${b}.organisation_key`)})`;

// ── settings ───────────────────────────────────────────────────────────
export async function settingsOf(tx: Tx) {
  const row = await tx.selectFrom('learning_setting').select(['bottleneck_threshold', 'bottleneck_window_months', 'version', 'updated_at'])
    .executeTakeFirst();
  return {
    threshold: row?.bottleneck_threshold ?? DEFAULT_THRESHOLD, windowMonths: row?.bottleneck_window_months ?? DEFAULT_WINDOW_MONTHS,
    version: row?.version ?? 0, updatedAt: row ? new Date(row.updated_at).toISOString() : null,
  };
}

/** Creates the row (version 0 expected) or updates it while the version still matches; undefined when stale. */
export async function saveSettings(tx: Tx, tenantId: string, userId: string, v: { threshold: number; windowMonths: number }, version: number) {
  const set = { bottleneck_threshold: v.threshold, bottleneck_window_months: v.windowMonths, updated_by: userId, updated_at: new Date() };
  if (version === 0) {
    return tx.insertInto('learning_setting').values({ tenant_id: tenantId, ...set })
      .onConflict((oc) => oc.column('tenant_id').doNothing()).returning('version').executeTakeFirst();
  }
  return tx.updateTable('learning_setting').set({ ...set, version: sql`version + 1` } as never)
    .where('version', '=', version).returning('version').executeTakeFirst();
}

// ── grouping ───────────────────────────────────────────────────────────
/** Per rule: blocked cases in the window, and those reported after its last closed bottleneck. */
export async function ruleGroups(tx: Tx, since: string): Promise<BlockerGroup[]> {
  const rows = await sql<{ key: string; label: string; in_window: number; closed_at: Date | null; since_closed: number; has_open: boolean }>`
    with closed as (
      select rule_id, max(status_changed_at) as closed_at from systemic_bottleneck
      where basis = 'rule' and status in (${sql.join(CLOSED)}) group by rule_id
    )
    select r.id as key, r.law || coalesce(' ' || r.article, '') || ': ' || r.name as label,
      count(*)::int as in_window, cl.closed_at,
      (count(*) filter (where cl.closed_at is null or k.reported_at > cl.closed_at))::int as since_closed,
      exists (select 1 from systemic_bottleneck o where o.basis = 'rule' and o.rule_id = r.id and o.status in (${sql.join(OPEN)})) as has_open
    from bottleneck_key k
    join rule r on r.tenant_id = k.tenant_id and r.id = k.key::uuid
    left join closed cl on cl.rule_id = r.id
    where k.basis = 'rule' and ${keyInWindow(since)}
    group by r.id, r.law, r.article, r.name, cl.closed_at`.execute(tx);
  return rows.rows.map((r) => ({
    basis: 'rule', key: r.key, label: r.label, inWindow: r.in_window, lastClosedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    sinceClosed: r.since_closed, hasOpen: r.has_open,
  }));
}

/** Per organisation involved in a case with a blocker: how many such cases. */
export async function organisationGroups(tx: Tx, since: string): Promise<BlockerGroup[]> {
  const rows = await sql<{ key: string; label: string; in_window: number; closed_at: Date | null; since_closed: number; has_open: boolean }>`
    with closed as (
      select organisation_key, max(status_changed_at) as closed_at from systemic_bottleneck
      where basis = 'organisation' and status in (${sql.join(CLOSED)}) group by organisation_key
    )
    select k.key, min(k.label) as label, count(*)::int as in_window, cl.closed_at,
      (count(*) filter (where cl.closed_at is null or k.reported_at > cl.closed_at))::int as since_closed,
      exists (select 1 from systemic_bottleneck o where o.basis = 'organisation' and o.organisation_key = k.key and o.status in (${sql.join(OPEN)})) as has_open
    from bottleneck_key k left join closed cl on cl.organisation_key = k.key
    where k.basis = 'organisation' and ${keyInWindow(since)}
    group by k.key, cl.closed_at`.execute(tx);
  return rows.rows.map((r) => ({
    basis: 'organisation', key: r.key, label: r.label, inWindow: r.in_window, lastClosedAt: r.closed_at ? new Date(r.closed_at).toISOString() : null,
    sinceClosed: r.since_closed, hasOpen: r.has_open,
  }));
}

/** Per kind of blocker: how many cases in the window. */
export async function kindGroups(tx: Tx, since: string) {
  const rows = await sql<{ kind: string; cases: number }>`
    select k as kind, count(*)::int as cases
    from blocker b join cases c on c.tenant_id = b.tenant_id and c.id = b.case_id, unnest(b.kinds) as k
    where ${inWindow(since)} group by k order by cases desc, k`.execute(tx);
  return rows.rows;
}

// ── bottlenecks ────────────────────────────────────────────────────────
export interface NewBottleneck {
  basis: Basis; ruleId?: string | null; organisationKey?: string | null; title: string; description?: string | null; ownerOrganisation?: string | null;
}

export async function insertBottleneck(tx: Tx, tenantId: string, userId: string, b: NewBottleneck): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('systemic_bottleneck').values({
    tenant_id: tenantId, id, basis: b.basis, rule_id: b.ruleId ?? null, organisation_key: b.organisationKey ?? null, title: b.title,
    description: b.description ?? null, owner_organisation: b.ownerOrganisation ?? null, created_by: userId,
  }).execute();
  await tx.insertInto('bottleneck_status_change').values({
    tenant_id: tenantId, id: uuidv7(), bottleneck_id: id, status: 'signalled', reason: null, resolution: null, changed_by: userId,
  }).execute();
  return id;
}

export function openBottleneckFor(tx: Tx, basis: 'rule' | 'organisation', key: string) {
  return tx.selectFrom('systemic_bottleneck').select(['id', 'title'])
    .where('basis', '=', basis).where(basis === 'rule' ? 'rule_id' : 'organisation_key', '=', key)
    .where('status', 'in', OPEN as BottleneckStatus[]).executeTakeFirst();
}

const columns = [
  'b.id', 'b.basis', 'b.rule_id', 'b.organisation_key', 'b.title', 'b.description', 'b.owner_organisation', 'b.status', 'b.resolution',
  'b.status_reason', 'b.status_changed_at', 'b.created_at', 'b.updated_at', 'b.version',
  'r.code as rule_code', 'r.name as rule_name', 'r.law as rule_law', 'r.article as rule_article', 'r.purpose as rule_purpose', 'r.url as rule_url',
] as const;

export function bottleneck(tx: Tx, id: string) {
  return tx.selectFrom('systemic_bottleneck as b').leftJoin('rule as r', 'r.id', 'b.rule_id').select(columns)
    .where('b.id', '=', id).executeTakeFirst();
}
export type BottleneckRow = NonNullable<Awaited<ReturnType<typeof bottleneck>>>;

export function bottlenecks(tx: Tx, status: 'open' | 'closed' | 'all') {
  let q = tx.selectFrom('systemic_bottleneck as b').leftJoin('rule as r', 'r.id', 'b.rule_id').select(columns);
  if (status !== 'all') q = q.where('b.status', 'in', (status === 'open' ? OPEN : CLOSED) as BottleneckStatus[]);
  return q.orderBy(sql`b.status in ('resolved', 'not_taken_up')`).orderBy('b.updated_at', 'desc').orderBy('b.id').limit(500).execute();
}

export interface BottleneckChange {
  title?: string; description?: string | null; ownerOrganisation?: string | null;
  status?: BottleneckStatus; reason?: string | null; resolution?: Resolution | null;
}

/** Updates while the version matches; a new status lands in the history in the same transaction. */
export async function updateBottleneck(tx: Tx, tenantId: string, userId: string, id: string, version: number, ch: BottleneckChange) {
  const now = new Date();
  const set = {
    ...(ch.title !== undefined ? { title: ch.title } : {}),
    ...(ch.description !== undefined ? { description: ch.description } : {}),
    ...(ch.ownerOrganisation !== undefined ? { owner_organisation: ch.ownerOrganisation } : {}),
    ...(ch.status !== undefined ? {
      status: ch.status, status_reason: ch.reason ?? null, resolution: ch.status === 'resolved' ? ch.resolution ?? null : null, status_changed_at: now,
    } : {}),
    updated_at: now,
  };
  const row = await tx.updateTable('systemic_bottleneck').set({ ...set, version: sql`version + 1` } as never)
    .where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
  if (row && ch.status !== undefined) {
    await tx.insertInto('bottleneck_status_change').values({
      tenant_id: tenantId, id: uuidv7(), bottleneck_id: id, status: ch.status, reason: ch.reason ?? null,
      resolution: ch.status === 'resolved' ? ch.resolution ?? null : null, changed_by: userId,
    }).execute();
  }
  return row;
}

export function statusHistory(tx: Tx, id: string) {
  return tx.selectFrom('bottleneck_status_change as h').leftJoin('app_user as u', 'u.id', 'h.changed_by')
    .select(['h.status', 'h.resolution', 'h.reason', 'h.changed_at', 'u.name']).where('h.bottleneck_id', '=', id)
    .orderBy('h.changed_at').orderBy('h.id').execute();
}

// ── the cases behind a bottleneck ──────────────────────────────────────
/**
 * The cases of a bottleneck: blocked by its rule or with its organisation involved (within the
 * window), and every case a coordinator flagged by hand.
 */
function casesOf(b: { id: string; basis: Basis; rule_id: string | null; organisation_key: string | null }, since: string) {
  const key = b.basis === 'rule' ? b.rule_id : b.basis === 'organisation' ? b.organisation_key : null;
  return sql`
    select x.case_id, bool_or(x.flagged) as flagged from (
      select k.case_id, false as flagged from bottleneck_key k
        where k.basis = ${b.basis} and k.key = ${key} and ${keyInWindow(since)}
      union all
      select bc.case_id, true from bottleneck_case bc where bc.bottleneck_id = ${b.id}
    ) x group by x.case_id`;
}

export async function evidenceCases(tx: Tx, b: BottleneckRow, since: string): Promise<(EvidenceCase & { householdId: string; legalBasis: string })[]> {
  const rows = await sql<{
    case_id: string; household_id: string; legal_basis: string; reported_on: string; status: string; step: number; life_domains: string[]; kinds: string[] | null;
    agencies: number | null; current_yearly_cents: string | null; flagged: boolean;
  }>`
    select c.id as case_id, c.household_id, c.legal_basis, ${reportedOn} as reported_on, c.status, c.step, c.life_domains, bl.kinds,
      cc.agencies, cc.current_yearly_cents, x.flagged
    from (${casesOf(b, since)}) x
    join cases c on c.id = x.case_id
    left join blocker bl on bl.tenant_id = c.tenant_id and bl.case_id = c.id
    left join case_cost cc on cc.tenant_id = c.tenant_id and cc.case_id = c.id
    order by c.reported_at desc, c.id`.execute(tx);
  return rows.rows.map((r) => ({
    caseId: r.case_id, householdId: r.household_id, legalBasis: r.legal_basis, reportedOn: r.reported_on, status: r.status, step: r.step, lifeDomains: r.life_domains,
    kinds: r.kinds ?? [], agencies: r.agencies ?? 0, currentYearlyCents: Number(r.current_yearly_cents ?? 0), flagged: r.flagged,
  }));
}

/** Case counts of many bottlenecks in one query, for lists. */
export async function caseCounts(tx: Tx, ids: string[], since: string): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  // The keys are worked out first, as plain text: a cast inside the join condition would not be
  // leakproof, and row-level security would then keep it out of the index.
  const rows = await sql<{ id: string; n: number }>`
    with b as materialized (
      select id, basis, ${keyOf('systemic_bottleneck')} as key from systemic_bottleneck where id in (${sql.join(ids)})
    )
    select b.id, count(distinct x.case_id)::int as n
    from b
    left join lateral (
      select k.case_id from bottleneck_key k where k.basis = b.basis and k.key = b.key and ${keyInWindow(since)}
      union
      select bc.case_id from bottleneck_case bc where bc.bottleneck_id = b.id
    ) x on true
    group by b.id`.execute(tx);
  return new Map(rows.rows.map((r) => [r.id, r.n]));
}

// ── flags by hand ──────────────────────────────────────────────────────
export async function flagCase(tx: Tx, tenantId: string, bottleneckId: string, caseId: string, userId: string, note: string | null) {
  const row = await tx.insertInto('bottleneck_case').values({ tenant_id: tenantId, bottleneck_id: bottleneckId, case_id: caseId, note, flagged_by: userId })
    .onConflict((oc) => oc.columns(['tenant_id', 'bottleneck_id', 'case_id']).doNothing()).returning('case_id').executeTakeFirst();
  return !!row;
}

export async function unflagCase(tx: Tx, bottleneckId: string, caseId: string) {
  const row = await tx.deleteFrom('bottleneck_case').where('bottleneck_id', '=', bottleneckId).where('case_id', '=', caseId)
    .returning('case_id').executeTakeFirst();
  return !!row;
}

/** The bottlenecks a case is part of: by its rules, its organisations, or a flag by hand. */
export async function bottlenecksOfCase(tx: Tx, caseId: string) {
  const rows = await sql<{ id: string; flagged: boolean }>`
    select b.id, exists (select 1 from bottleneck_case bc where bc.bottleneck_id = b.id and bc.case_id = ${caseId}) as flagged
    from systemic_bottleneck b
    where exists (select 1 from bottleneck_case bc where bc.bottleneck_id = b.id and bc.case_id = ${caseId})
      or exists (select 1 from bottleneck_key k where k.case_id = ${caseId} and k.basis = b.basis and k.key = ${keyOf('b')})
    order by b.created_at`.execute(tx);
  return rows.rows;
}

export function hasBlocker(tx: Tx, caseId: string) {
  return tx.selectFrom('blocker').select('case_id').where('case_id', '=', caseId).executeTakeFirst();
}
