import { createRoute, z } from '@hono/zod-openapi';
import { caseWithSections, recordChange } from '../breakthrough/guard.ts';
import { municipalityName, tenantUser } from '../breakthrough/store.ts';
import type { Contact } from '../database.ts';
import { householdSubjects, membersOf } from '../households/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, notFound } from '../platform/http/problem.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { renderPdf } from '../platform/pdf/render.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { type LetterData, letterDocument, letterHtml } from './letter.ts';
import type { Outcome } from './model.ts';
import { DecisionParams } from './schema.ts';
import { requestById, settingsOf } from './store.ts';

/** The decision letter for the resident, as an HTML page and as a tagged PDF; each read is logged. */

const tags = ['Besluiten'];
const html = createRoute({
  method: 'get', path: '/api/cases/{id}/decisions/{decisionId}/letter.html', tags, security: [{ sessie: [] }],
  summary: 'De besluitbrief voor de inwoner als losse, toegankelijke webpagina (lang="nl", eenvoudig Nederlands): wat is gevraagd, besloten en waarom, wat er nu gebeurt, de contactpersoon en hoe bezwaar te maken',
  request: { params: DecisionParams },
  responses: { 200: { description: 'De brief', content: { 'text/html': { schema: z.string() } } }, ...problemResponses(401, 404, 409, 422) },
});
const pdf = createRoute({
  method: 'get', path: '/api/cases/{id}/decisions/{decisionId}/letter.pdf', tags, security: [{ sessie: [] }],
  summary: 'De besluitbrief voor de inwoner als toegankelijke (getagde) pdf, om te printen of te mailen',
  request: { params: DecisionParams },
  responses: { 200: { description: 'De pdf', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses(401, 404, 409, 422) },
});

/** The letter's content; 404 for partners (the letter is the municipality's), 409 while nothing is decided. */
async function gather(deps: Deps, tx: Tx, pc: ProcessingContext, user: SessionUser, id: string, decisionId: string, format: 'html' | 'pdf') {
  const kase = await caseWithSections(tx, user, id, 'breakthrough');
  if (kase.access.partner) throw notFound();
  const row = await requestById(tx, id, decisionId);
  if (!row) throw notFound();
  if (row.status !== 'decided' || !row.outcome) throw conflict('Over dit verzoek is nog niet besloten; de brief komt er als het besluit er is.');
  const seesHousehold = kase.access.sections.includes('household');
  const [members, coordinator, tenant, settings] = await Promise.all([
    seesHousehold ? membersOf(tx, [kase.household_id]) : [],
    kase.coordinator_id ? tenantUser(tx, pc.tenantId, kase.coordinator_id) : undefined,
    municipalityName(tx, pc.tenantId), settingsOf(tx),
  ]);
  const addressed = members.filter((m) => m.relation === 'zelf' || m.relation === 'partner');
  const names = (addressed.length ? addressed : members.slice(0, 1)).map((m) => m.name);
  const data: LetterData = {
    municipality: tenant.name, reference: kase.reference, date: amsterdamDate(new Date(row.decided_at!)), names,
    address: seesHousehold ? (kase.contact as unknown as Contact).address ?? null : null,
    question: row.question, proposedStep: row.proposed_step, requestedCents: Number(row.amount_cents), outcome: row.outcome as Outcome,
    reasons: row.reasons ?? '', conditions: row.conditions, approvedCents: row.approved_cents == null ? null : Number(row.approved_cents),
    nextSteps: row.next_steps, decider: { name: row.decided_by_name ?? '', level: row.decided_level_name ?? '' },
    coordinator: coordinator ? { name: coordinator.name, phone: coordinator.phone, email: coordinator.email, organisation: coordinator.organisation } : null,
    objectionAddress: settings.objectionAddress,
  };
  if (format === 'pdf') {
    await recordChange(deps, tx, pc, kase, { event: 'decision_letter', activity: 'besluitbrief-maken', action: 'read', objectType: 'decision_letter', objectId: decisionId, data: { decision: decisionId } });
  } else {
    await logProcessing(tx, pc, {
      activity: 'besluitbrief-maken', action: 'read', objectType: 'decision_letter', objectId: decisionId, caseId: id, legalBasis: kase.legal_basis,
      subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
    });
  }
  return { doc: letterDocument(data), reference: kase.reference };
}

export function letterRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(html, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const { doc } = await inTenant(deps, c, user, (tx, pc) => gather(deps, tx, pc, user, id, decisionId, 'html'));
    return c.html(letterHtml(doc), 200);
  });

  app.openapi(pdf, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const { doc, reference } = await inTenant(deps, c, user, (tx, pc) => gather(deps, tx, pc, user, id, decisionId, 'pdf'));
    const bytes = await renderPdf(doc);
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/pdf', 'content-disposition': `attachment; filename="besluit-${reference}.pdf"`,
    });
  });

  return app;
}
