import { createRoute, z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../platform/http/context.ts';
import { forbidden } from '../platform/http/problem.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { dashboard, figureCsv } from './dashboard.ts';
import { refreshFactsIn } from './facts.ts';
import { POLICY_ONLY_DETAIL, policyOnly } from './model.ts';
import { DashboardQuery, DashboardSchema, FigureParam, RefreshResult } from './schema.ts';

/**
 * The policy view: anonymous figures for policy makers and management, each with a table and a
 * CSV. No personal data at all; counts from 1 to 4 are left out so no household can be recognised.
 */

const tags = ['Beleidsinformatie'];
const security = [{ sessie: [] }];
const POLICY = 'policy';

const routes = {
  dashboard: createRoute({
    method: 'get', path: '/api/policy/dashboard', tags, security,
    summary: 'Alle cijfers voor beleid: aanmeldingen per week, doorlooptijden tegen de normen, open casussen per stap, doorbraken, kosten per kwartaal, terugkeer en de belangrijkste systeemknelpunten',
    request: { query: DashboardQuery },
    responses: { 200: { description: 'De cijfers', content: { 'application/json': { schema: DashboardSchema } } }, ...problemResponses(401, 403, 422) },
  }),
  csv: createRoute({
    method: 'get', path: '/api/policy/csv/{figure}', tags, security,
    summary: 'Eén figuur als CSV voor een spreadsheet (puntkomma, decimale komma, weggelaten cellen benoemd)',
    request: { params: FigureParam, query: DashboardQuery },
    responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problemResponses(401, 403, 422) },
  }),
  refresh: createRoute({
    method: 'post', path: '/api/policy/refresh', tags, security,
    summary: 'De cijfers nu bijwerken met wat er sinds de laatste keer veranderd is (dat gebeurt ook elke 10 minuten vanzelf)',
    responses: { 200: { description: 'Bijgewerkt', content: { 'application/json': { schema: RefreshResult } } }, ...problemResponses(401, 403) },
  }),
};

export function policyRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(routes.dashboard, async (c) => {
    const user = requireUser(c, POLICY);
    const q = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, (tx) => dashboard(tx, q)), 200);
  });

  app.openapi(routes.csv, async (c) => {
    const user = requireUser(c, POLICY);
    const { figure } = c.req.valid('param');
    const q = c.req.valid('query');
    const d = await inTenant(deps, c, user, (tx) => dashboard(tx, q));
    return c.body(figureCsv(d, figure), 200, {
      'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${figure}-${d.today}.csv"`,
    });
  });

  app.openapi(routes.refresh, async (c) => {
    const user = requireUser(c, POLICY);
    const now = new Date();
    const cases = await inTenant(deps, c, user, (tx, pc) => refreshFactsIn(tx, pc.tenantId, now));
    return c.json({ cases, refreshedAt: now.toISOString() }, 200);
  });

  return app;
}

/**
 * Policy staff see figures only: every case endpoint refuses them by their role, before any lookup,
 * so the 403 says nothing about whether a case exists.
 */
export const figuresOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const user = c.get('user');
  if (user && policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
  await next();
};
