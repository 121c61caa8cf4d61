import { type Deps, newRouter } from '../platform/http/context.ts';

export function consentRoutes(_deps: Deps) {
  const app = newRouter();
  return app;
}
