import { createRoute } from '@hono/zod-openapi';
import { canContribute } from '../access/model.ts';
import { managedCase } from '../access/team.ts';
import { caseOverview, visibleCase } from '../cases/overview.ts';
import { CaseIdParam, CaseOverview } from '../cases/schema.ts';
import { addEvent } from '../cases/store.ts';
import { openHandover } from '../handover/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingActivity, type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { closureErrors, followUpDueDates, kindErrors } from './model.ts';
import { CloseInput, FollowUpInput, FollowUpParams, KindInput } from './schema.ts';
import { closeCase, closureOf, followUp, recordFollowUp, reopenCase, scheduleFollowUps, setKind } from './store.ts';

const overviewResponse = { description: 'Het casusoverzicht', content: { 'application/json': { schema: CaseOverview } } };
const kind = createRoute({
  method: 'patch', path: '/api/cases/{id}/kind', tags: ['Afsluiten en nazorg'], security: [{ sessie: [] }],
  summary: 'Soort casus: doorbraak, advies (de regisseur coacht) of tijdelijke overname (met datum van teruggave)',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: KindInput } }, required: true } },
  responses: { 200: overviewResponse, ...problemResponses(401, 404, 409, 422) },
});
const close = createRoute({
  method: 'post', path: '/api/cases/{id}/close', tags: ['Afsluiten en nazorg'], security: [{ sessie: [] }],
  summary: 'De casus afsluiten met de uitkomst en de woorden van de inwoner; plant nazorg na 3, 6 en 12 maanden',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: CloseInput } }, required: true } },
  responses: { 200: overviewResponse, ...problemResponses(401, 404, 409, 422) },
});
const record = createRoute({
  method: 'post', path: '/api/cases/{id}/follow-ups/{followUpId}', tags: ['Afsluiten en nazorg'], security: [{ sessie: [] }],
  summary: 'Nazorg vastleggen: houdt de oplossing stand? Met reopen: true gaat de casus weer open',
  request: { params: FollowUpParams, body: { content: { 'application/json': { schema: FollowUpInput } }, required: true } },
  responses: { 200: overviewResponse, ...problemResponses(401, 403, 404, 409, 422) },
});

const stale = () => conflict('Iemand anders heeft deze casus net gewijzigd. Vernieuw de pagina; wat u invulde blijft staan.');

type Kase = Awaited<ReturnType<typeof visibleCase>>;

async function log(deps: Deps, tx: Tx, pc: ProcessingContext, c: Kase, activity: ProcessingActivity, type: string, data: Record<string, unknown>) {
  await addEvent(tx, pc.tenantId, c.id, type, pc.actorId, data);
  await logProcessing(tx, pc, {
    activity, action: 'update', objectType: 'case', objectId: c.id, caseId: c.id, legalBasis: c.legal_basis,
    subjects: await householdSubjects(tx, deps.crypto, c.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{ actorId: pc.actorId, action: `case.${type}`, objectType: 'case', objectId: c.id, data }]);
}

export function closureRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(kind, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      if (kase.status !== 'active') throw conflict('De soort kan alleen bij een lopende casus veranderen.');
      if (kase.version !== input.version) throw stale();
      const errors = kindErrors(input, amsterdamDate(new Date()));
      if (errors.length) throw invalid(errors);
      const plannedReturn = input.kind === 'takeover' ? input.plannedReturn ?? null : null;
      if (!(await setKind(tx, id, input.version, input.kind, plannedReturn))) throw stale();
      await log(deps, tx, pc, kase, 'casussoort-bepalen', 'kind_changed', { kind: input.kind, from: kase.kind, plannedReturn });
      return caseOverview(tx, deps.crypto, pc, user, id);
    }) as never, 200);
  });

  app.openapi(close, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      if (kase.status !== 'active') throw conflict('Alleen een lopende casus kan worden afgesloten.');
      if (kase.version !== input.version) throw stale();
      if (await openHandover(tx, id)) throw conflict('Er staat nog een overdracht open. Trek die eerst in of wacht op het antwoord.');
      const current = await closureOf(tx, id);
      const advice = input.advice?.trim() || current.advice;
      const errors = closureErrors({ kind: kase.kind, outcome: input.outcome, residentWords: input.residentWords, outcomeNote: input.outcomeNote, advice });
      if (errors.length) throw invalid(errors);
      const now = new Date();
      const closed = await closeCase(tx, id, input.version, {
        outcome: input.outcome, outcomeNote: input.outcomeNote || null, residentWords: input.residentWords, advice: advice || null,
        closedBy: user.userId, closedAt: now,
      });
      if (!closed) throw stale();
      const dates = followUpDueDates(amsterdamDate(now));
      await scheduleFollowUps(tx, pc.tenantId, id, dates);
      await log(deps, tx, pc, kase, 'casus-afsluiten', 'closed', { outcome: input.outcome, kind: kase.kind, followUps: dates.map((d) => d.dueOn) });
      return caseOverview(tx, deps.crypto, pc, user, id);
    }) as never, 200);
  });

  app.openapi(record, async (c) => {
    const user = requireUser(c);
    const { id, followUpId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await visibleCase(tx, user, id);
      if (!canContribute(kase.access) || kase.access.partner) {
        throw forbidden('Alleen de regisseur en collega’s die meewerken aan de casus leggen nazorg vast.');
      }
      const f = await followUp(tx, id, followUpId);
      if (!f) throw notFound();
      if (f.done_at) throw conflict(`De nazorg na ${f.months} maanden is al vastgelegd. Vernieuw de pagina.`);
      if (input.reopen && kase.status !== 'closed') throw invalid([{ field: 'reopen', message: 'De casus is al open' }]);
      const now = new Date();
      if (!(await recordFollowUp(tx, followUpId, { result: input.result, note: input.note || null, reopened: input.reopen, userId: user.userId, now }))) {
        throw conflict('Iemand anders heeft deze nazorg net vastgelegd. Vernieuw de pagina.');
      }
      await log(deps, tx, pc, kase, 'casus-nazorg', 'follow_up_recorded', { followUp: followUpId, months: f.months, result: input.result });
      if (input.reopen) {
        if (!(await reopenCase(tx, id))) throw stale();
        await log(deps, tx, pc, kase, 'casus-nazorg', 'reopened', { followUp: followUpId });
      }
      return caseOverview(tx, deps.crypto, pc, user, id);
    }) as never, 200);
  });

  return app;
}
