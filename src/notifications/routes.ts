import { createRoute, z } from '@hono/zod-openapi';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { describeNotification } from './model.ts';
import { markRead, notificationsOf, unreadCount } from './store.ts';

const Notifications = z.object({
  unread: z.number().int(),
  items: z.array(z.object({ id: z.string(), kind: z.string(), caseId: z.string().nullable(), text: z.string(), at: z.string(), read: z.boolean() })),
}).openapi('Notifications');

const list = createRoute({
  method: 'get', path: '/api/notifications', tags: ['Meldingen'], security: [{ sessie: [] }],
  summary: 'Mijn berichten (zoals noodtoegang tot een casus van mij), nieuwste eerst',
  responses: { 200: { description: 'Berichten', content: { 'application/json': { schema: Notifications } } }, ...problemResponses(401) },
});
const read = createRoute({
  method: 'post', path: '/api/notifications/{id}/read', tags: ['Meldingen'], security: [{ sessie: [] }],
  summary: 'Bericht als gelezen markeren',
  request: { params: z.object({ id: z.string().uuid('Onbekend bericht') }) },
  responses: { 204: { description: 'Gelezen' }, ...problemResponses(401, 404) },
});

export function notificationRoutes(deps: Deps) {
  const app = newRouter();
  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { rows, unread } = await inTenant(deps, c, user, async (tx) => ({
      rows: await notificationsOf(tx, user.userId), unread: await unreadCount(tx, user.userId),
    }));
    return c.json({
      unread,
      items: rows.map((n) => ({
        id: n.id, kind: n.kind, caseId: n.case_id, text: describeNotification(n.kind, n.data as Record<string, unknown>),
        at: new Date(n.created_at).toISOString(), read: !!n.read_at,
      })),
    }, 200);
  });
  app.openapi(read, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const done = await inTenant(deps, c, user, (tx) => markRead(tx, user.userId, id));
    if (!done) throw notFound();
    return c.body(null, 204);
  });
  return app;
}
