import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { ActionStatus, GoalSource, OwnerKind } from './model.ts';

/** The breakthrough area owns perspective, rule, blocker, blocker_rule, plan_goal and plan_action. */

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const cents = (v: unknown) => (v == null ? null : Number(v));

// ── perspective ────────────────────────────────────────────────────────
export async function perspectiveOf(tx: Tx, caseId: string) {
  const row = await tx.selectFrom('perspective as p').leftJoin('app_user as u', 'u.id', 'p.updated_by')
    .select(['p.own_words', 'p.own_strength', 'p.network_strength', 'p.needs', 'p.dream_scenario', 'p.version', 'p.updated_at', 'u.name'])
    .where('p.case_id', '=', caseId).executeTakeFirst();
  return {
    ownWords: row?.own_words ?? null, ownStrength: row?.own_strength ?? null, networkStrength: row?.network_strength ?? null,
    needs: row?.needs ?? null, dreamScenario: row?.dream_scenario ?? null, version: row?.version ?? 0,
    updatedAt: iso(row?.updated_at ?? null), updatedBy: row?.name ?? null,
  };
}
export type PerspectiveView = Awaited<ReturnType<typeof perspectiveOf>>;

export interface PerspectiveValues {
  ownWords: string | null; ownStrength: string | null; networkStrength: string | null; needs: string | null; dreamScenario: string | null;
}

/** Creates the row (version 0 expected) or updates it when the version still matches; null when stale. */
export async function savePerspective(tx: Tx, tenantId: string, caseId: string, userId: string, v: Partial<PerspectiveValues>, version: number) {
  const set = {
    ...('ownWords' in v ? { own_words: v.ownWords ?? null } : {}), ...('ownStrength' in v ? { own_strength: v.ownStrength ?? null } : {}),
    ...('networkStrength' in v ? { network_strength: v.networkStrength ?? null } : {}), ...('needs' in v ? { needs: v.needs ?? null } : {}),
    ...('dreamScenario' in v ? { dream_scenario: v.dreamScenario ?? null } : {}),
    updated_by: userId, updated_at: new Date(),
  };
  if (version === 0) {
    return tx.insertInto('perspective').values({ tenant_id: tenantId, case_id: caseId, ...set })
      .onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doNothing()).returning('version').executeTakeFirst();
  }
  return tx.updateTable('perspective').set({ ...set, version: sql`version + 1` } as never)
    .where('case_id', '=', caseId).where('version', '=', version).returning('version').executeTakeFirst();
}

// ── rules catalogue ────────────────────────────────────────────────────
const ruleColumns = ['r.id', 'r.code', 'r.name', 'r.law', 'r.article', 'r.purpose', 'r.url', 'r.active', 'r.version'] as const;

export function rules(tx: Tx, active: boolean | null) {
  let q = tx.selectFrom('rule as r')
    .select(ruleColumns)
    .select((eb) => eb.selectFrom('blocker_rule as b').select(eb.fn.countAll<number>().as('n')).whereRef('b.rule_id', '=', 'r.id').as('cases'))
    .orderBy('r.law').orderBy('r.code');
  if (active !== null) q = q.where('r.active', '=', active);
  return q.execute();
}

export function rule(tx: Tx, id: string) {
  return tx.selectFrom('rule as r').select(ruleColumns)
    .select((eb) => eb.selectFrom('blocker_rule as b').select(eb.fn.countAll<number>().as('n')).whereRef('b.rule_id', '=', 'r.id').as('cases'))
    .where('r.id', '=', id).executeTakeFirst();
}

export function ruleByCode(tx: Tx, code: string) {
  return tx.selectFrom('rule').select(['id']).where(sql<boolean>`lower(code) = lower(${code})`).executeTakeFirst();
}

export interface RuleValues {
  code: string; name: string; law: string; article?: string | null; purpose?: string | null; url?: string | null; active?: boolean;
}

export async function insertRule(tx: Tx, tenantId: string, r: RuleValues): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('rule').values({
    tenant_id: tenantId, id, code: r.code, name: r.name, law: r.law, article: r.article ?? null, purpose: r.purpose ?? null,
    url: r.url ?? null, active: r.active ?? true,
  }).execute();
  return id;
}

export function updateRule(tx: Tx, id: string, set: Partial<RuleValues>, version: number) {
  return tx.updateTable('rule').set({ ...set, version: sql`version + 1` } as never)
    .where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

// ── blocker ────────────────────────────────────────────────────────────
export function blockerRules(tx: Tx, caseId: string) {
  return tx.selectFrom('blocker_rule as b').innerJoin('rule as r', 'r.id', 'b.rule_id')
    .select(['r.id', 'r.code', 'r.name', 'r.law', 'r.article', 'r.purpose', 'r.url'])
    .where('b.case_id', '=', caseId).orderBy('r.law').orderBy('r.code').execute();
}

export async function blockerOf(tx: Tx, caseId: string) {
  const [row, linked] = await Promise.all([
    tx.selectFrom('blocker as b').leftJoin('app_user as u', 'u.id', 'b.updated_by')
      .select(['b.problem', 'b.blocked_by', 'b.kinds', 'b.proposed_step', 'b.one_off_cents', 'b.yearly_cents', 'b.version', 'b.updated_at', 'u.name'])
      .where('b.case_id', '=', caseId).executeTakeFirst(),
    blockerRules(tx, caseId),
  ]);
  return {
    problem: row?.problem ?? null, blockedBy: row?.blocked_by ?? null, kinds: row?.kinds ?? [],
    rules: linked, proposedStep: row?.proposed_step ?? null,
    oneOffCents: cents(row?.one_off_cents), yearlyCents: cents(row?.yearly_cents),
    version: row?.version ?? 0, updatedAt: iso(row?.updated_at ?? null), updatedBy: row?.name ?? null,
  };
}
export type BlockerView = Awaited<ReturnType<typeof blockerOf>>;

export interface BlockerValues {
  problem?: string | null; blockedBy?: string | null; kinds?: string[]; proposedStep?: string | null;
  oneOffCents?: number | null; yearlyCents?: number | null;
}

export async function saveBlocker(tx: Tx, tenantId: string, caseId: string, userId: string, v: BlockerValues, version: number) {
  const set = {
    ...('problem' in v ? { problem: v.problem ?? null } : {}), ...('blockedBy' in v ? { blocked_by: v.blockedBy ?? null } : {}),
    ...(v.kinds ? { kinds: v.kinds } : {}), ...('proposedStep' in v ? { proposed_step: v.proposedStep ?? null } : {}),
    ...('oneOffCents' in v ? { one_off_cents: v.oneOffCents ?? null } : {}), ...('yearlyCents' in v ? { yearly_cents: v.yearlyCents ?? null } : {}),
    updated_by: userId, updated_at: new Date(),
  };
  if (version === 0) {
    return tx.insertInto('blocker').values({ tenant_id: tenantId, case_id: caseId, ...set })
      .onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doNothing()).returning('version').executeTakeFirst();
  }
  return tx.updateTable('blocker').set({ ...set, version: sql`version + 1` } as never)
    .where('case_id', '=', caseId).where('version', '=', version).returning('version').executeTakeFirst();
}

/** Rules that exist in this municipality: active ones, or inactive ones the case already had. */
export async function usableRules(tx: Tx, caseId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.selectFrom('rule as r')
    .leftJoin('blocker_rule as b', (j) => j.onRef('b.rule_id', '=', 'r.id').on('b.case_id', '=', caseId))
    .select('r.id').where('r.id', 'in', ids)
    .where((eb) => eb.or([eb('r.active', '=', true), eb('b.case_id', 'is not', null)])).execute();
  return new Set(rows.map((r) => r.id));
}

export async function setBlockerRules(tx: Tx, tenantId: string, caseId: string, ruleIds: string[]) {
  let q = tx.deleteFrom('blocker_rule').where('case_id', '=', caseId);
  if (ruleIds.length) q = q.where('rule_id', 'not in', ruleIds);
  await q.execute();
  if (ruleIds.length) {
    await tx.insertInto('blocker_rule').values(ruleIds.map((rule_id) => ({ tenant_id: tenantId, case_id: caseId, rule_id })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
}

// ── perspectiefplan ────────────────────────────────────────────────────
export function goalsOf(tx: Tx, caseId: string) {
  return tx.selectFrom('plan_goal').select(['id', 'text', 'source', 'position', 'version', 'created_at'])
    .where('case_id', '=', caseId).orderBy('position').orderBy('created_at').orderBy('id').execute();
}

export function actionsOf(tx: Tx, caseId: string) {
  return tx.selectFrom('plan_action')
    .select(['id', 'goal_id', 'what', 'owner_kind', 'owner_name', 'owner_user_id', 'due_on', 'status', 'version', 'created_at'])
    .where('case_id', '=', caseId).orderBy('created_at').orderBy('id').execute();
}

export function goal(tx: Tx, caseId: string, id: string) {
  return tx.selectFrom('plan_goal').select(['id', 'text', 'source', 'position', 'version']).where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export function action(tx: Tx, caseId: string, id: string) {
  return tx.selectFrom('plan_action')
    .select(['id', 'goal_id', 'what', 'owner_kind', 'owner_name', 'owner_user_id', 'due_on', 'status', 'version'])
    .where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export async function nextGoalPosition(tx: Tx, caseId: string): Promise<number> {
  const row = await tx.selectFrom('plan_goal').select(sql<number>`coalesce(max(position) + 1, 0)::int`.as('next'))
    .where('case_id', '=', caseId).executeTakeFirstOrThrow();
  return Number(row.next);
}

export async function insertGoal(tx: Tx, tenantId: string, caseId: string, g: { text: string; source: GoalSource; position: number }) {
  const id = uuidv7();
  await tx.insertInto('plan_goal').values({ tenant_id: tenantId, id, case_id: caseId, ...g }).execute();
  return id;
}

export function updateGoal(tx: Tx, caseId: string, id: string, set: { text?: string; source?: GoalSource; position?: number }, version: number) {
  return tx.updateTable('plan_goal').set({ ...set, version: sql`version + 1` } as never)
    .where('case_id', '=', caseId).where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

/** The goal's actions stay in the plan, without a goal. */
export async function deleteGoal(tx: Tx, caseId: string, id: string, version: number) {
  const locked = await tx.selectFrom('plan_goal').select('id').where('case_id', '=', caseId).where('id', '=', id)
    .where('version', '=', version).forUpdate().executeTakeFirst();
  if (!locked) return false;
  await tx.updateTable('plan_action').set({ goal_id: null, version: sql`version + 1` } as never)
    .where('case_id', '=', caseId).where('goal_id', '=', id).execute();
  await tx.deleteFrom('plan_goal').where('case_id', '=', caseId).where('id', '=', id).execute();
  return true;
}

export interface ActionValues {
  goalId?: string | null; what?: string; ownerKind?: OwnerKind; ownerName?: string; ownerUserId?: string | null;
  dueOn?: string | null; status?: ActionStatus;
}

const actionSet = (a: ActionValues) => ({
  ...(a.goalId !== undefined ? { goal_id: a.goalId } : {}), ...(a.what !== undefined ? { what: a.what } : {}),
  ...(a.ownerKind !== undefined ? { owner_kind: a.ownerKind } : {}), ...(a.ownerName !== undefined ? { owner_name: a.ownerName } : {}),
  ...(a.ownerUserId !== undefined ? { owner_user_id: a.ownerUserId } : {}), ...(a.dueOn !== undefined ? { due_on: a.dueOn } : {}),
  ...(a.status !== undefined ? { status: a.status } : {}),
});

export async function insertAction(tx: Tx, tenantId: string, caseId: string, a: ActionValues & { what: string; ownerKind: OwnerKind; ownerName: string }) {
  const id = uuidv7();
  await tx.insertInto('plan_action').values({ tenant_id: tenantId, id, case_id: caseId, ...actionSet(a) } as never).execute();
  return id;
}

export function updateAction(tx: Tx, caseId: string, id: string, a: ActionValues, version: number) {
  return tx.updateTable('plan_action').set({ ...actionSet(a), version: sql`version + 1` } as never)
    .where('case_id', '=', caseId).where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

export async function deleteAction(tx: Tx, caseId: string, id: string, version: number) {
  const row = await tx.deleteFrom('plan_action').where('case_id', '=', caseId).where('id', '=', id).where('version', '=', version)
    .returning('id').executeTakeFirst();
  return !!row;
}

// ── people ─────────────────────────────────────────────────────────────
/** A person of this municipality (staff or partner with an account here) who can own an action. */
export function tenantUser(tx: Tx, tenantId: string, userId: string) {
  return tx.selectFrom('membership as m').innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email', 'u.phone', 'u.disabled_at', 'm.organisation'])
    .where('m.tenant_id', '=', tenantId).where('m.user_id', '=', userId).executeTakeFirst();
}

export function userNames(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('app_user').select(['id', 'name']).where('id', 'in', ids).execute();
}

export function municipalityName(tx: Tx, tenantId: string) {
  return tx.selectFrom('tenant').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow();
}
