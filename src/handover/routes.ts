import { createRoute } from '@hono/zod-openapi';
import { colleague, addTeamMember, removeTeamMember, team, updateTeamMember } from '../access/store.ts';
import { managedCase } from '../access/team.ts';
import { caseOverview, visibleCase } from '../cases/overview.ts';
import { CaseIdParam, CaseOverview } from '../cases/schema.ts';
import { addEvent } from '../cases/store.ts';
import { householdSubjects } from '../households/store.ts';
import { notify } from '../notifications/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { cannotReceive, readerForOffer } from './model.ts';
import { Handover, HandoverOffers, HandoverParams, Handovers, OfferInput, RefuseInput } from './schema.ts';
import { presentHandover } from './overview.ts';
import { type HandoverRow, answerHandover, handoverById, handoversOfCase, insertHandover, offersTo, openHandover, takeOver } from './store.ts';

const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const tags = ['Warme overdracht'];
const offer = createRoute({
  method: 'post', path: '/api/cases/{id}/handover', tags, security: [{ sessie: [] }],
  summary: 'De casus aanbieden aan een collega-regisseur, met een notitie; tot die aanneemt blijft u de regisseur',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: OfferInput } }, required: true } },
  responses: { 200: json(Handover, 'Het aanbod'), ...problemResponses(401, 404, 409, 422) },
});
const accept = createRoute({
  method: 'post', path: '/api/cases/{id}/handover/{handoverId}/accept', tags, security: [{ sessie: [] }],
  summary: 'De aangeboden casus aannemen (alleen de ontvanger); u wordt de regisseur',
  request: { params: HandoverParams }, responses: { 200: json(CaseOverview, 'De casus, nu van u'), ...problemResponses(401, 403, 404, 409) },
});
const refuse = createRoute({
  method: 'post', path: '/api/cases/{id}/handover/{handoverId}/refuse', tags, security: [{ sessie: [] }],
  summary: 'De overdracht weigeren met een reden (alleen de ontvanger); de casus blijft bij de regisseur',
  request: { params: HandoverParams, body: { content: { 'application/json': { schema: RefuseInput } }, required: true } },
  responses: { 200: json(Handover, 'Geweigerd'), ...problemResponses(401, 403, 404, 409, 422) },
});
const withdraw = createRoute({
  method: 'post', path: '/api/cases/{id}/handover/{handoverId}/withdraw', tags, security: [{ sessie: [] }],
  summary: 'Een aanbod intrekken (alleen wie het deed)',
  request: { params: HandoverParams }, responses: { 200: json(Handover, 'Ingetrokken'), ...problemResponses(401, 403, 404, 409) },
});
const ofCase = createRoute({
  method: 'get', path: '/api/cases/{id}/handovers', tags, security: [{ sessie: [] }],
  summary: 'Alle overdrachten van deze casus, nieuwste eerst, met de reden bij een weigering',
  request: { params: CaseIdParam }, responses: { 200: json(Handovers, 'Overdrachten'), ...problemResponses(401, 404) },
});
const mine = createRoute({
  method: 'get', path: '/api/handovers', tags, security: [{ sessie: [] }],
  summary: 'Casussen die collega’s aan mij willen overdragen (open aanbiedingen)',
  responses: { 200: json(HandoverOffers, 'Open aanbiedingen aan mij'), ...problemResponses(401) },
});

type Kase = Awaited<ReturnType<typeof visibleCase>>;

async function record(deps: Deps, tx: Tx, pc: ProcessingContext, c: Kase, type: string, data: Record<string, unknown>, action: 'create' | 'update' = 'update') {
  await addEvent(tx, pc.tenantId, c.id, type, pc.actorId, data);
  await logProcessing(tx, pc, {
    activity: 'casus-overdragen', action, objectType: 'handover', objectId: String(data.handover), caseId: c.id,
    legalBasis: c.legal_basis, subjects: await householdSubjects(tx, deps.crypto, c.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{ actorId: pc.actorId, action: `case.${type}`, objectType: 'case', objectId: c.id, data }]);
}

/** The open offer, answered by the one it is meant for (the receiver, or the offerer withdrawing it). */
async function openOffer(tx: Tx, user: SessionUser, id: string, handoverId: string, by: 'to_user' | 'from_user') {
  const c = await visibleCase(tx, user, id);
  const h = await handoverById(tx, id, handoverId);
  if (!h) throw notFound();
  if (h[by] !== user.userId) {
    throw forbidden(by === 'to_user'
      ? 'Alleen de collega aan wie de casus is aangeboden kan de overdracht aannemen of weigeren.'
      : 'Alleen wie de casus aanbood kan het aanbod intrekken.');
  }
  if (h.status !== 'offered') throw conflict('Dit aanbod is al beantwoord of ingetrokken. Vernieuw de pagina.');
  return { c, h };
}

/** The read access that came with the offer goes again when the offer ends without a takeover. */
async function endOfferAccess(tx: Tx, caseId: string, h: HandoverRow) {
  const member = (await team(tx, caseId)).find((m) => m.user_id === h.to_user);
  if (readerForOffer(member, h.offered_at)) await removeTeamMember(tx, caseId, h.to_user);
}

export function handoverRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(offer, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      if (kase.status !== 'active') throw conflict('Alleen een lopende casus kan worden overgedragen.');
      const who = await colleague(tx, user.tenantId, input.toUserId);
      const reason = cannotReceive(who, kase.coordinator_id);
      if (reason) throw invalid([{ field: 'toUserId', message: reason }]);
      const open = await openHandover(tx, id);
      if (open) throw conflict(`Deze casus is al aangeboden aan ${open.to_name}. Trek dat aanbod eerst in.`);
      const handoverId = await insertHandover(tx, { tenantId: pc.tenantId, caseId: id, from: user.userId, to: input.toUserId, note: input.note });
      // The colleague needs to read the case to decide; a member already on the team keeps their role.
      if (!(await team(tx, id)).some((m) => m.user_id === input.toUserId)) {
        await addTeamMember(tx, pc.tenantId, id, input.toUserId, { role: 'reader', organisation: who!.organisation, addedBy: user.userId });
      }
      await record(deps, tx, pc, kase, 'handover_offered', { handover: handoverId, to: input.toUserId }, 'create');
      await notify(tx, pc.tenantId, [input.toUserId], 'handover_offered', id, { actor: user.name, reference: kase.reference });
      return presentHandover((await handoverById(tx, id, handoverId))!);
    }), 200);
  });

  app.openapi(accept, async (c) => {
    const user = requireUser(c);
    const { id, handoverId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const { c: kase, h } = await openOffer(tx, user, id, handoverId, 'to_user');
      if (!user.roles.includes('coordinator')) throw forbidden('U bent geen regisseur meer en kunt de casus niet overnemen.');
      if (!(await takeOver(tx, id, h.from_user, user.userId))) {
        throw conflict('De regisseur van deze casus is intussen veranderd. Vernieuw de pagina.');
      }
      await addTeamMember(tx, pc.tenantId, id, user.userId, { role: 'coordinator', addedBy: h.from_user });
      await updateTeamMember(tx, id, h.from_user, { role: 'contributor' });
      await answerHandover(tx, handoverId, 'accepted', null, new Date());
      await record(deps, tx, pc, kase, 'handover_accepted', { handover: handoverId, from: h.from_user, to: user.userId });
      await notify(tx, pc.tenantId, [h.from_user], 'handover_accepted', id, { actor: user.name, reference: kase.reference });
      return caseOverview(tx, deps.crypto, pc, user, id);
    }) as never, 200);
  });

  app.openapi(refuse, async (c) => {
    const user = requireUser(c);
    const { id, handoverId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const { c: kase, h } = await openOffer(tx, user, id, handoverId, 'to_user');
      await answerHandover(tx, handoverId, 'refused', reason, new Date());
      await endOfferAccess(tx, id, h);
      await record(deps, tx, pc, kase, 'handover_refused', { handover: handoverId });
      await notify(tx, pc.tenantId, [h.from_user], 'handover_refused', id, { actor: user.name, reference: kase.reference });
      return presentHandover((await handoverById(tx, id, handoverId))!);
    }), 200);
  });

  app.openapi(withdraw, async (c) => {
    const user = requireUser(c);
    const { id, handoverId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const { c: kase, h } = await openOffer(tx, user, id, handoverId, 'from_user');
      await answerHandover(tx, handoverId, 'withdrawn', null, new Date());
      await endOfferAccess(tx, id, h);
      await record(deps, tx, pc, kase, 'handover_withdrawn', { handover: handoverId });
      await notify(tx, pc.tenantId, [h.to_user], 'handover_withdrawn', id, { actor: user.name, reference: kase.reference });
      return presentHandover((await handoverById(tx, id, handoverId))!);
    }), 200);
  });

  app.openapi(ofCase, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await visibleCase(tx, user, id);
      // Handover notes are between the municipality's coordinators; partners never see them.
      if (kase.access.partner) throw notFound();
      const rows = await handoversOfCase(tx, id);
      if (rows.length) {
        await logProcessing(tx, pc, {
          activity: 'casus-overdragen', action: 'read', objectType: 'handover', objectId: id, caseId: id,
          legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
        });
      }
      return { items: rows.map(presentHandover) };
    }), 200);
  });

  app.openapi(mine, async (c) => {
    const user = requireUser(c);
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const rows = await offersTo(tx, user.userId);
      // The notes are read here: one processing per case.
      const lines = [];
      for (const r of rows) {
        lines.push({
          activity: 'casus-overdragen' as const, action: 'read' as const, objectType: 'handover', objectId: r.id, caseId: r.case_id,
          legalBasis: r.legal_basis, subjects: await householdSubjects(tx, deps.crypto, r.household_id),
        });
      }
      await logProcessing(tx, pc, lines);
      return { items: rows.map((r) => ({ ...presentHandover(r), reference: r.reference })) };
    }), 200);
  });

  return app;
}
