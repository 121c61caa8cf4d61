import { type Deps, newRouter } from '../platform/http/context.ts';
import { blockerRoutes } from './blocker.ts';
import { perspectiveRoutes } from './perspective.ts';
import { planPdfRoutes } from './plan-pdf.ts';
import { planRoutes } from './plan.ts';
import { ruleRoutes } from './rules.ts';

/** Steps 3 and 4, the cost sum, the rules catalogue and the perspectiefplan. */
export function breakthroughRoutes(deps: Deps) {
  const app = newRouter();
  for (const area of [perspectiveRoutes, blockerRoutes, ruleRoutes, planRoutes, planPdfRoutes]) app.route('/', area(deps));
  return app;
}
