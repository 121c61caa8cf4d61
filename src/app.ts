import fs from 'node:fs';
import path from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { accessRoutes } from './access/routes.ts';
import { accountRoutes } from './accounts/routes.ts';
import { breakthroughRoutes } from './breakthrough/routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { stepRoutes } from './cases/steps-routes.ts';
import { closureRoutes } from './closure/routes.ts';
import { budgetRoutes } from './budgets/routes.ts';
import { decisionRoutes } from './decisions/routes.ts';
import { mandateRoutes } from './mandates/routes.ts';
import { handoverRoutes } from './handover/routes.ts';
import { consentRoutes } from './consent/routes.ts';
import { intakeRoutes } from './intake/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { householdRoutes } from './households/routes.ts';
import { involvementRoutes } from './involvements/routes.ts';
import { lifeDomainRoutes } from './life-domains/routes.ts';
import { createHttpApp, mountDocs } from './platform/http/app.ts';
import { priceListRoutes } from './price-list/routes.ts';
import { type Deps, newRouter } from './platform/http/context.ts';
import { privacyRoutes } from './privacy/routes.ts';
import { bottleneckRoutes } from './bottlenecks/routes.ts';
import { libraryRoutes } from './library/routes.ts';
import { networkRoutes } from './network/routes.ts';
import { figuresOnly, policyRoutes } from './policy/routes.ts';

const WEB_DIST = path.resolve(import.meta.dirname, '../web/dist');

function healthRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(createRoute({
    method: 'get', path: '/api/health', tags: ['Beheer'], summary: 'Draait de server en welke database',
    responses: { 200: { description: 'In orde', content: { 'application/json': { schema: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }) } } } },
  }), async (c) => {
    await deps.db.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
    return c.json({ status: 'ok' as const, database: deps.dbKind }, 200);
  });
  return app;
}

/** The whole HTTP application: every area's routes, the API docs and the web app. */
export function buildApp(deps: Deps) {
  const app = createHttpApp(deps);
  app.use('/api/cases', figuresOnly);
  app.use('/api/cases/*', figuresOnly);
  for (const area of [
    healthRoutes, accountRoutes, intakeRoutes, caseRoutes, accessRoutes, consentRoutes, notificationRoutes, privacyRoutes,
    stepRoutes, handoverRoutes, closureRoutes,
    breakthroughRoutes,
    householdRoutes, lifeDomainRoutes, priceListRoutes, involvementRoutes,
    decisionRoutes, mandateRoutes, budgetRoutes,
    bottleneckRoutes, libraryRoutes, networkRoutes, policyRoutes,
  ]) app.route('/', area(deps));
  mountDocs(app);
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) {
    const root = path.relative(process.cwd(), WEB_DIST);
    app.use('/assets/*', serveStatic({ root }));
    app.get('/favicon.svg', serveStatic({ root }));
    const index = fs.readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    // Every other path is a page of the single-page app.
    app.get('*', (c, next) => (c.req.path.startsWith('/api/') ? next() : c.html(index)));
  }
  return app;
}
