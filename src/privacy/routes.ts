import { createRoute, z } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { invalid, Problem } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { processingActivities } from '../platform/log/processing.ts';
import { renderPdf } from '../platform/pdf/render.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { requestErasure } from './erase.ts';
import { type LogLine, presentLogRow, writeExport } from './export.ts';
import { logReading, resolveFilter, searchLog } from './log-search.ts';
import { caseKinds } from '../cases/model.ts';
import { checkPolicyYears, legalRetention, LEGAL_MINIMUM_YEARS } from './model.ts';
import { personHistory, rectifyPerson, searchPersons } from './persons.ts';
import { accessReport } from './report.ts';
import { accessReportDocument } from './report-pdf.ts';
import {
  AccessReport, Activities, ErasureInput, ErasureResult, ExportQuery, PersonHistory, PersonIdParam, PersonSearchInput, PersonSearchResult,
  ProcessingPage, ProcessingQuery, RectificationInput, RectifiedPerson, ReportQuery, RetentionInput, RetentionPolicies,
} from './schema.ts';
import { cursorOf, type LogRow, logPage, retentionPolicy, setRetentionPolicy } from './store.ts';

const OFFICER = 'privacy_officer';
const tags = ['Privacy'];
const security = [{ sessie: [] }];
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
const body = <T extends z.ZodType>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const activities = createRoute({
  method: 'get', path: '/api/privacy/activities', tags, security,
  summary: 'Het verwerkingsregister: elke verwerkingsactiviteit met haar doel',
  responses: { 200: json(Activities, 'Het register'), ...problemResponses(401, 403) },
});
const search = createRoute({
  method: 'get', path: '/api/privacy/processing', tags, security,
  summary: 'Verwerkingenlog doorzoeken op inwoner, medewerker, casus, activiteit en periode (nieuwste eerst)',
  request: { query: ProcessingQuery },
  responses: { 200: json(ProcessingPage, 'Een pagina logregels'), ...problemResponses(401, 403, 404, 422) },
});
const exportLog = createRoute({
  method: 'get', path: '/api/privacy/processing/export', tags, security,
  summary: 'Verwerkingenlog uitvoeren als CSV (voor Excel) of JSON, met dezelfde filters',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'Alle logregels die passen, één regel per betrokkene',
      content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(ProcessingPage.shape.items.element) } },
    },
    ...problemResponses(401, 403, 404, 422),
  },
});
const findPerson = createRoute({
  method: 'post', path: '/api/privacy/persons/search', tags, security,
  summary: 'Inwoner zoeken op BSN, of op naam en geboortedatum (POST: geen persoonsgegevens in de URL)',
  request: body(PersonSearchInput),
  responses: { 200: json(PersonSearchResult, 'Gevonden inwoners'), ...problemResponses(401, 403, 422) },
});
const report = createRoute({
  method: 'get', path: '/api/privacy/persons/{personId}/report', tags, security,
  summary: 'Inzage (AVG art. 15): alles over de inwoner en elke verwerking, als JSON of als toegankelijke pdf',
  request: { params: PersonIdParam, query: ReportQuery },
  responses: {
    200: { description: 'Het inzagerapport', content: { 'application/json': { schema: AccessReport }, 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...problemResponses(401, 403, 404, 422),
  },
});
const rectify = createRoute({
  method: 'patch', path: '/api/privacy/persons/{personId}', tags, security,
  summary: 'Gegevens verbeteren (AVG art. 16); de oude waarden blijven bewaard',
  request: { params: PersonIdParam, ...body(RectificationInput) },
  responses: { 200: json(RectifiedPerson, 'De verbeterde gegevens'), ...problemResponses(401, 403, 404, 409, 422) },
});
const history = createRoute({
  method: 'get', path: '/api/privacy/persons/{personId}/history', tags, security,
  summary: 'Eerdere waarden van verbeterde gegevens, met wie, wanneer en waarom',
  request: { params: PersonIdParam },
  responses: { 200: json(PersonHistory, 'De geschiedenis'), ...problemResponses(401, 403, 404, 422) },
});
const erase = createRoute({
  method: 'post', path: '/api/privacy/persons/{personId}/erasure', tags, security,
  summary: 'Gegevens wissen (AVG art. 17); geweigerd (409) zolang een casus loopt of een bewaartermijn geldt, met de grond vastgelegd',
  request: { params: PersonIdParam, ...body(ErasureInput) },
  responses: { 200: json(ErasureResult, 'Gewist'), ...problemResponses(401, 403, 404, 409, 422) },
});
const getRetention = createRoute({
  method: 'get', path: '/api/privacy/retention', tags, security,
  summary: 'Bewaartermijnen per soort casus, met de wettelijke minimumtermijnen en hun bron',
  responses: { 200: json(RetentionPolicies, 'De bewaartermijnen'), ...problemResponses(401, 403) },
});
const putRetention = createRoute({
  method: 'put', path: '/api/privacy/retention', tags, security,
  summary: 'Bewaartermijnen instellen; korter dan de wet vraagt kan niet (422)',
  request: body(RetentionInput),
  responses: { 200: json(RetentionPolicies, 'De bewaartermijnen'), ...problemResponses(401, 403, 422) },
});

export function privacyRoutes(deps: Deps) {
  const app = newRouter();

  async function policies(c: Parameters<typeof requireUser>[0], user: ReturnType<typeof requireUser>) {
    const { policy, set } = await inTenant(deps, c, user, (tx) => retentionPolicy(tx));
    return {
      policies: caseKinds.map((k) => ({ caseKind: k, years: policy[k], legalMinimumYears: LEGAL_MINIMUM_YEARS, isDefault: !set.has(k) })),
      legalRules: legalRetention.map((r) => ({ id: r.id, years: r.years, lifeDomains: r.lifeDomains, ground: r.ground })),
    };
  }

  app.openapi(activities, (c) => {
    requireUser(c, OFFICER);
    return c.json({ items: Object.entries(processingActivities).map(([id, purpose]) => ({ id, purpose })) }, 200);
  });

  app.openapi(search, async (c) => {
    const user = requireUser(c, OFFICER);
    const { cursor, limit, ...filter } = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, (tx, pc) => searchLog(tx, deps.crypto, pc, filter, cursor, limit)), 200);
  });

  app.openapi(exportLog, async (c) => {
    const user = requireUser(c, OFFICER);
    const { format, ...f } = c.req.valid('query');
    // Filters are checked before the first byte, so a mistake is still a problem+json answer.
    const filter = await inTenant(deps, c, user, (tx) => resolveFilter(tx, deps.crypto, f));
    const logged = new Set<string>();
    let after: ReturnType<typeof cursorOf> | null = null;
    const nextPage = () => inTenant(deps, c, user, async (tx, pc) => {
      const rows: LogRow[] = await logPage(tx, filter, after, 1000);
      if (rows.length) after = cursorOf(rows[rows.length - 1]);
      const lines: LogLine[] = rows.map(presentLogRow);
      await logReading(tx, pc, lines, logged);
      return lines;
    });
    c.header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    c.header('content-disposition', `attachment; filename="verwerkingen-${amsterdamDate(new Date())}.${format}"`);
    return stream(c, async (s) => {
      const lines = await writeExport(format, nextPage, (chunk) => s.write(chunk).then(() => undefined));
      await inTenant(deps, c, user, (tx, pc) => appendAudit(tx, pc.tenantId, [{
        actorId: user.userId, action: 'privacy.processing_exported', objectType: 'processing_log',
        data: { format, lines, filters: Object.keys(f).filter((k) => f[k as keyof typeof f] !== undefined) },
      }]));
    }, async (err) => {
      // Headers are gone by now, so the client sees a cut-off file; the technical log gets the trace id only,
      // as database errors may quote personal data.
      console.error(`[${c.get('traceId')}] export van het verwerkingenlog afgebroken: ${err.name} ${(err as { code?: string }).code ?? ''}`);
    }) as never;
  });

  app.openapi(findPerson, async (c) => {
    const user = requireUser(c, OFFICER);
    const input = c.req.valid('json');
    return c.json({ items: await inTenant(deps, c, user, (tx, pc) => searchPersons(tx, deps.crypto, pc, input)) }, 200);
  });

  app.openapi(report, async (c) => {
    const user = requireUser(c, OFFICER);
    const { personId } = c.req.valid('param');
    const { format } = c.req.valid('query');
    const r = await inTenant(deps, c, user, (tx, pc) => accessReport(tx, deps.crypto, pc, personId, format));
    if (format === 'json') return c.json(r, 200);
    const pdf = await renderPdf(accessReportDocument(r));
    return c.body(new Uint8Array(pdf), 200, {
      'content-type': 'application/pdf', 'content-disposition': `attachment; filename="inzage-${amsterdamDate(new Date())}.pdf"`,
    }) as never;
  });

  app.openapi(rectify, async (c) => {
    const user = requireUser(c, OFFICER);
    const { personId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, (tx, pc) => rectifyPerson(tx, deps.crypto, pc, personId, input)), 200);
  });

  app.openapi(history, async (c) => {
    const user = requireUser(c, OFFICER);
    const { personId } = c.req.valid('param');
    return c.json({ items: await inTenant(deps, c, user, (tx, pc) => personHistory(tx, deps.crypto, pc, personId)) }, 200);
  });

  app.openapi(erase, async (c) => {
    const user = requireUser(c, OFFICER);
    const { personId } = c.req.valid('param');
    const { reason } = c.req.valid('json');
    const outcome = await inTenant(deps, c, user, (tx, pc) => requestErasure(tx, deps.crypto, pc, personId, reason));
    // Refused only now, after the refusal and its ground have been committed.
    if (outcome.status === 'refused') throw new Problem(409, 'wissen-geweigerd', 'Wissen kan nu niet', outcome.legalGround);
    return c.json(outcome, 200);
  });

  app.openapi(getRetention, async (c) => {
    const user = requireUser(c, OFFICER, 'administrator');
    return c.json(await policies(c, user), 200);
  });

  app.openapi(putRetention, async (c) => {
    const user = requireUser(c, OFFICER, 'administrator');
    const input = c.req.valid('json');
    const errors = input.policies.flatMap((p, i) => {
      const problem = checkPolicyYears(p.years);
      return problem ? [{ field: `policies.${i}.years`, message: problem }] : [];
    });
    if (errors.length) throw invalid(errors);
    await inTenant(deps, c, user, async (tx, pc) => {
      const { policy } = await retentionPolicy(tx);
      for (const p of input.policies) await setRetentionPolicy(tx, pc.tenantId, user.userId, p.caseKind, p.years);
      await appendAudit(tx, pc.tenantId, input.policies.map((p) => ({
        actorId: user.userId, action: 'retention.policy_set', objectType: 'retention_policy', data: { caseKind: p.caseKind, from: policy[p.caseKind], to: p.years },
      })));
    });
    return c.json(await policies(c, user), 200);
  });

  return app;
}
