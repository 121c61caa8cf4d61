import { createRoute, z } from '@hono/zod-openapi';
import { hit } from '../platform/auth/rate-limit.ts';
import { randomToken, sha256 } from '../platform/crypto/index.ts';
import { withSystem, withTenant } from '../platform/db/tenant.ts';
import { type Deps, clientAddress, inTenant, newRouter, processingContext, requireUser } from '../platform/http/context.ts';
import { notFound, Problem, invalid } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { publicTenant } from '../tenants/store.ts';
import { registerIntake } from './register.ts';
import { IntakeInput, IntakeReceipt, IntakeStatus, MyIntakes } from './schema.ts';
import { intakeByReceipt, intakesByReporter, tenantOfReceipt } from './store.ts';

const PUBLIC_LIMIT = { max: 10, windowSeconds: 3600 };
const body = { content: { 'application/json': { schema: IntakeInput } }, required: true };
const created = { description: 'Aanmelding ontvangen', content: { 'application/json': { schema: IntakeReceipt } } };

const report = createRoute({
  method: 'post', path: '/api/intakes', tags: ['Aanmelding'], security: [{ sessie: [] }],
  summary: 'Een vastgelopen situatie aanmelden (ingelogd)',
  request: { body }, responses: { 201: created, ...problemResponses(401, 413, 422) },
});
const reportPublic = createRoute({
  method: 'post', path: '/api/public/intakes', tags: ['Aanmelding'],
  summary: 'Een vastgelopen situatie aanmelden zonder in te loggen (buren, familie, de inwoner zelf)',
  request: { body }, responses: { 201: created, ...problemResponses(413, 422, 429) },
});
const publicStatus = createRoute({
  method: 'get', path: '/api/public/intakes/{receipt}', tags: ['Aanmelding'],
  summary: 'Status van een openbare melding, met de reden bij terugverwijzing',
  request: { params: z.object({ receipt: z.string().min(10).max(100) }) },
  responses: { 200: { description: 'Status', content: { 'application/json': { schema: IntakeStatus } } }, ...problemResponses(404) },
});
const mine = createRoute({
  method: 'get', path: '/api/intakes/mine', tags: ['Aanmelding'], security: [{ sessie: [] }],
  summary: 'Mijn meldingen en hun status',
  responses: { 200: { description: 'Mijn meldingen', content: { 'application/json': { schema: MyIntakes } } }, ...problemResponses(401) },
});

function presentStatus(r: { reference: string; status: 'new' | 'active' | 'referred' | 'closed'; reported_at: Date | string; referral_reason: string | null }) {
  return { reference: r.reference, status: r.status, reportedAt: new Date(r.reported_at).toISOString(), referralReason: r.referral_reason };
}

export function intakeRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(report, async (c) => {
    const user = requireUser(c);
    const input = c.req.valid('json');
    const result = await inTenant(deps, c, user, (tx, pc) =>
      registerIntake(tx, deps.crypto, pc, input, { reporterUserId: user.userId, receiptHash: null }));
    return c.json(result, 201);
  });

  app.openapi(reportPublic, async (c) => {
    const wait = await hit(deps.db, `publiek-melden:${sha256(clientAddress(deps, c))}`, PUBLIC_LIMIT);
    if (wait > 0) {
      throw new Problem(429, 'te-veel-meldingen', 'Te veel meldingen', 'Er zijn vanaf dit adres veel meldingen gedaan. Probeer het later opnieuw of bel de gemeente.',
        undefined, { 'retry-after': String(wait) });
    }
    const input = c.req.valid('json');
    const tenant = await publicTenant(deps.db, input.municipality ?? deps.config.defaultMunicipality);
    if (!tenant) throw invalid([{ field: 'municipality', message: 'Deze gemeente kennen wij niet' }]);
    const receipt = randomToken(18);
    const result = await withTenant(deps.db, { tenantId: tenant.id, userId: null }, (tx) =>
      registerIntake(tx, deps.crypto, processingContext(c, tenant.id, null), input, { reporterUserId: null, receiptHash: sha256(receipt) }));
    return c.json({ ...result, receipt }, 201);
  });

  app.openapi(publicStatus, async (c) => {
    const receiptHash = sha256(c.req.valid('param').receipt);
    const owner = await withSystem(deps.db, (tx) => tenantOfReceipt(tx, receiptHash));
    if (!owner) throw notFound();
    const row = await withTenant(deps.db, { tenantId: owner.tenant_id, userId: null }, (tx) => intakeByReceipt(tx, receiptHash));
    if (!row) throw notFound();
    return c.json(presentStatus(row), 200);
  });

  app.openapi(mine, async (c) => {
    const user = requireUser(c);
    const rows = await inTenant(deps, c, user, (tx) => intakesByReporter(tx, user.userId));
    return c.json({
      items: rows.map((r) => ({
        ...presentStatus(r), intakeId: r.intake_id, caseId: r.case_id, firstContactDue: r.first_contact_due, startDue: r.start_due,
      })),
    }, 200);
  });

  return app;
}
