import { createRoute } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { SESSION_COOKIE, activeSessions, revokeSessions } from '../platform/auth/session.ts';
import { type Deps, newRouter, requireUser } from '../platform/http/context.ts';
import { notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { currentSession, sessionToken } from './login.ts';
import { Revoked, SessionIdParam, SessionList } from './schema.ts';

const list = createRoute({
  method: 'get', path: '/api/auth/sessions', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Mijn actieve sessies: wanneer begonnen, laatst gebruikt, hoe ingelogd, en welke deze is',
  responses: { 200: { description: 'Sessies, nieuwste eerst', content: { 'application/json': { schema: SessionList } } }, ...problemResponses(401) },
});
const revokeOne = createRoute({
  method: 'delete', path: '/api/auth/sessions/{id}', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Een van mijn sessies beëindigen (de huidige beëindigen is uitloggen)',
  request: { params: SessionIdParam },
  responses: { 204: { description: 'Beëindigd' }, ...problemResponses(401, 404, 422) },
});
const revokeOthers = createRoute({
  method: 'post', path: '/api/auth/sessions/revoke-others', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Overal uitloggen behalve hier',
  responses: { 200: { description: 'Aantal beëindigde sessies', content: { 'application/json': { schema: Revoked } } }, ...problemResponses(401) },
});

export function sessionRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const items = await activeSessions(deps.db, user.userId, sessionToken(c));
    return c.json({
      items: items.map((s) => ({
        ...s, createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), expiresAt: s.expiresAt.toISOString(),
      })),
    }, 200);
  });

  app.openapi(revokeOne, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const current = await currentSession(deps, c);
    if ((await revokeSessions(deps.db, user.userId, { id })) === 0) throw notFound();
    if (current?.sessionId === id) deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(revokeOthers, async (c) => {
    const user = requireUser(c);
    const revoked = await revokeSessions(deps.db, user.userId, { exceptToken: sessionToken(c) });
    return c.json({ revoked }, 200);
  });

  return app;
}
