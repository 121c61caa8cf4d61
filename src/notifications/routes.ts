import { type Deps, newRouter } from '../platform/http/context.ts';

export function notificationRoutes(_deps: Deps) {
  const app = newRouter();
  return app;
}
