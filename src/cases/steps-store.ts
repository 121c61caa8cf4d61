import { sql } from 'kysely';
import type { Tx } from '../platform/db/tenant.ts';
import { type StepFacts, type StepRow, currentStep, stepStates } from './steps.ts';

/**
 * The step states of a case. The facts are read-only counts from the tables of the other steps
 * (household, life domains, involvements, perspective, blocker, cost sum, plan): no personal text
 * leaves the database here.
 */
export async function gatherStepFacts(tx: Tx, caseId: string, householdId: string): Promise<StepFacts> {
  const count = (n: unknown) => Number(n ?? 0);
  const row = await tx.selectNoFrom((eb) => [
    eb.exists(eb.selectFrom('intake').select('id').where('case_id', '=', caseId).where(sql<boolean>`length(trim(story)) > 0`)).as('story'),
    eb.selectFrom('person').select(eb.fn.countAll().as('n')).where('household_id', '=', householdId).where('erased_at', 'is', null).as('members'),
    eb.selectFrom('life_domain_assessment').select(sql<number>`count(distinct domain)`.as('n')).where('case_id', '=', caseId).as('domains'),
    eb.selectFrom('involvement').select(eb.fn.countAll().as('n')).where('case_id', '=', caseId).as('involvements'),
    eb.selectFrom('blocker_rule').select(eb.fn.countAll().as('n')).where('case_id', '=', caseId).as('rules'),
    eb.exists(eb.selectFrom('case_cost').select('case_id').where('case_id', '=', caseId)).as('cost'),
    eb.selectFrom('plan_action').select(eb.fn.countAll().as('n')).where('case_id', '=', caseId).where('status', '<>', 'dropped').as('actions'),
  ]).executeTakeFirstOrThrow();
  const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;
  const [perspective, blocker] = await Promise.all([
    tx.selectFrom('perspective').select(['own_words', 'needs']).where('case_id', '=', caseId).executeTakeFirst(),
    tx.selectFrom('blocker').select(['problem', 'kinds', 'proposed_step']).where('case_id', '=', caseId).executeTakeFirst(),
  ]);
  return {
    story: !!row.story, householdMembers: count(row.members), lifeDomainsAssessed: count(row.domains),
    involvements: count(row.involvements), perspectiveOwnWords: filled(perspective?.own_words),
    perspectiveNeeds: filled(perspective?.needs), blockerProblem: filled(blocker?.problem),
    blockerKinds: blocker?.kinds.length ?? 0, blockerRules: count(row.rules), proposedStep: filled(blocker?.proposed_step),
    costSum: !!row.cost, planActions: count(row.actions),
  };
}

export async function stepRows(tx: Tx, caseId: string): Promise<StepRow[]> {
  const rows = await tx.selectFrom('case_step as s').leftJoin('app_user as u', 'u.id', 's.completed_by')
    .select(['s.step', 's.completed_at', 's.completed_by', 's.reopened_at', 's.reopen_reason', 'u.name'])
    .where('s.case_id', '=', caseId).orderBy('s.step').execute();
  return rows.map((r) => ({
    step: r.step, completedAt: r.completed_at ? new Date(r.completed_at) : null,
    completedBy: r.completed_by ? { id: r.completed_by, name: r.name ?? '' } : null,
    reopenedAt: r.reopened_at ? new Date(r.reopened_at) : null, reopenReason: r.reopen_reason,
  }));
}

/** The six steps with their state, for the steps endpoint and the case overview. */
export async function stepsOfCase(tx: Tx, c: { id: string; household_id: string }, opts: { showReasons: boolean }) {
  const [facts, rows] = await Promise.all([gatherStepFacts(tx, c.id, c.household_id), stepRows(tx, c.id)]);
  return stepStates(facts, rows).map((s) => (opts.showReasons ? s : { ...s, reopenReason: null }));
}

export async function markStepComplete(tx: Tx, tenantId: string, caseId: string, step: number, userId: string, now: Date) {
  const values = { completed_at: now, completed_by: userId };
  await tx.insertInto('case_step').values({ tenant_id: tenantId, case_id: caseId, step, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'case_id', 'step']).doUpdateSet(values)).execute();
}

export async function markStepReopened(tx: Tx, caseId: string, step: number, reason: string | null, now: Date) {
  await tx.updateTable('case_step').set({ completed_at: null, completed_by: null, reopened_at: now, reopen_reason: reason })
    .where('case_id', '=', caseId).where('step', '=', step).execute();
}

export async function completedSteps(tx: Tx, caseId: string): Promise<number[]> {
  const rows = await tx.selectFrom('case_step').select('step').where('case_id', '=', caseId).where('completed_at', 'is not', null).execute();
  return rows.map((r) => r.step);
}

/** Where the case stands after a step moved: the first incomplete step. */
export async function positionAfterMove(tx: Tx, caseId: string): Promise<number> {
  return currentStep(await completedSteps(tx, caseId));
}

/** Moves the case to a step when nobody changed it since the client read `version`; undefined when someone did. */
export async function moveCase(tx: Tx, caseId: string, version: number, set: { step: number; next_due: string | null }) {
  return tx.updateTable('cases').set({ ...set, updated_at: new Date(), version: sql`version + 1` } as never)
    .where('id', '=', caseId).where('version', '=', version).returning(['version', 'step']).executeTakeFirst();
}
