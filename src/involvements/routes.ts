import { createRoute, type z } from '@hono/zod-openapi';
import { caseSection } from '../access/sections.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { addEvent } from '../cases/store.ts';
import { refreshCaseCost } from '../costs/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { Problem, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import type { PriceUnit } from '../price-list/model.ts';
import { priceItem } from '../price-list/store.ts';
import { involvementsOverview, presentInvolvement } from './costs.ts';
import { periodError, resolveCost } from './model.ts';
import { Involvement, InvolvementChangeInput, InvolvementInput, InvolvementParams, Involvements } from './schema.ts';
import { type InvolvementValues, insertInvolvement, involvement, updateInvolvement } from './store.ts';

const tags = ['Betrokkenen en kosten'];
const one = (description: string) => ({ description, content: { 'application/json': { schema: Involvement } } });

const list = createRoute({
  method: 'get', path: '/api/cases/{id}/involvements', tags, security: [{ sessie: [] }],
  summary: 'Welke organisaties betrokken zijn, wat ze doen en wat de lopende ondersteuning per jaar kost',
  request: { params: CaseIdParam },
  responses: { 200: { description: 'Betrokkenen met kosten', content: { 'application/json': { schema: Involvements } } }, ...problemResponses(401, 404) },
});
const add = createRoute({
  method: 'post', path: '/api/cases/{id}/involvements', tags, security: [{ sessie: [] }],
  summary: 'Een betrokken organisatie vastleggen; de kosten per jaar volgen uit de prijslijst (tarief × aantal per jaar)',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: InvolvementInput } }, required: true } },
  responses: { 201: one('Vastgelegd'), ...problemResponses(401, 403, 404, 409, 422) },
});
const change = createRoute({
  method: 'patch', path: '/api/cases/{id}/involvements/{involvementId}', tags, security: [{ sessie: [] }],
  summary: 'Een betrokkenheid wijzigen of beëindigen (endedOn), met de versie die u zag (anders 409)',
  request: { params: InvolvementParams, body: { content: { 'application/json': { schema: InvolvementChangeInput } }, required: true } },
  responses: { 200: one('Gewijzigd'), ...problemResponses(401, 403, 404, 409, 422) },
});

type Wish = Partial<z.infer<typeof InvolvementInput>>;

/**
 * The values to store: the current ones (null when new) with the wished changes laid over them,
 * and the yearly cost worked out again. `currentUnit` is the unit of the current price item: units
 * per year of another unit mean nothing for a newly chosen item and are not carried over.
 */
async function resolve(tx: Tx, current: InvolvementValues | null, currentUnit: PriceUnit | null, wish: Wish): Promise<InvolvementValues> {
  const keep = <K extends keyof InvolvementValues & keyof Wish>(k: K, fallback: InvolvementValues[K]) =>
    (wish[k] !== undefined ? wish[k] : fallback) as InvolvementValues[K];
  const priceItemId = keep('priceItemId', current?.priceItemId ?? null);
  const item = priceItemId ? await priceItem(tx, priceItemId) : undefined;
  if (priceItemId && !item) throw invalid([{ field: 'priceItemId', message: 'Deze dienst staat niet (meer) op de prijslijst' }]);
  const itemChanged = priceItemId !== (current?.priceItemId ?? null);

  let service: string | null;
  let units: number | null;
  let manual: number | null;
  if (item) {
    // A chosen price item brings its own name, unless the user typed one.
    service = wish.service ?? (itemChanged || !current ? item.service : current.service);
    units = wish.unitsPerYear !== undefined ? wish.unitsPerYear : itemChanged && item.unit !== currentUnit ? null : current?.unitsPerYear ?? null;
    manual = wish.yearlyCostCents ?? null;
  } else {
    service = wish.service !== undefined ? wish.service : current?.service ?? null;
    units = wish.unitsPerYear !== undefined ? wish.unitsPerYear : current?.unitsPerYear ?? null;
    // Leaving the price list keeps the amount it had, as a typed-in one, until someone changes it.
    manual = wish.yearlyCostCents !== undefined ? wish.yearlyCostCents : current?.yearlyCostCents ?? null;
  }
  if (!service) throw invalid([{ field: 'service', message: 'Vul de dienst in, of kies er een uit de prijslijst' }]);
  const cost = resolveCost({ item: item ?? null, unitsPerYear: units, manualYearlyCents: manual });
  if (!cost.ok) throw invalid([{ field: cost.field, message: cost.message }]);
  const values: InvolvementValues = {
    organisation: keep('organisation', current?.organisation ?? ''), contactName: keep('contactName', current?.contactName ?? null),
    contactDetails: keep('contactDetails', current?.contactDetails ?? null), priceItemId, service,
    since: keep('since', current?.since ?? null), unitsPerYear: cost.unitsPerYear, intensity: keep('intensity', current?.intensity ?? null),
    yearlyCostCents: cost.yearlyCostCents, endedOn: keep('endedOn', current?.endedOn ?? null),
  };
  const badPeriod = periodError(values.since, values.endedOn);
  if (badPeriod) throw invalid([{ field: 'endedOn', message: badPeriod }]);
  return values;
}

/** Every change is on the timeline, in the processing log for the whole household, in the audit chain, and in the stored cost sum. */
async function record(deps: Deps, tx: Tx, pc: ProcessingContext, kase: { id: string; household_id: string; legal_basis: string },
  involvementId: string, events: { type: string; data: Record<string, unknown> }[], action: 'create' | 'update') {
  for (const e of events) await addEvent(tx, pc.tenantId, kase.id, e.type, pc.actorId, { involvementId, ...e.data });
  await refreshCaseCost(tx, pc.tenantId, kase.id);
  await logProcessing(tx, pc, {
    activity: 'betrokkenen-bijhouden', action, objectType: 'involvement', objectId: involvementId, caseId: kase.id,
    legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
  });
  await appendAudit(tx, pc.tenantId, events.map((e) => ({
    actorId: pc.actorId, action: `involvement.${e.type.replace('involvement_', '')}`, objectType: 'involvement', objectId: involvementId,
    data: { caseId: kase.id, ...e.data },
  })));
}

const changeable: (keyof InvolvementValues)[] = [
  'organisation', 'contactName', 'contactDetails', 'priceItemId', 'service', 'since', 'unitsPerYear', 'intensity', 'yearlyCostCents', 'endedOn',
];

export function involvementRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'involvements', 'read');
      const result = await involvementsOverview(tx, id);
      await logProcessing(tx, pc, {
        activity: 'betrokkenen-bijhouden', action: 'read', objectType: 'involvement', objectId: id, caseId: id,
        legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
      });
      return result;
    }), 200);
  });

  app.openapi(add, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'involvements', 'change');
      const values = await resolve(tx, null, null, input);
      const involvementId = await insertInvolvement(tx, pc.tenantId, id, pc.actorId, values);
      await record(deps, tx, pc, kase, involvementId, [
        { type: 'involvement_added', data: { priceItemId: values.priceItemId, yearlyCostCents: values.yearlyCostCents } },
        ...(values.endedOn ? [{ type: 'involvement_ended', data: { endedOn: values.endedOn } }] : []),
      ], 'create');
      return presentInvolvement((await involvement(tx, id, involvementId))!, amsterdamDate(new Date()));
    }), 201);
  });

  app.openapi(change, async (c) => {
    const user = requireUser(c);
    const { id, involvementId } = c.req.valid('param');
    const { version, ...wish } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'involvements', 'change');
      const current = await involvement(tx, id, involvementId);
      if (!current) throw notFound();
      const stale = () => new Problem(409, 'conflict', 'Conflict',
        `Iemand anders heeft deze betrokkenheid net gewijzigd. Uw wijziging is niet opgeslagen. Nu staat er: ${current.organisation}, ${current.service}, `
        + `${Math.round(current.yearlyCostCents / 100).toLocaleString('nl-NL')} euro per jaar${current.endedOn ? `, beëindigd op ${current.endedOn}` : ''} (versie ${current.version}). Vernieuw en probeer het opnieuw.`,
        [{ field: 'version', message: `De huidige versie is ${current.version}` }]);
      if (version !== current.version) throw stale();
      const before: InvolvementValues = { ...current, priceItemId: current.priceItem?.id ?? null };
      const values = await resolve(tx, before, current.priceItem?.unit ?? null, wish);
      const fields = changeable.filter((k) => values[k] !== before[k]);
      if (fields.length === 0) return presentInvolvement(current, amsterdamDate(new Date()));
      if (!(await updateInvolvement(tx, involvementId, version, values))) throw stale();
      const events: { type: string; data: Record<string, unknown> }[] = [];
      const other = fields.filter((f) => f !== 'endedOn');
      if (other.length) events.push({ type: 'involvement_changed', data: { fields: other, yearlyCostCents: values.yearlyCostCents } });
      if (fields.includes('endedOn')) {
        events.push(values.endedOn ? { type: 'involvement_ended', data: { endedOn: values.endedOn } } : { type: 'involvement_resumed', data: {} });
      }
      await record(deps, tx, pc, kase, involvementId, events, 'update');
      return presentInvolvement((await involvement(tx, id, involvementId))!, amsterdamDate(new Date()));
    }), 200);
  });

  return app;
}
