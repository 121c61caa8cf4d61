import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { CornerRow, RuleSnapshot, SkippedLevel, WeighingRow } from '../database/decisions.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { DEFAULT_DUE_WORKING_DAYS, type Outcome, defaultCorners } from './model.ts';

/** The decisions area owns decision_settings, decision_request, decision_rule and decision_step. */

// ── settings ───────────────────────────────────────────────────────────
export async function settingsOf(tx: Tx) {
  const row = await tx.selectFrom('decision_settings as s').leftJoin('app_user as u', 'u.id', 's.updated_by')
    .select(['s.corners', 's.due_working_days', 's.objection_address', 's.version', 's.updated_at', 'u.name']).executeTakeFirst();
  return {
    corners: (row?.corners as CornerRow[] | undefined) ?? defaultCorners,
    dueWorkingDays: row?.due_working_days ?? DEFAULT_DUE_WORKING_DAYS,
    objectionAddress: row?.objection_address ?? null,
    version: row?.version ?? 0,
    updatedAt: row?.updated_at ? new Date(row.updated_at).toISOString() : null,
    updatedBy: row?.name ?? null,
  };
}
export type Settings = Awaited<ReturnType<typeof settingsOf>>;

/** Creates the row (version 0 expected) or updates it when the version still matches; undefined when stale. */
export function saveSettings(tx: Tx, tenantId: string, s: { corners: CornerRow[]; dueWorkingDays: number; objectionAddress: string | null }, by: string, version: number) {
  const values = { corners: JSON.stringify(s.corners), due_working_days: s.dueWorkingDays, objection_address: s.objectionAddress, updated_by: by, updated_at: new Date() };
  if (version === 0) {
    return tx.insertInto('decision_settings').values({ tenant_id: tenantId, ...values })
      .onConflict((oc) => oc.column('tenant_id').doNothing()).returning('version').executeTakeFirst();
  }
  return tx.updateTable('decision_settings').set({ ...values, version: sql`version + 1` } as never)
    .where('version', '=', version).returning('version').executeTakeFirst();
}

// ── requests ───────────────────────────────────────────────────────────
export interface NewRequest {
  tenantId: string; caseId: string; requestedBy: string; question: string; proposedStep: string; alternatives: string | null;
  rules: RuleSnapshot[]; blockerKinds: string[]; lifeDomains: string[]; costSum: Record<string, unknown>; amountCents: number;
  weighing: WeighingRow[]; residentView: string | null; levelId: string; dueOn: string;
}

export async function insertRequest(tx: Tx, r: NewRequest): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('decision_request').values({
    tenant_id: r.tenantId, id, case_id: r.caseId, requested_by: r.requestedBy, question: r.question, proposed_step: r.proposedStep,
    alternatives: r.alternatives, rules: JSON.stringify(r.rules), blocker_kinds: r.blockerKinds, life_domains: r.lifeDomains,
    cost_sum: JSON.stringify(r.costSum), amount_cents: r.amountCents, weighing: JSON.stringify(r.weighing), resident_view: r.residentView,
    level_id: r.levelId, due_on: r.dueOn,
  }).execute();
  if (r.rules.length) {
    await tx.insertInto('decision_rule').values(r.rules.map((x) => ({ tenant_id: r.tenantId, decision_id: id, rule_id: x.id }))).execute();
  }
  return id;
}

function requestQuery(tx: Tx) {
  return tx.selectFrom('decision_request as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .innerJoin('mandate_level as l', 'l.id', 'd.level_id')
    .innerJoin('app_user as rq', 'rq.id', 'd.requested_by')
    .leftJoin('app_user as dc', 'dc.id', 'd.decided_by')
    .leftJoin('mandate_level as dl', 'dl.id', 'd.decided_level_id')
    .selectAll('d')
    .select(['c.reference', 'c.household_id', 'c.legal_basis', 'c.coordinator_id', 'l.name as level_name', 'l.rank as level_rank',
      'rq.name as requested_by_name', 'dc.name as decided_by_name', 'dl.name as decided_level_name']);
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['executeTakeFirstOrThrow']>>;

export function requestById(tx: Tx, caseId: string, id: string) {
  return requestQuery(tx).where('d.case_id', '=', caseId).where('d.id', '=', id).executeTakeFirst();
}

export function requestsOfCase(tx: Tx, caseId: string) {
  return requestQuery(tx).where('d.case_id', '=', caseId).orderBy('d.requested_at', 'desc').orderBy('d.id', 'desc').execute();
}

/** Locks the request for a decision, escalation or withdrawal: whoever comes second sees the first one's outcome. */
export function lockRequest(tx: Tx, caseId: string, id: string) {
  return tx.selectFrom('decision_request').select(['id', 'status', 'version', 'level_id', 'amount_cents'])
    .where('case_id', '=', caseId).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function openRequestOfCase(tx: Tx, caseId: string) {
  return tx.selectFrom('decision_request').select(['id']).where('case_id', '=', caseId).where('status', '=', 'pending').executeTakeFirst();
}

export interface Decided {
  outcome: Outcome; reasons: string; conditions: string | null; nextSteps: string | null; approvedCents: number | null;
  decidedBy: string; levelId: string; at: Date;
}

/** Records the decision, provided nobody decided, escalated or withdrew it since `version`. */
export function markDecided(tx: Tx, id: string, version: number, d: Decided) {
  return tx.updateTable('decision_request').set({
    status: 'decided', outcome: d.outcome, reasons: d.reasons, conditions: d.conditions, next_steps: d.nextSteps,
    approved_cents: d.approvedCents, decided_by: d.decidedBy, decided_level_id: d.levelId, decided_at: d.at, version: sql`version + 1`,
  } as never).where('id', '=', id).where('status', '=', 'pending').where('version', '=', version).returning('version').executeTakeFirst();
}

export function markWithdrawn(tx: Tx, id: string, version: number, reason: string) {
  return tx.updateTable('decision_request').set({ status: 'withdrawn', withdrawn_reason: reason, version: sql`version + 1` } as never)
    .where('id', '=', id).where('status', '=', 'pending').where('version', '=', version).returning('version').executeTakeFirst();
}

export function moveToLevel(tx: Tx, id: string, levelId: string, due: string) {
  return tx.updateTable('decision_request').set({ level_id: levelId, due_on: due, escalations: sql`escalations + 1`, version: sql`version + 1` } as never)
    .where('id', '=', id).where('status', '=', 'pending').returning('version').executeTakeFirst();
}

/** Stretches the due date of a request that has nowhere higher to go, so it is not escalated every day. */
export function extendDue(tx: Tx, id: string, due: string) {
  return tx.updateTable('decision_request').set({ due_on: due }).where('id', '=', id).where('status', '=', 'pending').execute();
}

export async function insertStep(tx: Tx, s: { tenantId: string; decisionId: string; levelId: string; reason: 'routed' | 'overdue'; dueOn: string; skipped: SkippedLevel[]; actorId: string | null; at?: Date }) {
  await tx.insertInto('decision_step').values({
    tenant_id: s.tenantId, id: uuidv7(), decision_id: s.decisionId, level_id: s.levelId, reason: s.reason, due_on: s.dueOn,
    skipped: JSON.stringify(s.skipped), actor_id: s.actorId, ...(s.at ? { at: s.at } : {}),
  }).execute();
}

export function stepsOf(tx: Tx, decisionIds: string[]) {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('decision_step as s').innerJoin('mandate_level as l', 'l.id', 's.level_id')
    .select(['s.decision_id', 's.at', 's.level_id', 's.reason', 's.due_on', 's.skipped', 'l.name as level_name'])
    .where('s.decision_id', 'in', decisionIds).orderBy('s.at').orderBy('s.id').execute();
}

/**
 * Earlier decisions of the municipality on another case that share a rule or a blocker kind with
 * this request: like cases, like answers. Newest first.
 */
export function precedents(tx: Tx, d: { id: string; case_id: string; blocker_kinds: string[] }, limit = 10) {
  return tx.selectFrom('decision_request as p')
    .innerJoin('cases as c', 'c.id', 'p.case_id')
    .leftJoin('mandate_level as l', 'l.id', 'p.decided_level_id')
    .select(['p.id', 'p.case_id', 'c.household_id', 'c.legal_basis', 'p.question', 'p.proposed_step', 'p.outcome', 'p.reasons', 'p.conditions',
      'p.amount_cents', 'p.approved_cents', 'p.decided_at', 'p.rules', 'p.blocker_kinds', 'l.name as level_name'])
    .where('p.status', '=', 'decided').where('p.case_id', '<>', d.case_id)
    .where((eb) => eb.or([
      eb.exists(eb.selectFrom('decision_rule as a').innerJoin('decision_rule as b', 'b.rule_id', 'a.rule_id')
        .select('a.rule_id').where('a.decision_id', '=', d.id).whereRef('b.decision_id', '=', 'p.id')),
      ...(d.blocker_kinds.length ? [sql<boolean>`p.blocker_kinds && ${sql.val(d.blocker_kinds)}::text[]`] : []),
    ]))
    .orderBy('p.decided_at', 'desc').limit(limit).execute();
}

/** Pending requests at a level this person holds: the decider's inbox. */
export function pendingForHolder(tx: Tx, userId: string) {
  return requestQuery(tx).innerJoin('mandate_holder as h', 'h.level_id', 'd.level_id').where('h.user_id', '=', userId)
    .where('d.status', '=', 'pending').orderBy('d.due_on').orderBy('d.requested_at').execute();
}

export function requestedBy(tx: Tx, userId: string, limit = 100) {
  return requestQuery(tx).where('d.requested_by', '=', userId).orderBy('d.requested_at', 'desc').limit(limit).execute();
}

/** Whether this person holds the level at which a request on this case now waits: need-to-know for the decider. */
export async function pendingAtLevelOf(tx: Tx, caseId: string, userId: string): Promise<boolean> {
  const row = await tx.selectFrom('decision_request as d').innerJoin('mandate_holder as h', 'h.level_id', 'd.level_id')
    .select('d.id').where('d.case_id', '=', caseId).where('d.status', '=', 'pending').where('h.user_id', '=', userId)
    .limit(1).executeTakeFirst();
  return !!row;
}

/** Whether this person holds (or held) one of these levels: a decider who just lost access to a decided request. */
export async function holdsAnyLevel(tx: Tx, userId: string, levelIds: (string | null)[]): Promise<boolean> {
  const ids = levelIds.filter((l): l is string => !!l);
  if (ids.length === 0) return false;
  const row = await tx.selectFrom('mandate_holder').select('user_id').where('user_id', '=', userId).where('level_id', 'in', ids).limit(1).executeTakeFirst();
  return !!row;
}

/** Pending requests past their due date, for the escalation job. */
export function overdueRequests(tx: Tx, today: string) {
  return requestQuery(tx).where('d.status', '=', 'pending').where('d.due_on', '<', today).orderBy('d.due_on').execute();
}

/**
 * Erasure and retention: the requests' free text goes; outcome, amounts, levels, rules and kinds stay
 * for figures and the budget's accounts.
 */
export async function blankDecisions(tx: Tx, tenantId: string, caseId: string) {
  const erased = 'Verwijderd';
  const rows = await tx.selectFrom('decision_request').select(['id', 'weighing']).where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  for (const r of rows) {
    const weighing = (r.weighing as WeighingRow[]).map((w) => ({ ...w, text: erased }));
    await tx.updateTable('decision_request').set({
      question: erased, proposed_step: erased, alternatives: null, resident_view: null, reasons: sql`case when reasons is null then null else ${erased} end`,
      conditions: sql`case when conditions is null then null else ${erased} end`, next_steps: null, withdrawn_reason: null,
      weighing: JSON.stringify(weighing),
    } as never).where('tenant_id', '=', tenantId).where('id', '=', r.id).execute();
  }
}
