import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { verifyPassword } from '../platform/auth/password.ts';
import { clear, hit, isBlocked } from '../platform/auth/rate-limit.ts';
import { SESSION_COOKIE, createSession, revokeSession } from '../platform/auth/session.ts';
import { sha256 } from '../platform/crypto/index.ts';
import { type Deps, clientAddress, newRouter, requireUser } from '../platform/http/context.ts';
import { Problem } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { LoginInput, Me } from './schema.ts';
import { findLoginCandidate, findMe } from './store.ts';
import type { Role } from './model.ts';

const FAILURES = { max: 5, windowSeconds: 15 * 60 };
const PER_ADDRESS = { max: 50, windowSeconds: 15 * 60 };

const login = createRoute({
  method: 'post', path: '/api/auth/login', tags: ['Inloggen'],
  summary: 'Inloggen met e-mail en wachtwoord; zet een sessiecookie',
  request: { body: { content: { 'application/json': { schema: LoginInput } }, required: true } },
  responses: { 200: { description: 'Ingelogd', content: { 'application/json': { schema: Me } } }, ...problemResponses(401, 422, 429) },
});
const logout = createRoute({
  method: 'post', path: '/api/auth/logout', tags: ['Inloggen'], summary: 'Uitloggen',
  responses: { 204: { description: 'Uitgelogd' } },
});
const me = createRoute({
  method: 'get', path: '/api/auth/me', tags: ['Inloggen'], summary: 'Wie ben ik',
  responses: { 200: { description: 'De ingelogde gebruiker', content: { 'application/json': { schema: Me } } }, ...problemResponses(401) },
});

async function presentMe(deps: Deps, userId: string, tenantId: string) {
  const r = await findMe(deps.db, userId, tenantId);
  return {
    user: { id: r.id, name: r.name, email: r.email, phone: r.phone, organisation: r.organisation },
    tenant: { id: r.tenant_id, name: r.tenant_name, slug: r.tenant_slug },
    roles: r.roles as Role[],
  };
}

export function accountRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid('json');
    const emailBucket = `login:${sha256(email.trim().toLowerCase())}`;
    const addressBucket = `login-adres:${sha256(clientAddress(deps, c))}`;
    const wait = Math.max(await isBlocked(deps.db, emailBucket, FAILURES), await isBlocked(deps.db, addressBucket, PER_ADDRESS));
    if (wait > 0) {
      throw new Problem(429, 'te-veel-pogingen', 'Te veel pogingen',
        `U heeft te vaak een verkeerd wachtwoord ingevuld. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.`,
        undefined, { 'retry-after': String(wait) });
    }
    const candidate = await findLoginCandidate(deps.db, email);
    const ok = await verifyPassword(candidate?.password_hash ?? null, password);
    if (!candidate || !ok || candidate.disabled_at) {
      await hit(deps.db, emailBucket, FAILURES);
      await hit(deps.db, addressBucket, PER_ADDRESS);
      throw new Problem(401, 'inloggen-mislukt', 'Inloggen mislukt', 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    await clear(deps.db, emailBucket);
    const token = await createSession(deps.db, candidate.id, candidate.tenant_id);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'Lax', path: '/', secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.json(await presentMe(deps, candidate.id, candidate.tenant_id), 200);
  });

  app.openapi(logout, async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await revokeSession(deps.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const user = requireUser(c);
    return c.json(await presentMe(deps, user.userId, user.tenantId), 200);
  });

  return app;
}
