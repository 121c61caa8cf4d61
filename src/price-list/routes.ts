import { createRoute } from '@hono/zod-openapi';
import { repriceInvolvements } from '../involvements/costs.ts';
import { runningPerPriceItem } from '../involvements/store.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { Problem, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { periodError, validOn } from './model.ts';
import { PriceItem, PriceItemChangeInput, PriceItemInput, PriceItemParam, PriceList, PriceListQuery } from './schema.ts';
import { type PriceItemRow, type PriceValues, insertPriceItem, priceItem, priceItems, updatePriceItem } from './store.ts';

const tags = ['Prijslijst'];
const one = (description: string) => ({ description, content: { 'application/json': { schema: PriceItem } } });

const list = createRoute({
  method: 'get', path: '/api/price-list', tags, security: [{ sessie: [] }],
  summary: 'De prijslijst van de gemeente: dienst, eenheid, tarief per eenheid, bron en geldigheid',
  request: { query: PriceListQuery },
  responses: { 200: { description: 'De prijslijst', content: { 'application/json': { schema: PriceList } } }, ...problemResponses(401, 422) },
});
const add = createRoute({
  method: 'post', path: '/api/price-list', tags, security: [{ sessie: [] }],
  summary: 'Een tarief toevoegen (alleen functioneel beheer)',
  request: { body: { content: { 'application/json': { schema: PriceItemInput } }, required: true } },
  responses: { 201: one('Toegevoegd'), ...problemResponses(401, 403, 422) },
});
const change = createRoute({
  method: 'patch', path: '/api/price-list/{itemId}', tags, security: [{ sessie: [] }],
  summary: 'Een tarief wijzigen of laten eindigen (alleen functioneel beheer); lopende betrokkenheden rekenen mee',
  request: { params: PriceItemParam, body: { content: { 'application/json': { schema: PriceItemChangeInput } }, required: true } },
  responses: { 200: one('Gewijzigd'), ...problemResponses(401, 403, 404, 409, 422) },
});

const present = (i: PriceItemRow, today: string, inUse: Map<string, number>) => ({ ...i, validNow: validOn(i, today), inUse: inUse.get(i.id) ?? 0 });

async function presentOne(tx: Tx, id: string) {
  const today = amsterdamDate(new Date());
  return present((await priceItem(tx, id))!, today, await runningPerPriceItem(tx, today));
}

function checkPeriod(v: PriceValues) {
  const bad = periodError(v);
  if (bad) throw invalid([{ field: 'validUntil', message: bad }]);
}

const fields = ['service', 'unit', 'tariffCents', 'source', 'validFrom', 'validUntil'] as const;

export function priceListRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { on } = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, async (tx) => {
      const today = amsterdamDate(new Date());
      const [items, inUse] = await Promise.all([priceItems(tx, on), runningPerPriceItem(tx, today)]);
      return { items: items.map((i) => present(i, today, inUse)) };
    }), 200);
  });

  app.openapi(add, async (c) => {
    const user = requireUser(c, 'administrator');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const values: PriceValues = { ...input, source: input.source ?? null, validUntil: input.validUntil ?? null };
      checkPeriod(values);
      const id = await insertPriceItem(tx, pc.tenantId, values);
      await appendAudit(tx, pc.tenantId, [{
        actorId: pc.actorId, action: 'price_list.item_added', objectType: 'price_item', objectId: id,
        data: { unit: values.unit, tariffCents: values.tariffCents, validFrom: values.validFrom, validUntil: values.validUntil },
      }]);
      return presentOne(tx, id);
    }), 201);
  });

  app.openapi(change, async (c) => {
    const user = requireUser(c, 'administrator');
    const { itemId } = c.req.valid('param');
    const { version, ...wish } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const current = await priceItem(tx, itemId);
      if (!current) throw notFound();
      const stale = () => new Problem(409, 'conflict', 'Conflict',
        `Iemand anders heeft dit tarief net gewijzigd. Uw wijziging is niet opgeslagen. Nu staat er: ${current.service}, `
        + `${(current.tariffCents / 100).toLocaleString('nl-NL', { minimumFractionDigits: 2 })} euro per eenheid (versie ${current.version}). Vernieuw en probeer het opnieuw.`,
        [{ field: 'version', message: `De huidige versie is ${current.version}` }]);
      if (version !== current.version) throw stale();
      const values: PriceValues = {
        service: wish.service ?? current.service, unit: wish.unit ?? current.unit, tariffCents: wish.tariffCents ?? current.tariffCents,
        source: wish.source !== undefined ? wish.source : current.source, validFrom: wish.validFrom ?? current.validFrom,
        validUntil: wish.validUntil !== undefined ? wish.validUntil : current.validUntil,
      };
      checkPeriod(values);
      const changed = fields.filter((f) => values[f] !== current[f]);
      if (changed.length === 0) return presentOne(tx, itemId);
      if (!(await updatePriceItem(tx, itemId, version, values))) throw stale();
      const repriced = changed.includes('tariffCents') || changed.includes('unit')
        ? await repriceInvolvements(tx, deps.crypto, pc, { id: itemId, ...values }) : 0;
      await appendAudit(tx, pc.tenantId, [{
        actorId: pc.actorId, action: 'price_list.item_changed', objectType: 'price_item', objectId: itemId,
        data: { fields: changed, tariffCents: values.tariffCents, unit: values.unit, repriced },
      }]);
      return presentOne(tx, itemId);
    }), 200);
  });

  return app;
}
