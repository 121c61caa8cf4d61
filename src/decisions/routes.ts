import { type Deps, newRouter } from '../platform/http/context.ts';
import { decideRoutes } from './decide.ts';
import { letterRoutes } from './letter-routes.ts';
import { readRoutes } from './read-routes.ts';
import { requestRoutes } from './requests.ts';
import { settingsRoutes } from './settings.ts';

/** Step 5: decision requests, deciding, letters and the municipality's settings for decisions. */
export function decisionRoutes(deps: Deps) {
  const app = newRouter();
  // The draft's fixed path is registered before the {decisionId} path that would otherwise match it.
  for (const area of [requestRoutes, readRoutes, decideRoutes, letterRoutes, settingsRoutes]) app.route('/', area(deps));
  return app;
}
