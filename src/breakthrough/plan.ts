import { createRoute } from '@hono/zod-openapi';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { addWorkingDays, amsterdamDate } from '../platform/time/working-days.ts';
import { caseWithSections, changeableCase, logRead, recordChange } from './guard.ts';
import { type OwnerKind, changedFields, describeConflict, normalizeText, ownerProblems, proposePlan } from './model.ts';
import {
  Action, ActionInput, ActionParams, ActionPatch, CaseParam, Goal, GoalInput, GoalParams, GoalPatch, Plan, PlanProposed, VersionQuery,
} from './schema.ts';
import * as store from './store.ts';
import { presentPlan } from './views.ts';

/** The perspectiefplan: goals, and actions with who, what, by when and status. */

const json = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const planOk = { description: 'Het perspectiefplan', content: { 'application/json': { schema: Plan } } };
const goalOk = { description: 'Het doel', content: { 'application/json': { schema: Goal } } };
const actionOk = { description: 'De actie', content: { 'application/json': { schema: Action } } };

const getPlan = createRoute({
  method: 'get', path: '/api/cases/{id}/plan', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Het perspectiefplan: doelen en acties (wie, wat, wanneer, status)',
  request: { params: CaseParam }, responses: { 200: planOk, ...problemResponses(401, 404, 422) },
});
const addGoal = createRoute({
  method: 'post', path: '/api/cases/{id}/plan/goals', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Een doel toevoegen', request: { params: CaseParam, body: json(GoalInput) },
  responses: { 201: goalOk, ...problemResponses(401, 403, 404, 409, 422) },
});
const patchGoal = createRoute({
  method: 'patch', path: '/api/cases/{id}/plan/goals/{goalId}', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Een doel wijzigen; stuur de gelezen versie mee', request: { params: GoalParams, body: json(GoalPatch) },
  responses: { 200: goalOk, ...problemResponses(401, 403, 404, 409, 422) },
});
const deleteGoal = createRoute({
  method: 'delete', path: '/api/cases/{id}/plan/goals/{goalId}', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Een doel weghalen (de acties blijven, zonder doel); ?version= is de gelezen versie',
  request: { params: GoalParams, query: VersionQuery }, responses: { 204: { description: 'Weggehaald' }, ...problemResponses(401, 403, 404, 409, 422) },
});
const addAction = createRoute({
  method: 'post', path: '/api/cases/{id}/plan/actions', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Een actie toevoegen: wat, wie (huishouden, netwerk of een professional), wanneer', request: { params: CaseParam, body: json(ActionInput) },
  responses: { 201: actionOk, ...problemResponses(401, 403, 404, 409, 422) },
});
const patchAction = createRoute({
  method: 'patch', path: '/api/cases/{id}/plan/actions/{actionId}', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Een actie wijzigen, bijvoorbeeld de status; stuur de gelezen versie mee', request: { params: ActionParams, body: json(ActionPatch) },
  responses: { 200: actionOk, ...problemResponses(401, 403, 404, 409, 422) },
});
const deleteAction = createRoute({
  method: 'delete', path: '/api/cases/{id}/plan/actions/{actionId}', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Een actie weghalen; ?version= is de gelezen versie',
  request: { params: ActionParams, query: VersionQuery }, responses: { 204: { description: 'Weggehaald' }, ...problemResponses(401, 403, 404, 409, 422) },
});
const fromSteps = createRoute({
  method: 'post', path: '/api/cases/{id}/plan/from-steps', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Voorstel uit stap 3 en 4: de eigen woorden en de doorbraak worden doelen, met een actie voor de regisseur; niets dubbel',
  request: { params: CaseParam },
  responses: { 200: { description: 'Wat is toegevoegd, en het plan', content: { 'application/json': { schema: PlanProposed } } }, ...problemResponses(401, 403, 404, 409) },
});

const actionLabels = { what: 'wat', goalId: 'doel', ownerKind: 'wie', ownerName: 'naam van wie het doet', ownerUserId: 'collega', dueOn: 'wanneer', status: 'status' };

async function onePlanItem<K extends 'goals' | 'actions'>(tx: Tx, caseId: string, kind: K, id: string) {
  const item = (await presentPlan(tx, caseId))[kind].find((x) => x.id === id);
  if (!item) throw notFound();
  return item as Awaited<ReturnType<typeof presentPlan>>[K][number];
}

async function requireGoal(tx: Tx, caseId: string, goalId: string | null | undefined) {
  if (goalId && !(await store.goal(tx, caseId, goalId))) throw invalid([{ field: 'goalId', message: 'Dit doel staat niet in het perspectiefplan van deze casus' }]);
}

/** The owner as stored: a colleague by account (with their name), or a name; validated first. */
async function resolveOwner(tx: Tx, user: SessionUser, o: { ownerKind?: OwnerKind | null; ownerName?: string | null; ownerUserId?: string | null }) {
  const problems = ownerProblems(o);
  if (problems.length) throw invalid(problems);
  const kind = o.ownerKind!;
  if (o.ownerUserId && kind !== 'professional') throw invalid([{ field: 'ownerUserId', message: 'Een collega kiest u alleen als een professional het doet' }]);
  let name = o.ownerName?.trim() ?? '';
  if (o.ownerUserId) {
    const who = await store.tenantUser(tx, user.tenantId, o.ownerUserId);
    if (!who || who.disabled_at) throw invalid([{ field: 'ownerUserId', message: 'Kies een collega van deze gemeente' }]);
    if (!name) name = who.name;
  }
  return { ownerKind: kind, ownerName: name, ownerUserId: o.ownerUserId ?? null };
}

export function planRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getPlan, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'plan');
      await logRead(deps, tx, pc, kase, 'perspectiefplan-inzien', 'plan');
      return presentPlan(tx, id);
    }), 200);
  });

  app.openapi(addGoal, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan');
      const goalId = await store.insertGoal(tx, pc.tenantId, id, { text: input.text, source: input.source, position: input.position ?? await store.nextGoalPosition(tx, id) });
      await recordChange(deps, tx, pc, kase, { event: 'plan_goal_added', activity: 'perspectiefplan-bijwerken', action: 'create', objectType: 'plan_goal', objectId: goalId, data: { goal: goalId, source: input.source } });
      return onePlanItem(tx, id, 'goals', goalId);
    }), 201);
  });

  app.openapi(patchGoal, async (c) => {
    const user = requireUser(c);
    const { id, goalId } = c.req.valid('param');
    const { version, ...set } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan');
      const before = await store.goal(tx, id, goalId);
      if (!before) throw notFound();
      if (!(await store.updateGoal(tx, id, goalId, set, version))) {
        throw conflict(describeConflict('dit doel', { name: null, at: null, version: before.version },
          changedFields(before, set, { text: 'tekst van het doel', source: 'bron', position: 'volgorde' })));
      }
      await recordChange(deps, tx, pc, kase, { event: 'plan_goal_changed', activity: 'perspectiefplan-bijwerken', action: 'update', objectType: 'plan_goal', objectId: goalId, data: { goal: goalId, fields: Object.keys(set) } });
      return onePlanItem(tx, id, 'goals', goalId);
    }), 200);
  });

  app.openapi(deleteGoal, async (c) => {
    const user = requireUser(c);
    const { id, goalId } = c.req.valid('param');
    const { version } = c.req.valid('query');
    await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan');
      const before = await store.goal(tx, id, goalId);
      if (!before) throw notFound();
      if (!(await store.deleteGoal(tx, id, goalId, version))) throw conflict(describeConflict('dit doel', { name: null, at: null, version: before.version }, []));
      await recordChange(deps, tx, pc, kase, { event: 'plan_goal_removed', activity: 'perspectiefplan-bijwerken', action: 'delete', objectType: 'plan_goal', objectId: goalId, data: { goal: goalId } });
    });
    return c.body(null, 204);
  });

  app.openapi(addAction, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan');
      const owner = await resolveOwner(tx, user, input);
      await requireGoal(tx, id, input.goalId);
      const actionId = await store.insertAction(tx, pc.tenantId, id, {
        what: input.what, goalId: input.goalId ?? null, ...owner, dueOn: input.dueOn ?? null, status: input.status ?? 'open',
      });
      await recordChange(deps, tx, pc, kase, { event: 'plan_action_added', activity: 'perspectiefplan-bijwerken', action: 'create', objectType: 'plan_action', objectId: actionId, data: { action: actionId, ownerKind: owner.ownerKind } });
      return onePlanItem(tx, id, 'actions', actionId);
    }), 201);
  });

  app.openapi(patchAction, async (c) => {
    const user = requireUser(c);
    const { id, actionId } = c.req.valid('param');
    const { version, ...input } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan');
      const before = await store.action(tx, id, actionId);
      if (!before) throw notFound();
      const touchesOwner = 'ownerKind' in input || 'ownerName' in input || 'ownerUserId' in input;
      const merged = {
        ownerKind: 'ownerKind' in input ? input.ownerKind : before.owner_kind,
        ownerName: 'ownerName' in input ? input.ownerName : 'ownerUserId' in input ? null : before.owner_name,
        ownerUserId: 'ownerUserId' in input ? input.ownerUserId : before.owner_user_id,
      };
      if (merged.ownerKind !== 'professional' && !('ownerUserId' in input)) merged.ownerUserId = null;
      const owner = touchesOwner ? await resolveOwner(tx, user, merged) : {};
      if ('goalId' in input) await requireGoal(tx, id, input.goalId);
      if ('what' in input && !input.what) throw invalid([{ field: 'what', message: 'Vul in wat er gebeurt' }]);
      const set = {
        ...('what' in input ? { what: input.what } : {}), ...('goalId' in input ? { goalId: input.goalId ?? null } : {}),
        ...('dueOn' in input ? { dueOn: input.dueOn ?? null } : {}), ...('status' in input ? { status: input.status } : {}), ...owner,
      };
      if (!(await store.updateAction(tx, id, actionId, set, version))) {
        const now = { what: before.what, goalId: before.goal_id, ownerKind: before.owner_kind, ownerName: before.owner_name, ownerUserId: before.owner_user_id, dueOn: before.due_on, status: before.status };
        throw conflict(describeConflict('deze actie', { name: null, at: null, version: before.version }, changedFields(now, input, actionLabels)));
      }
      await recordChange(deps, tx, pc, kase, {
        event: 'plan_action_changed', activity: 'perspectiefplan-bijwerken', action: 'update', objectType: 'plan_action', objectId: actionId,
        data: { action: actionId, fields: Object.keys(input), ...(input.status && input.status !== before.status ? { status: input.status } : {}) },
      });
      return onePlanItem(tx, id, 'actions', actionId);
    }), 200);
  });

  app.openapi(deleteAction, async (c) => {
    const user = requireUser(c);
    const { id, actionId } = c.req.valid('param');
    const { version } = c.req.valid('query');
    await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan');
      const before = await store.action(tx, id, actionId);
      if (!before) throw notFound();
      if (!(await store.deleteAction(tx, id, actionId, version))) throw conflict(describeConflict('deze actie', { name: null, at: null, version: before.version }, []));
      await recordChange(deps, tx, pc, kase, { event: 'plan_action_removed', activity: 'perspectiefplan-bijwerken', action: 'delete', objectType: 'plan_action', objectId: actionId, data: { action: actionId } });
    });
    return c.body(null, 204);
  });

  app.openapi(fromSteps, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'plan', 'breakthrough');
      const [perspective, blocker, goals, actions, coordinator] = await Promise.all([
        store.perspectiveOf(tx, id), store.blockerOf(tx, id), store.goalsOf(tx, id), store.actionsOf(tx, id),
        kase.coordinator_id ? store.tenantUser(tx, pc.tenantId, kase.coordinator_id) : undefined,
      ]);
      const proposal = proposePlan(
        { ownWords: perspective.ownWords, proposedStep: blocker.proposedStep, coordinator: coordinator ? { id: coordinator.id, name: coordinator.name } : null },
        { goals, actions },
      );
      let position = await store.nextGoalPosition(tx, id);
      const goalIds = new Map(goals.map((g) => [normalizeText(g.text), g.id]));
      for (const g of proposal.goals) {
        goalIds.set(normalizeText(g.text), await store.insertGoal(tx, pc.tenantId, id, { ...g, position: position++ }));
      }
      const due = addWorkingDays(amsterdamDate(new Date()), 10);
      for (const a of proposal.actions) {
        await store.insertAction(tx, pc.tenantId, id, {
          what: a.what, ownerKind: a.ownerKind, ownerName: a.ownerName, ownerUserId: a.ownerUserId, dueOn: due,
          goalId: goalIds.get(normalizeText(blocker.proposedStep ?? '')) ?? null,
        });
      }
      if (proposal.goals.length || proposal.actions.length) {
        await recordChange(deps, tx, pc, kase, {
          event: 'plan_proposed', activity: 'perspectiefplan-bijwerken', action: 'create', objectType: 'plan', objectId: id,
          data: { goals: proposal.goals.length, actions: proposal.actions.length },
        });
      }
      return { addedGoals: proposal.goals.length, addedActions: proposal.actions.length, plan: await presentPlan(tx, id) };
    }), 200);
  });

  return app;
}
