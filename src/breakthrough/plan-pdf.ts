import { createRoute, z } from '@hono/zod-openapi';
import { membersOf } from '../households/store.ts';
import type { Block, PdfDocument } from '../platform/pdf/document.ts';
import { renderPdf } from '../platform/pdf/render.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { dutchDate } from '../privacy/labels.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { caseWithSections, recordChange } from './guard.ts';
import { type ActionStatus, actionStatusLabel } from './model.ts';
import { CaseParam } from './schema.ts';
import { municipalityName, perspectiveOf, tenantUser } from './store.ts';
import { type PlanView, presentPlan } from './views.ts';

/** The perspectiefplan as a document for the household: plain Dutch (B1), short sentences, a table for who does what. */

export interface PlanForHousehold {
  municipality: string;
  reference: string;
  /** Names of the household's members, or null when the downloader may not see them. */
  household: string[] | null;
  ownWords: string | null;
  plan: PlanView;
  coordinator: { name: string; phone: string | null; email: string; organisation: string | null } | null;
  producedOn: string;
}

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`);

export function planDocument(p: PlanForHousehold): PdfDocument {
  const forWhom = p.household?.length ? joinNames(p.household) : `Het huishouden van casus ${p.reference}`;
  const blocks: Block[] = [
    { type: 'paragraph', text: 'Dit is uw perspectiefplan. Hierin staat waar u over een jaar wilt staan. U leest ook wat uw doelen zijn en wie wat doet om daar te komen.' },
    { type: 'keyValue', items: [
      { label: 'Voor', value: forWhom },
      { label: 'Casus', value: p.reference },
      { label: 'Datum', value: dutchDate(p.producedOn) },
    ] },
    { type: 'heading', level: 2, text: 'Waar u over een jaar wilt staan' },
    p.ownWords?.trim()
      ? { type: 'paragraph', text: `In uw eigen woorden: “${p.ownWords.trim()}”` }
      : { type: 'paragraph', text: 'Dit schrijven wij nog samen met u op.' },
    { type: 'heading', level: 2, text: 'Uw doelen' },
    p.plan.goals.length
      ? { type: 'list', numbered: true, items: p.plan.goals.map((g) => g.text) }
      : { type: 'paragraph', text: 'Er staan nog geen doelen in het plan. Die maken wij samen met u.' },
    { type: 'heading', level: 2, text: 'Wie doet wat' },
  ];
  if (p.plan.actions.length) {
    blocks.push({
      type: 'table', caption: 'Wie doet wat, en wanneer', headers: ['Wie', 'Wat', 'Wanneer', 'Status'], widths: [1.4, 3, 1.2, 1],
      rows: p.plan.actions.map((a) => [a.owner, a.what, a.dueOn ? dutchDate(a.dueOn) : 'Nog niet bepaald', actionStatusLabel[a.status as ActionStatus]]),
    });
  } else {
    blocks.push({ type: 'paragraph', text: 'Er staan nog geen afspraken in het plan.' });
  }
  blocks.push({ type: 'heading', level: 2, text: 'Uw vaste contactpersoon' });
  if (p.coordinator) {
    const c = p.coordinator;
    blocks.push({ type: 'paragraph', text: `${c.name} is uw vaste contactpersoon. Heeft u een vraag, of gaat iets anders dan in dit plan staat? Bel of mail dan gerust.` });
    blocks.push({ type: 'keyValue', items: [
      { label: 'Naam', value: c.name },
      ...(c.organisation ? [{ label: 'Organisatie', value: `${c.organisation}, ${p.municipality}` }] : []),
      { label: 'Telefoon', value: c.phone ?? 'Bel het algemene nummer van de gemeente' },
      { label: 'E-mail', value: c.email },
    ] });
  } else {
    blocks.push({ type: 'paragraph', text: `Heeft u een vraag? Neem dan contact op met ${p.municipality}.` });
  }
  blocks.push({ type: 'paragraph', text: 'Klopt er iets niet in dit plan? Zeg het ons. Het is uw plan.' });
  return {
    title: 'Perspectiefplan', author: p.municipality, subject: `Perspectiefplan, casus ${p.reference}`, lang: 'nl-NL',
    footer: p.municipality, blocks,
  };
}

const pdfRoute = createRoute({
  method: 'get', path: '/api/cases/{id}/plan.pdf', tags: ['Perspectiefplan'], security: [{ sessie: [] }],
  summary: 'Het perspectiefplan als toegankelijke pdf in eenvoudig Nederlands, om aan het huishouden te geven',
  request: { params: CaseParam },
  responses: { 200: { description: 'De pdf', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses(401, 404, 422) },
});

export function planPdfRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(pdfRoute, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { doc, reference } = await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'plan');
      const sees = kase.access.sections;
      const [plan, perspective, members, coordinator, tenant] = await Promise.all([
        presentPlan(tx, id),
        sees.includes('breakthrough') ? perspectiveOf(tx, id) : null,
        sees.includes('household') ? membersOf(tx, [kase.household_id]) : null,
        kase.coordinator_id ? tenantUser(tx, pc.tenantId, kase.coordinator_id) : undefined,
        municipalityName(tx, pc.tenantId),
      ]);
      const self = members?.filter((m) => m.relation === 'zelf') ?? [];
      await recordChange(deps, tx, pc, kase, { event: 'plan_pdf', activity: 'perspectiefplan-downloaden', action: 'read', objectType: 'plan', objectId: id });
      return { reference: kase.reference, doc: planDocument({
        municipality: tenant.name, reference: kase.reference,
        household: members ? [...self, ...members.filter((m) => m.relation !== 'zelf')].map((m) => m.name) : null,
        ownWords: perspective?.ownWords ?? null, plan,
        coordinator: coordinator ? { name: coordinator.name, phone: coordinator.phone, email: coordinator.email, organisation: coordinator.organisation } : null,
        producedOn: amsterdamDate(new Date()),
      }) };
    });
    const pdf = await renderPdf(doc);
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf', 'content-disposition': `attachment; filename="perspectiefplan-${reference}.pdf"`,
    });
  });
  return app;
}
