import type { CaseSection } from '../access/model.ts';
import { costSum, describeCostSum, paysOffWithin } from '../costs/model.ts';
import { costInputs } from '../costs/store.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type ActionStatus, type GoalSource, type OwnerKind, ownerLabel, sortActions } from './model.ts';
import { actionsOf, blockerOf, goalsOf, perspectiveOf } from './store.ts';

/** What the API shows of the cost sum, the plan, and this area's part of the case overview. */

export async function presentCostSum(tx: Tx, caseId: string) {
  const inputs = await costInputs(tx, caseId);
  return {
    currentYearlyCents: inputs.currentYearlyCents, agencies: inputs.agencies, oneOffCents: inputs.oneOffCents, yearlyCents: inputs.yearlyCents,
    horizons: costSum(inputs).map((h) => ({ ...h })), paysOffWithin: paysOffWithin(inputs), sentence: describeCostSum(inputs, inputs.agencies),
  };
}
export type CostSumView = Awaited<ReturnType<typeof presentCostSum>>;

export async function presentPlan(tx: Tx, caseId: string) {
  const [goals, actions] = await Promise.all([goalsOf(tx, caseId), actionsOf(tx, caseId)]);
  return {
    goals: goals.map((g) => ({
      id: g.id, text: g.text, source: g.source as GoalSource, position: g.position, version: g.version, createdAt: new Date(g.created_at).toISOString(),
    })),
    actions: sortActions(actions.map((a) => ({
      id: a.id, goalId: a.goal_id, what: a.what, ownerKind: a.owner_kind as OwnerKind, ownerName: a.owner_name, ownerUserId: a.owner_user_id,
      owner: ownerLabel({ ownerKind: a.owner_kind as OwnerKind, ownerName: a.owner_name }),
      dueOn: a.due_on, status: a.status as ActionStatus, version: a.version, createdAt: new Date(a.created_at).toISOString(),
    }))),
  };
}
export type PlanView = Awaited<ReturnType<typeof presentPlan>>;

/**
 * Perspective, blocker with its rules, cost sum and plan for the case overview, each only when its
 * section is visible to the user (null otherwise). The overview's own read is logged by the overview.
 */
export async function breakthroughOverview(tx: Tx, caseId: string, sections: readonly CaseSection[]) {
  const sees = sections.includes('breakthrough');
  const [perspective, blocker, cost, plan] = await Promise.all([
    sees ? perspectiveOf(tx, caseId) : null,
    sees ? blockerOf(tx, caseId) : null,
    sees ? presentCostSum(tx, caseId) : null,
    sections.includes('plan') ? presentPlan(tx, caseId) : null,
  ]);
  return { perspective, blocker, costSum: cost, plan };
}
