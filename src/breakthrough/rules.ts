import { createRoute } from '@hono/zod-openapi';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { Rule, RuleInput, RuleParam, RulePatch, Rules, RulesQuery } from './schema.ts';
import { insertRule, rule, ruleByCode, rules, updateRule } from './store.ts';

/**
 * The rules catalogue: the laws and local rules that block solutions, each with what it means to
 * achieve. The administrator maintains it; everybody who works on cases reads it. No personal data.
 */

const one = { description: 'De regel', content: { 'application/json': { schema: Rule } } };
const list = createRoute({
  method: 'get', path: '/api/rules', tags: ['Regelcatalogus'], security: [{ sessie: [] }],
  summary: 'De regelcatalogus van de gemeente (standaard alleen de actieve regels), met het doel van elke regel',
  request: { query: RulesQuery },
  responses: { 200: { description: 'Regels', content: { 'application/json': { schema: Rules } } }, ...problemResponses(401, 422) },
});
const get = createRoute({
  method: 'get', path: '/api/rules/{ruleId}', tags: ['Regelcatalogus'], security: [{ sessie: [] }],
  summary: 'Eén regel uit de catalogus', request: { params: RuleParam }, responses: { 200: one, ...problemResponses(401, 404, 422) },
});
const create = createRoute({
  method: 'post', path: '/api/rules', tags: ['Regelcatalogus'], security: [{ sessie: [] }],
  summary: 'Een regel toevoegen (alleen functioneel beheer)',
  request: { body: { content: { 'application/json': { schema: RuleInput } }, required: true } },
  responses: { 201: one, ...problemResponses(401, 403, 422) },
});
const patch = createRoute({
  method: 'patch', path: '/api/rules/{ruleId}', tags: ['Regelcatalogus'], security: [{ sessie: [] }],
  summary: 'Een regel wijzigen of (de)activeren (alleen functioneel beheer); stuur de gelezen versie mee',
  request: { params: RuleParam, body: { content: { 'application/json': { schema: RulePatch } }, required: true } },
  responses: { 200: one, ...problemResponses(401, 403, 404, 409, 422) },
});

type RuleRow = NonNullable<Awaited<ReturnType<typeof rule>>>;
const present = (r: RuleRow) => ({ ...r, cases: Number(r.cases ?? 0) });

async function load(tx: Tx, id: string) {
  const r = await rule(tx, id);
  if (!r) throw notFound();
  return present(r);
}

async function requireFreeCode(tx: Tx, code: string, self?: string) {
  const taken = await ruleByCode(tx, code);
  if (taken && taken.id !== self) throw invalid([{ field: 'code', message: 'Deze code bestaat al in de regelcatalogus; kies een andere' }]);
}

export function ruleRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { active } = c.req.valid('query');
    const rows = await inTenant(deps, c, user, (tx) => rules(tx, active === 'all' ? null : active === 'true'));
    return c.json({ items: rows.map(present) }, 200);
  });

  app.openapi(get, async (c) => {
    const user = requireUser(c);
    const { ruleId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, (tx) => load(tx, ruleId)), 200);
  });

  app.openapi(create, async (c) => {
    const admin = requireUser(c, 'administrator');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      await requireFreeCode(tx, input.code);
      const id = await insertRule(tx, pc.tenantId, input);
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'rule.created', objectType: 'rule', objectId: id, data: { code: input.code } }]);
      return load(tx, id);
    }), 201);
  });

  app.openapi(patch, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { ruleId } = c.req.valid('param');
    const { version, ...set } = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      const before = await load(tx, ruleId);
      if (set.code) await requireFreeCode(tx, set.code, ruleId);
      if (!(await updateRule(tx, ruleId, set, version))) {
        const now = await load(tx, ruleId);
        throw conflict(`Iemand anders heeft deze regel net gewijzigd (nu versie ${now.version}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op en probeer het opnieuw.`);
      }
      const fields = Object.keys(set).filter((k) => (set as Record<string, unknown>)[k] !== (before as Record<string, unknown>)[k]);
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'rule.changed', objectType: 'rule', objectId: ruleId, data: { fields, version: version + 1 } }]);
      return load(tx, ruleId);
    }), 200);
  });

  return app;
}
