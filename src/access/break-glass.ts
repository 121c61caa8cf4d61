import { createRoute } from '@hono/zod-openapi';
import { addEvent, findOpenCase, getCase } from '../cases/store.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { householdMatchKeys } from '../households/matching.ts';
import { findKnownMembers, householdSubjects } from '../households/store.ts';
import { notify } from '../notifications/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { accessTo } from './case-access.ts';
import { BREAK_GLASS_HOURS, mayBreakGlass } from './model.ts';
import { BreakGlassInput, BreakGlassResult, BreakGlassSearchInput } from './schema.ts';
import { openBreakGlass, privacyOfficers } from './store.ts';

const result = { description: 'Noodtoegang geopend', content: { 'application/json': { schema: BreakGlassResult } } };
const onCase = createRoute({
  method: 'post', path: '/api/cases/{id}/break-glass', tags: ['Noodtoegang'], security: [{ sessie: [] }],
  summary: `Noodtoegang: een casus buiten uw team inzien als er nu gehandeld moet worden (${BREAK_GLASS_HOURS} uur, met reden; regisseur en privacy officer krijgen bericht)`,
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: BreakGlassInput } }, required: true } },
  responses: { 200: result, ...problemResponses(401, 404, 422) },
});
const bySearch = createRoute({
  method: 'post', path: '/api/break-glass', tags: ['Noodtoegang'], security: [{ sessie: [] }],
  summary: 'Noodtoegang via BSN of naam en geboortedatum, als u het casusnummer niet heeft',
  request: { body: { content: { 'application/json': { schema: BreakGlassSearchInput } }, required: true } },
  responses: { 200: result, ...problemResponses(401, 404, 422) },
});

/**
 * Opens a case to someone outside its team for a few hours. The reason is stored, the read is in
 * the processing log and on the timeline, and the coordinator and privacy officers are told.
 */
async function breakGlass(deps: Deps, tx: Tx, pc: ProcessingContext, user: SessionUser, caseId: string, reason: string) {
  if (!mayBreakGlass(user.roles)) throw notFound();
  const c = await getCase(tx, caseId);
  if (!c) throw notFound();
  const current = await accessTo(tx, user, c);
  if (current && current.via === 'team') return { caseId, until: new Date(Date.now() + BREAK_GLASS_HOURS * 3600_000).toISOString() };
  const until = new Date(Date.now() + BREAK_GLASS_HOURS * 3600_000);
  const id = await openBreakGlass(tx, pc.tenantId, caseId, user.userId, reason, until);
  await addEvent(tx, pc.tenantId, caseId, 'break_glass', user.userId, { until: until.toISOString() });
  await logProcessing(tx, pc, {
    activity: 'noodtoegang', action: 'read', objectType: 'case', objectId: caseId, caseId, legalBasis: 'vital_interest',
    subjects: await householdSubjects(tx, deps.crypto, c.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'case.break_glass', objectType: 'case', objectId: caseId, data: { breakGlass: id, until: until.toISOString() } }]);
  const officers = (await privacyOfficers(tx, pc.tenantId)).map((o) => o.user_id);
  await notify(tx, pc.tenantId, [...officers, ...(c.coordinator_id ? [c.coordinator_id] : [])], 'break_glass', caseId,
    { actor: user.name, reference: c.reference, reason });
  return { caseId, until: until.toISOString() };
}

export function breakGlassRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(onCase, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, (tx, pc) => breakGlass(deps, tx, pc, user, id, reason)), 200);
  });

  app.openapi(bySearch, async (c) => {
    const user = requireUser(c);
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      if (!mayBreakGlass(user.roles)) throw notFound();
      const known = await findKnownMembers(tx,
        input.bsn ? [deps.crypto.searchHash(input.bsn)] : [],
        input.name && input.birthDate ? householdMatchKeys([{ name: input.name, birthDate: input.birthDate }]) : []);
      const households = [...new Set(known.map((k) => k.household_id))];
      const open = households.length ? await findOpenCase(tx, households) : undefined;
      if (!open) throw notFound();
      return breakGlass(deps, tx, pc, user, open.id, input.reason);
    }), 200);
  });

  return app;
}
