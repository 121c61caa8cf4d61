import { createRoute } from '@hono/zod-openapi';
import { refreshCaseCost } from '../costs/store.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, invalid } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { caseWithSections, changeableCase, logRead, recordChange } from './guard.ts';
import { type BlockerKind, blockerFieldLabel, changedFields, describeConflict } from './model.ts';
import { Blocker, BlockerInput, CaseParam, CostSum } from './schema.ts';
import { blockerOf, saveBlocker, setBlockerRules, usableRules } from './store.ts';
import { presentCostSum } from './views.ts';

/** Step 4: the blocking problem, what blocks its solution, the rules involved and the proposed breakthrough with its cost. */

const ok = { description: 'Knelpunt en doorbraak', content: { 'application/json': { schema: Blocker } } };
const getBlocker = createRoute({
  method: 'get', path: '/api/cases/{id}/blocker', tags: ['Doorbraak'], security: [{ sessie: [] }],
  summary: 'Knelpunt en doorbraak (stap 4), met de regels uit de regelcatalogus en wat ze willen bereiken',
  request: { params: CaseParam }, responses: { 200: ok, ...problemResponses(401, 404, 422) },
});
const putBlocker = createRoute({
  method: 'put', path: '/api/cases/{id}/blocker', tags: ['Doorbraak'], security: [{ sessie: [] }],
  summary: 'Knelpunt en doorbraak opslaan, ook half ingevuld; bedragen in centen (niet negatief); stuur de gelezen versie mee',
  request: { params: CaseParam, body: { content: { 'application/json': { schema: BlockerInput } }, required: true } },
  responses: { 200: ok, ...problemResponses(401, 403, 404, 409, 422) },
});
const getCostSum = createRoute({
  method: 'get', path: '/api/cases/{id}/cost-sum', tags: ['Doorbraak'], security: [{ sessie: [] }],
  summary: 'Kostenafweging: doormodderen tegenover doorbreken over 1, 3 en 5 jaar, met de vermeden kosten in woorden',
  request: { params: CaseParam },
  responses: { 200: { description: 'De kostenafweging', content: { 'application/json': { schema: CostSum } } }, ...problemResponses(401, 404, 422) },
});

async function presentBlocker(tx: Parameters<typeof blockerOf>[0], id: string) {
  const b = await blockerOf(tx, id);
  return { ...b, kinds: b.kinds as BlockerKind[] };
}

export function blockerRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getBlocker, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      await logRead(deps, tx, pc, kase, 'doorbraak-inzien', 'blocker');
      return presentBlocker(tx, id);
    }), 200);
  });

  app.openapi(putBlocker, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { version = 0, ruleIds, kinds, ...values } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'breakthrough');
      const rules = ruleIds ? [...new Set(ruleIds)] : undefined;
      if (rules) {
        const usable = await usableRules(tx, id, rules);
        if (rules.some((r) => !usable.has(r))) {
          throw invalid([{ field: 'ruleIds', message: 'Kies regels uit de regelcatalogus van de gemeente; een van de gekozen regels bestaat niet (meer)' }]);
        }
      }
      const uniqueKinds = kinds ? [...new Set(kinds)] : undefined;
      const saved = await saveBlocker(tx, pc.tenantId, id, user.userId, { ...values, kinds: uniqueKinds }, version);
      if (!saved) {
        const now = await blockerOf(tx, id);
        const stored = { ...now, ruleIds: now.rules.map((r) => r.id) };
        const sent = { ...values, ...(uniqueKinds ? { kinds: uniqueKinds } : {}), ...(rules ? { ruleIds: rules } : {}) };
        const by = now.version ? { name: now.updatedBy, at: now.updatedAt ? new Date(now.updatedAt) : null, version: now.version } : null;
        throw conflict(describeConflict('het knelpunt en de doorbraak', by, changedFields(stored, sent, blockerFieldLabel)));
      }
      if (rules) await setBlockerRules(tx, pc.tenantId, id, rules);
      // The cost sum is kept with the case in the same transaction as the costs that move it.
      await refreshCaseCost(tx, pc.tenantId, id);
      await recordChange(deps, tx, pc, kase, {
        event: 'blocker_saved', activity: 'doorbraak-vastleggen', action: version === 0 ? 'create' : 'update',
        objectType: 'blocker', objectId: id,
        data: { version: saved.version, fields: Object.keys(values), ...(uniqueKinds ? { kinds: uniqueKinds } : {}), ...(rules ? { rules } : {}) },
      });
      return presentBlocker(tx, id);
    }), 200);
  });

  app.openapi(getCostSum, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      await logRead(deps, tx, pc, kase, 'doorbraak-inzien', 'case_cost');
      return presentCostSum(tx, id);
    }), 200);
  });

  return app;
}
