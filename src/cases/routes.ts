import { createRoute } from '@hono/zod-openapi';
import { membersOf } from '../households/store.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, forbidden } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import type { ProcessingContext } from '../platform/log/processing.ts';
import { listCases } from './list.ts';
import { isOverdue, nextDue, type CaseStatus, type LifeDomain } from './model.ts';
import { caseOverview, visibleCase } from './overview.ts';
import { CaseIdParam, CaseList, CaseListQuery, CaseOverview, ReferInput } from './schema.ts';
import { addEvent, updateCase } from './store.ts';
import { addTeamMember } from '../access/store.ts';
import { accessTo } from '../access/case-access.ts';
import { isPartner } from '../access/model.ts';

const overviewResponse = { description: 'Casusoverzicht', content: { 'application/json': { schema: CaseOverview } } };

const list = createRoute({
  method: 'get', path: '/api/cases', tags: ['Casussen'], security: [{ sessie: [] }],
  summary: "Triage-inbox (view=inbox) of 'mijn casussen' (view=mine), vroegste termijn eerst",
  request: { query: CaseListQuery },
  responses: { 200: { description: 'Een pagina casussen', content: { 'application/json': { schema: CaseList } } }, ...problemResponses(401, 403, 422) },
});
const get = createRoute({
  method: 'get', path: '/api/cases/{id}', tags: ['Casussen'], security: [{ sessie: [] }],
  summary: 'Casusoverzicht: huishouden, verhaal, leefgebieden, regisseur, termijnen en tijdlijn',
  request: { params: CaseIdParam }, responses: { 200: overviewResponse, ...problemResponses(401, 404, 422) },
});
const accept = createRoute({
  method: 'post', path: '/api/cases/{id}/accept', tags: ['Casussen'], security: [{ sessie: [] }],
  summary: 'Casus oppakken: u wordt de regisseur en vaste contactpersoon',
  request: { params: CaseIdParam }, responses: { 200: overviewResponse, ...problemResponses(401, 403, 404, 409) },
});
const refer = createRoute({
  method: 'post', path: '/api/cases/{id}/refer', tags: ['Casussen'], security: [{ sessie: [] }],
  summary: 'Terugverwijzen naar de standaardroute, met een reden die de melder ziet',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: ReferInput } }, required: true } },
  responses: { 200: overviewResponse, ...problemResponses(401, 403, 404, 409, 422) },
});

/** Triage moves a new case on; a case someone else already triaged is a conflict, not an overwrite. */
async function triage(deps: Deps, tx: Tx, pc: ProcessingContext, user: SessionUser, id: string, to: 'active' | 'referred', reason?: string) {
  const c = await visibleCase(tx, user, id);
  if (c.status !== 'new') throw conflict('Deze aanmelding is al door iemand anders opgepakt of terugverwezen. Vernieuw de pagina.');
  const now = new Date();
  const set = to === 'active'
    ? { status: 'active', coordinator_id: user.userId, accepted_at: now,
      next_due: nextDue({ status: 'active', step: c.step, firstContactDue: c.first_contact_due, startDue: c.start_due }) }
    : { status: 'referred', referral_reason: reason, next_due: null };
  if (!(await updateCase(tx, id, 'new', set))) throw conflict('Deze aanmelding is zojuist door iemand anders behandeld. Vernieuw de pagina.');
  if (to === 'active') await addTeamMember(tx, pc.tenantId, id, user.userId, { role: 'coordinator', addedBy: user.userId });
  await addEvent(tx, pc.tenantId, id, to === 'active' ? 'accepted' : 'referred', user.userId);
  const members = await membersOf(tx, [c.household_id]);
  await logProcessing(tx, pc, {
    activity: to === 'active' ? 'casus-oppakken' : 'casus-terugverwijzen', action: 'update', objectType: 'case',
    objectId: id, caseId: id, legalBasis: c.legal_basis, subjects: members.map((m) => deps.crypto.pseudonym('person', m.id)),
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: user.userId, action: to === 'active' ? 'case.accepted' : 'case.referred', objectType: 'case', objectId: id,
    data: { from: 'new', to, coordinator: to === 'active' ? user.userId : null },
  }]);
}

export function caseRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const user = requireUser(c);
    if (q.view === 'inbox' && !user.roles.includes('coordinator')) throw forbidden('Alleen regisseurs zien de triage-inbox.');
    const today = amsterdamDate(new Date());
    const weekEnd = amsterdamDate(new Date(Date.now() + 7 * 86400_000));
    const page = await inTenant(deps, c, user, async (tx, pc) => {
      const result = await listCases(tx, { ...q, userId: user.userId, today, weekEnd });
      // A partner sees per case only the sections shared with them; everyone else on a list is on its team.
      if (isPartner(user.roles)) {
        for (const r of result.rows) {
          const sections = (await accessTo(tx, user, r))?.sections ?? [];
          if (!sections.includes('story')) r.story_excerpt = '';
          if (!sections.includes('life_domains')) r.life_domains = [];
        }
      }
      // The list shows story excerpts: a read of the personal data of every household on the page.
      const members = await membersOf(tx, [...new Set(result.rows.map((r) => r.household_id))]);
      await logProcessing(tx, pc, result.rows.map((r) => ({
        activity: 'casus-lijst-inzien' as const, action: 'read' as const, objectType: 'case', objectId: r.id, caseId: r.id,
        legalBasis: r.legal_basis,
        subjects: members.filter((m) => m.household_id === r.household_id).map((m) => deps.crypto.pseudonym('person', m.id)),
      })));
      return result;
    });
    return c.json({
      items: page.rows.map((r) => ({
        id: r.id, reference: r.reference, status: r.status, step: r.step, kind: r.kind, urgency: r.urgency,
        storyExcerpt: r.story_excerpt ?? '', lifeDomains: r.life_domains as LifeDomain[],
        reportedAt: new Date(r.reported_at).toISOString(), firstContactDue: r.first_contact_due, startDue: r.start_due,
        nextDue: r.next_due, overdue: isOverdue(r.next_due, today),
        coordinator: r.coordinator_id ? { id: r.coordinator_id, name: r.coordinator_name ?? '' } : null,
      })),
      nextCursor: page.nextCursor,
    }, 200);
  });

  app.openapi(get, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, (tx, pc) => caseOverview(tx, deps.crypto, pc, user, id)) as never, 200);
  });

  app.openapi(accept, async (c) => {
    const user = requireUser(c, 'coordinator');
    const { id } = c.req.valid('param');
    const overview = await inTenant(deps, c, user, async (tx, pc) => {
      await triage(deps, tx, pc, user, id, 'active');
      return caseOverview(tx, deps.crypto, pc, user, id);
    });
    return c.json(overview as never, 200);
  });

  app.openapi(refer, async (c) => {
    const user = requireUser(c, 'coordinator');
    const { id } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    // After referral the case leaves triage, so the answer is the short status rather than the overview.
    const overview = await inTenant(deps, c, user, async (tx, pc) => {
      const before = await caseOverview(tx, deps.crypto, pc, user, id);
      await triage(deps, tx, pc, user, id, 'referred', reason);
      return { ...before, status: 'referred' as CaseStatus, referralReason: reason, nextDue: null, overdue: false };
    });
    return c.json(overview as never, 200);
  });

  return app;
}
