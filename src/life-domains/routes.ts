import { createRoute } from '@hono/zod-openapi';
import { caseSection } from '../access/sections.ts';
import type { LifeDomain } from '../cases/model.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { addEvent } from '../cases/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, invalid } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { domainLabel, duplicateDomains, whereItBurns } from './model.ts';
import { AssessmentBatchInput, AssessmentInput, DomainParams, HistoryQuery, LifeDomainsView } from './schema.ts';
import { type NewAssessment, assessmentHistory, currentAssessments, insertAssessments, lockLifeDomains } from './store.ts';

const view = { description: 'De huidige beoordeling per leefgebied en de geschiedenis', content: { 'application/json': { schema: LifeDomainsView } } };
const tags = ['Leefgebieden'];

const list = createRoute({
  method: 'get', path: '/api/cases/{id}/life-domains', tags, security: [{ sessie: [] }],
  summary: 'Hoe het gaat per leefgebied (stabiel, onder druk, crisis) en alle eerdere beoordelingen',
  request: { params: CaseIdParam, query: HistoryQuery }, responses: { 200: view, ...problemResponses(401, 404, 422) },
});
const assessOne = createRoute({
  method: 'put', path: '/api/cases/{id}/life-domains/{domain}', tags, security: [{ sessie: [] }],
  summary: 'Eén leefgebied beoordelen; de vorige beoordeling blijft bewaard als geschiedenis',
  request: { params: DomainParams, body: { content: { 'application/json': { schema: AssessmentInput } }, required: true } },
  responses: { 200: view, ...problemResponses(401, 403, 404, 409, 422) },
});
const assessMany = createRoute({
  method: 'post', path: '/api/cases/{id}/life-domains', tags, security: [{ sessie: [] }],
  summary: 'Meerdere leefgebieden tegelijk beoordelen (bijvoorbeeld het hele raster van stap 1)',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: AssessmentBatchInput } }, required: true } },
  responses: { 200: view, ...problemResponses(401, 403, 404, 409, 422) },
});

type Wanted = NewAssessment & { basedOn?: string | null };

async function present(tx: Tx, caseId: string, domain?: string) {
  const [current, history] = await Promise.all([currentAssessments(tx, caseId), assessmentHistory(tx, caseId, domain)]);
  return { current, burning: whereItBurns(current).filter((a) => a.state !== 'stable').map((a) => a.domain), history };
}

/**
 * Saves assessments as new rows; nothing is overwritten. When the user says which assessment they
 * saw and someone assessed that domain since, nothing is saved and the answer names the domains.
 */
async function assess(crypto: Crypto, tx: Tx, pc: ProcessingContext, c: { id: string; household_id: string; legal_basis: string }, wanted: Wanted[]) {
  await lockLifeDomains(tx, c.id);
  const current = await currentAssessments(tx, c.id);
  const stale = wanted.filter((w) => w.basedOn !== undefined && (current.find((a) => a.domain === w.domain)?.id ?? null) !== w.basedOn);
  if (stale.length) {
    const names = stale.map((w) => domainLabel[w.domain as LifeDomain].toLowerCase()).join(', ');
    throw conflict(`Iemand anders heeft intussen dit leefgebied beoordeeld: ${names}. Er is niets opgeslagen. Bekijk de nieuwe beoordeling en sla daarna opnieuw op.`);
  }
  const ids = await insertAssessments(tx, pc.tenantId, c.id, pc.actorId, wanted);
  for (const [i, w] of wanted.entries()) {
    await addEvent(tx, pc.tenantId, c.id, 'life_domain_assessed', pc.actorId, { domain: w.domain, state: w.state, assessmentId: ids[i] });
  }
  await logProcessing(tx, pc, {
    activity: 'leefgebieden-beoordelen', action: 'create', objectType: 'life_domain_assessment', objectId: ids[0], caseId: c.id,
    legalBasis: c.legal_basis, subjects: await householdSubjects(tx, crypto, c.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: pc.actorId, action: 'life_domain.assessed', objectType: 'case', objectId: c.id,
    data: { assessments: wanted.map((w, i) => ({ id: ids[i], domain: w.domain, state: w.state })) },
  }]);
}

export function lifeDomainRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { domain } = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'life_domains', 'read');
      const result = await present(tx, id, domain);
      await logProcessing(tx, pc, {
        activity: 'leefgebieden-beoordelen', action: 'read', objectType: 'life_domain_assessment', objectId: id, caseId: id,
        legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
      });
      return result;
    }), 200);
  });

  app.openapi(assessOne, async (c) => {
    const user = requireUser(c);
    const { id, domain } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'life_domains', 'change');
      await assess(deps.crypto, tx, pc, kase, [{ domain, state: input.state, note: input.note ?? null, reportedBy: input.reportedBy ?? null, basedOn: input.basedOn }]);
      return present(tx, id);
    }), 200);
  });

  app.openapi(assessMany, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { assessments } = c.req.valid('json');
    const twice = duplicateDomains(assessments.map((a) => a.domain));
    if (twice.length) {
      throw invalid([{ field: 'assessments', message: `Elk leefgebied mag maar één keer voorkomen: ${twice.map((d) => domainLabel[d as LifeDomain].toLowerCase()).join(', ')}` }]);
    }
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'life_domains', 'change');
      await assess(deps.crypto, tx, pc, kase, assessments.map((a) => ({
        domain: a.domain, state: a.state, note: a.note ?? null, reportedBy: a.reportedBy ?? null, basedOn: a.basedOn,
      })));
      return present(tx, id);
    }), 200);
  });

  return app;
}
