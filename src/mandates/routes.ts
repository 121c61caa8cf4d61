import { createRoute } from '@hono/zod-openapi';
import { isPartner } from '../access/model.ts';
import { colleague } from '../access/store.ts';
import { rule } from '../breakthrough/store.ts';
import type { LifeDomain } from '../cases/model.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, invalid, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { describeMandate } from './model.ts';
import { HolderInput, HolderParams, LevelParam, MandateLevel, MandateLevelInput, MandateLevelPatch, MandateLevels } from './schema.ts';
import * as store from './store.ts';

/**
 * The mandate ladder of the municipality: levels with the amount each may decide, optionally
 * narrowed to life domains or rules, and who holds each level. The administrator maintains it;
 * staff read it to see where a request will go. No personal data of residents.
 */

const tags = ['Besluiten: beheer'];
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const one = { description: 'Het mandaatniveau', content: { 'application/json': { schema: MandateLevel } } };

const list = createRoute({
  method: 'get', path: '/api/mandate-levels', tags, security: [{ sessie: [] }],
  summary: 'De mandaatladder: niveaus van laag naar hoog, met het bedrag dat elk niveau mag besluiten en wie het niveau heeft',
  responses: { 200: { description: 'Niveaus', content: { 'application/json': { schema: MandateLevels } } }, ...problemResponses(401, 404) },
});
const create = createRoute({
  method: 'post', path: '/api/mandate-levels', tags, security: [{ sessie: [] }],
  summary: 'Een mandaatniveau toevoegen (alleen functioneel beheer): rang, naam, bedrag in centen (null: onbeperkt), eventueel beperkt tot leefgebieden of regels',
  request: { body: body(MandateLevelInput) }, responses: { 201: one, ...problemResponses(401, 403, 422) },
});
const patch = createRoute({
  method: 'patch', path: '/api/mandate-levels/{levelId}', tags, security: [{ sessie: [] }],
  summary: 'Een mandaatniveau wijzigen of (de)activeren (alleen functioneel beheer); stuur de gelezen versie mee. Verzoeken op een inactief niveau gaan bij het doorzetten een niveau hoger',
  request: { params: LevelParam, body: body(MandateLevelPatch) }, responses: { 200: one, ...problemResponses(401, 403, 404, 409, 422) },
});
const putHolder = createRoute({
  method: 'put', path: '/api/mandate-levels/{levelId}/holders/{userId}', tags, security: [{ sessie: [] }],
  summary: 'Een collega dit mandaatniveau geven, eventueel met het uitdrukkelijke recht om ook over eigen verzoeken te beslissen (alleen functioneel beheer)',
  request: { params: HolderParams, body: body(HolderInput) }, responses: { 200: one, ...problemResponses(401, 403, 404, 422) },
});
const deleteHolder = createRoute({
  method: 'delete', path: '/api/mandate-levels/{levelId}/holders/{userId}', tags, security: [{ sessie: [] }],
  summary: 'Een collega dit mandaatniveau afnemen (alleen functioneel beheer)',
  request: { params: HolderParams }, responses: { 200: one, ...problemResponses(401, 403, 404) },
});

type Level = Awaited<ReturnType<typeof store.levelsWithHolders>>[number];
const presentLevel = (l: Level) => ({
  ...l, mandate: describeMandate(l.maxCents), lifeDomains: l.lifeDomains as LifeDomain[], holders: l.holders.map((h) => ({ ...h, name: h.name ?? '' })),
});

async function present(tx: Tx, id: string) {
  const level = (await store.levelsWithHolders(tx)).find((l) => l.id === id);
  if (!level) throw notFound();
  return presentLevel(level);
}

async function checkLevel(tx: Tx, v: { rank?: number; ruleIds?: string[] }, self?: string) {
  if (v.rank !== undefined) {
    const taken = await store.levelByRank(tx, v.rank);
    if (taken && taken.id !== self) throw invalid([{ field: 'rank', message: 'Er is al een niveau met deze rang; kies een andere rang' }]);
  }
  if (v.ruleIds?.length) {
    for (const id of new Set(v.ruleIds)) {
      if (!(await rule(tx, id))) throw invalid([{ field: 'ruleIds', message: 'Kies regels uit de regelcatalogus van de gemeente' }]);
    }
  }
}

export function mandateRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    if (isPartner(user.roles)) throw notFound();
    const levels = await inTenant(deps, c, user, (tx) => store.levelsWithHolders(tx));
    return c.json({ items: levels.map(presentLevel) }, 200);
  });

  app.openapi(create, async (c) => {
    const admin = requireUser(c, 'administrator');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      await checkLevel(tx, input);
      const id = await store.insertLevel(tx, pc.tenantId, { ...input, ruleIds: [...new Set(input.ruleIds)], lifeDomains: [...new Set(input.lifeDomains)] });
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'mandate_level.created', objectType: 'mandate_level', objectId: id, data: { rank: input.rank, maxCents: input.maxCents } }]);
      return present(tx, id);
    }), 201);
  });

  app.openapi(patch, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { levelId } = c.req.valid('param');
    const { version, ...set } = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      const before = await present(tx, levelId);
      await checkLevel(tx, set, levelId);
      if (!(await store.updateLevel(tx, levelId, set, version))) {
        throw conflict(`Iemand anders heeft dit niveau net gewijzigd (nu versie ${before.version}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op.`);
      }
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'mandate_level.changed', objectType: 'mandate_level', objectId: levelId, data: { fields: Object.keys(set), version: version + 1 } }]);
      return present(tx, levelId);
    }), 200);
  });

  app.openapi(putHolder, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { levelId, userId } = c.req.valid('param');
    const { mayDecideOwn } = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      await present(tx, levelId);
      const who = await colleague(tx, pc.tenantId, userId);
      const problem = !who ? 'Deze persoon werkt niet bij deze gemeente'
        : who.disabled_at ? 'Dit account is uitgeschakeld'
          : isPartner(who.roles) ? 'Een ketenpartner kan geen mandaat van de gemeente hebben'
            : !who.roles.some((r) => r === 'mandate_holder' || r === 'coordinator') ? 'Geef deze collega eerst de rol beslisser of regisseur' : null;
      if (problem) throw invalid([{ field: 'userId', message: problem }]);
      await store.setHolder(tx, pc.tenantId, levelId, userId, mayDecideOwn, admin.userId);
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'mandate_holder.set', objectType: 'mandate_level', objectId: levelId, data: { user: userId, mayDecideOwn } }]);
      return present(tx, levelId);
    }), 200);
  });

  app.openapi(deleteHolder, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { levelId, userId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      if (!(await store.removeHolder(tx, levelId, userId))) throw notFound();
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'mandate_holder.removed', objectType: 'mandate_level', objectId: levelId, data: { user: userId } }]);
      return present(tx, levelId);
    }), 200);
  });

  return app;
}
