import { createRoute, z } from '@hono/zod-openapi';
import { caseSections } from '../access/model.ts';
import { recordTeamChange } from '../access/team.ts';
import { visibleCase } from '../cases/overview.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { notify } from '../notifications/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { invalid, notFound } from '../platform/http/problem.ts';
import { isAfterToday } from '../platform/time/working-days.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { consentMethods, otherLegalBases } from './model.ts';
import { basesOf, consentsOf, endBasis, insertBasis, insertConsent, withdrawConsent } from './store.ts';

const Sections = z.array(z.enum(caseSections, { error: 'Onbekend onderdeel' })).min(1, 'Kies ten minste één onderdeel');
const Organisations = z.array(z.string().trim().min(2, 'Vul de organisatie in').max(200)).min(1, 'Noem ten minste één organisatie').max(20);

const ConsentInput = z.object({
  personId: z.string({ error: 'Kies voor wie de toestemming geldt' }).uuid('Kies een gezinslid'),
  purpose: z.string({ error: 'Vul het doel in' }).trim().min(5, 'Beschrijf het doel in een paar woorden').max(500),
  organisations: Organisations,
  sections: Sections,
  method: z.enum(consentMethods, { error: 'Kies mondeling, schriftelijk of digitaal' }),
  givenOn: z.iso.date('Gebruik de vorm JJJJ-MM-DD'),
}).openapi('ConsentInput');
const WithdrawInput = z.object({ note: z.string().trim().max(1000).optional() }).openapi('WithdrawConsentInput');
const BasisInput = z.object({
  organisation: z.string({ error: 'Vul de organisatie in' }).trim().min(2, 'Vul de organisatie in').max(200),
  sections: Sections,
  legalBasis: z.enum(otherLegalBases, { error: 'Kies wettelijke plicht, publieke taak of vitaal belang' }),
  article: z.string({ error: 'Noem het wetsartikel' }).trim().min(3, 'Noem het wetsartikel, bijvoorbeeld art. 7.1.1.1 Jeugdwet').max(300),
}).openapi('ShareBasisInput');

const Consents = z.object({
  consents: z.array(z.object({
    id: z.string(), personId: z.string(), personName: z.string(), purpose: z.string(), organisations: z.array(z.string()),
    sections: z.array(z.string()), method: z.enum(consentMethods), givenOn: z.string(), recordedAt: z.string(),
    recordedBy: z.string().nullable(), withdrawnAt: z.string().nullable(), withdrawnBy: z.string().nullable(), withdrawalNote: z.string().nullable(),
  })),
  bases: z.array(z.object({
    id: z.string(), organisation: z.string(), sections: z.array(z.string()), legalBasis: z.enum(otherLegalBases), article: z.string(),
    recordedAt: z.string(), recordedBy: z.string().nullable(), endedAt: z.string().nullable(),
  })),
}).openapi('Consents');
const ok = { description: 'Toestemmingen en grondslagen van de casus', content: { 'application/json': { schema: Consents } } };
const Params = (name: string) => z.object({ id: z.string().uuid('Dit is geen geldig casusnummer'), [name]: z.string().uuid('Onbekend') });

const list = createRoute({
  method: 'get', path: '/api/cases/{id}/consents', tags: ['Toestemming'], security: [{ sessie: [] }],
  summary: 'Toestemmingen per gezinslid en andere grondslagen om te delen',
  request: { params: CaseIdParam }, responses: { 200: ok, ...problemResponses(401, 404) },
});
const give = createRoute({
  method: 'post', path: '/api/cases/{id}/consents', tags: ['Toestemming'], security: [{ sessie: [] }],
  summary: 'Toestemming van een gezinslid vastleggen: doel, organisaties, onderdelen, hoe en wanneer',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: ConsentInput } }, required: true } },
  responses: { 201: ok, ...problemResponses(401, 404, 422) },
});
const withdraw = createRoute({
  method: 'post', path: '/api/cases/{id}/consents/{consentId}/withdraw', tags: ['Toestemming'], security: [{ sessie: [] }],
  summary: 'Toestemming intrekken: ketenpartners verliezen meteen de onderdelen die erop rustten',
  request: { params: Params('consentId'), body: { content: { 'application/json': { schema: WithdrawInput } }, required: true } },
  responses: { 200: ok, ...problemResponses(401, 404) },
});
const addBasis = createRoute({
  method: 'post', path: '/api/cases/{id}/share-bases', tags: ['Toestemming'], security: [{ sessie: [] }],
  summary: 'Een andere wettelijke grondslag dan toestemming vastleggen, met het wetsartikel',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: BasisInput } }, required: true } },
  responses: { 201: ok, ...problemResponses(401, 404, 422) },
});
const stopBasis = createRoute({
  method: 'post', path: '/api/cases/{id}/share-bases/{basisId}/end', tags: ['Toestemming'], security: [{ sessie: [] }],
  summary: 'Een grondslag beëindigen',
  request: { params: Params('basisId') }, responses: { 200: ok, ...problemResponses(401, 404) },
});

/** Consent is recorded by the municipality's own team members who work on the case, never by partners. */
async function workingCase(tx: Tx, user: SessionUser, id: string) {
  const c = await visibleCase(tx, user, id);
  if (c.access.via !== 'team' || c.access.partner || c.access.role === 'reader') throw notFound();
  return c;
}

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

async function present(tx: Tx, caseId: string) {
  const [consents, bases] = await Promise.all([consentsOf(tx, caseId), basesOf(tx, caseId)]);
  return {
    consents: consents.map((c) => ({
      id: c.id, personId: c.person_id, personName: c.person_name, purpose: c.purpose, organisations: c.organisations,
      sections: c.sections, method: c.method, givenOn: c.given_on, recordedAt: iso(c.recorded_at)!, recordedBy: c.recorded_by,
      withdrawnAt: iso(c.withdrawn_at), withdrawnBy: c.withdrawn_by, withdrawalNote: c.withdrawal_note,
    })),
    bases: bases.map((b) => ({
      id: b.id, organisation: b.organisation, sections: b.sections, legalBasis: b.legal_basis, article: b.article,
      recordedAt: iso(b.recorded_at)!, recordedBy: b.recorded_by, endedAt: iso(b.ended_at),
    })),
  };
}

export function consentRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx) => {
      const kase = await visibleCase(tx, user, id);
      if (kase.access.partner) throw notFound();
      return present(tx, id);
    }), 200);
  });

  app.openapi(give, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await workingCase(tx, user, id);
      const person = await tx.selectFrom('person').select('id').where('id', '=', input.personId).where('household_id', '=', kase.household_id).executeTakeFirst();
      if (!person) throw invalid([{ field: 'personId', message: 'Kies een gezinslid van dit huishouden' }]);
      if (isAfterToday(input.givenOn)) throw invalid([{ field: 'givenOn', message: 'De datum ligt in de toekomst' }]);
      const consentId = await insertConsent(tx, { tenantId: pc.tenantId, caseId: id, ...input, sections: [...new Set(input.sections)], recordedBy: user.userId });
      await recordTeamChange(deps, tx, pc, kase, 'consent_recorded', { consent: consentId, sections: input.sections, method: input.method }, 'toestemming-vastleggen');
      return present(tx, id);
    }), 201);
  });

  app.openapi(withdraw, async (c) => {
    const user = requireUser(c);
    const { id, consentId } = c.req.valid('param');
    const note = c.req.valid('json').note || null;
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await workingCase(tx, user, id);
      if (!(await withdrawConsent(tx, id, consentId as string, user.userId, note))) throw notFound();
      await recordTeamChange(deps, tx, pc, kase, 'consent_withdrawn', { consent: consentId }, 'toestemming-vastleggen');
      if (kase.coordinator_id && kase.coordinator_id !== user.userId) {
        await notify(tx, pc.tenantId, [kase.coordinator_id], 'consent_withdrawn', id, { reference: kase.reference });
      }
      return present(tx, id);
    }), 200);
  });

  app.openapi(addBasis, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await workingCase(tx, user, id);
      const basisId = await insertBasis(tx, { tenantId: pc.tenantId, caseId: id, ...input, sections: [...new Set(input.sections)], recordedBy: user.userId });
      await recordTeamChange(deps, tx, pc, kase, 'basis_recorded', { basis: basisId, legalBasis: input.legalBasis, sections: input.sections }, 'toestemming-vastleggen');
      return present(tx, id);
    }), 201);
  });

  app.openapi(stopBasis, async (c) => {
    const user = requireUser(c);
    const { id, basisId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await workingCase(tx, user, id);
      if (!(await endBasis(tx, id, basisId as string, user.userId))) throw notFound();
      await recordTeamChange(deps, tx, pc, kase, 'basis_ended', { basis: basisId }, 'toestemming-vastleggen');
      return present(tx, id);
    }), 200);
  });

  return app;
}
