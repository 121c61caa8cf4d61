// API calls for perspective, blocker, rules catalogue, cost sum and the perspectiefplan.
// Errors arrive as ApiError (see api.ts): 422 with field errors, 409 when someone else saved first.
import { request } from './api';
import type {
  ActionInput,
  Blocker,
  BlockerInput,
  CostSum,
  Goal,
  GoalInput,
  Perspective,
  PerspectiveInput,
  Plan,
  PlanAction,
  Rule,
  RuleInput,
} from './types-breakthrough';

const enc = encodeURIComponent;
const caseUrl = (id: string) => `/api/cases/${enc(id)}`;

export const breakthroughApi = {
  perspective: (id: string) => request<Perspective>('GET', `${caseUrl(id)}/perspective`),
  savePerspective: (id: string, input: PerspectiveInput) => request<Perspective>('PUT', `${caseUrl(id)}/perspective`, input),

  blocker: (id: string) => request<Blocker>('GET', `${caseUrl(id)}/blocker`),
  saveBlocker: (id: string, input: BlockerInput) => request<Blocker>('PUT', `${caseUrl(id)}/blocker`, input),
  costSum: (id: string) => request<CostSum>('GET', `${caseUrl(id)}/cost-sum`),

  rules: (active: 'true' | 'false' | 'all' = 'true') => request<{ items: Rule[] }>('GET', `/api/rules?active=${active}`),
  createRule: (input: RuleInput) => request<Rule>('POST', '/api/rules', input),
  updateRule: (ruleId: string, input: Partial<RuleInput> & { version: number }) =>
    request<Rule>('PATCH', `/api/rules/${enc(ruleId)}`, input),

  plan: (id: string) => request<Plan>('GET', `${caseUrl(id)}/plan`),
  addGoal: (id: string, input: GoalInput) => request<Goal>('POST', `${caseUrl(id)}/plan/goals`, input),
  updateGoal: (id: string, goalId: string, input: Partial<GoalInput> & { version: number }) =>
    request<Goal>('PATCH', `${caseUrl(id)}/plan/goals/${enc(goalId)}`, input),
  deleteGoal: (id: string, goalId: string, version: number) =>
    request<void>('DELETE', `${caseUrl(id)}/plan/goals/${enc(goalId)}?version=${version}`),
  addAction: (id: string, input: ActionInput) => request<PlanAction>('POST', `${caseUrl(id)}/plan/actions`, input),
  updateAction: (id: string, actionId: string, input: Partial<ActionInput> & { version: number }) =>
    request<PlanAction>('PATCH', `${caseUrl(id)}/plan/actions/${enc(actionId)}`, input),
  deleteAction: (id: string, actionId: string, version: number) =>
    request<void>('DELETE', `${caseUrl(id)}/plan/actions/${enc(actionId)}?version=${version}`),
  proposePlan: (id: string) =>
    request<{ addedGoals: number; addedActions: number; plan: Plan }>('POST', `${caseUrl(id)}/plan/from-steps`),
  /** The plan as a tagged PDF for the household (a plain link: the session cookie goes along). */
  planPdfUrl: (id: string) => `${caseUrl(id)}/plan.pdf`,
};

/** Query keys, so invalidation after a change is in one place. */
export const breakthroughKeys = {
  case: (id: string) => ['case', id] as const,
  perspective: (id: string) => ['case', id, 'perspective'] as const,
  blocker: (id: string) => ['case', id, 'blocker'] as const,
  costSum: (id: string) => ['case', id, 'cost-sum'] as const,
  plan: (id: string) => ['case', id, 'plan'] as const,
  rules: (active: string) => ['rules', active] as const,
};
