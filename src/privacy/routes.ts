import { type Deps, newRouter } from '../platform/http/context.ts';

export function privacyRoutes(_deps: Deps) {
  const app = newRouter();
  return app;
}
