import { type Deps, newRouter } from '../platform/http/context.ts';

export function accessRoutes(_deps: Deps) {
  const app = newRouter();
  return app;
}
