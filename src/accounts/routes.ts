import { createRoute } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { hashPassword, verifyPassword } from '../platform/auth/password.ts';
import { checkPasswordPolicy } from '../platform/auth/password-policy.ts';
import { SESSION_COOKIE, revokeSession, revokeSessions } from '../platform/auth/session.ts';
import { withSystem } from '../platform/db/tenant.ts';
import { type Deps, newRouter, requireUser } from '../platform/http/context.ts';
import { Problem, invalid, unauthorized } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { adminRoutes } from './admin.ts';
import {
  assertNotThrottled, clearFailures, currentSession, loginResult, presentMe, recordFailure, sessionToken, startSession, throttleFor,
} from './login.ts';
import { mfaRoutes } from './mfa.ts';
import { oidcRoutes } from './oidc.ts';
import { LoginInput, LoginResult, Me, PasswordChange } from './schema.ts';
import { sessionRoutes } from './sessions.ts';
import { findLoginCandidate, findPasswordHash, setPasswordHash } from './store.ts';

const login = createRoute({
  method: 'post', path: '/api/auth/login', tags: ['Inloggen'],
  summary: 'Inloggen met e-mail en wachtwoord; zet een sessiecookie (bij tweestapsverificatie eerst nog de code)',
  request: { body: { content: { 'application/json': { schema: LoginInput } }, required: true } },
  responses: { 200: { description: 'Ingelogd, of de code is nog nodig', content: { 'application/json': { schema: LoginResult } } }, ...problemResponses(401, 422, 429) },
});
const logout = createRoute({
  method: 'post', path: '/api/auth/logout', tags: ['Inloggen'], summary: 'Uitloggen',
  responses: { 204: { description: 'Uitgelogd' } },
});
const me = createRoute({
  method: 'get', path: '/api/auth/me', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: "Wie ben ik; met 'mfa' de stand van de tweestapsverificatie (401 'tweede-stap-nodig' als de code nog moet)",
  responses: { 200: { description: 'De ingelogde gebruiker', content: { 'application/json': { schema: Me } } }, ...problemResponses(401) },
});
const changePassword = createRoute({
  method: 'post', path: '/api/auth/password', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Wachtwoord wijzigen; uw andere sessies worden beëindigd',
  request: { body: { content: { 'application/json': { schema: PasswordChange } }, required: true } },
  responses: { 204: { description: 'Gewijzigd' }, ...problemResponses(401, 422, 429) },
});

export function accountRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid('json');
    const throttle = throttleFor(deps, c, email);
    await assertNotThrottled(deps, throttle, 'wachtwoord');
    const candidate = await findLoginCandidate(deps.db, email);
    const ok = await verifyPassword(candidate?.password_hash ?? null, password);
    if (!candidate || !ok || candidate.disabled_at) {
      await recordFailure(deps, throttle);
      throw new Problem(401, 'inloggen-mislukt', 'Inloggen mislukt', 'Het e-mailadres of het wachtwoord klopt niet.');
    }
    await clearFailures(deps, throttle);
    const who = { userId: candidate.id, tenantId: candidate.tenant_id };
    const stage = await startSession(deps, c, who, { method: 'password' });
    return c.json(await loginResult(deps, who.userId, who.tenantId, stage), 200);
  });

  app.openapi(logout, async (c) => {
    const token = sessionToken(c);
    if (token) await revokeSession(deps.db, token);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const s = await currentSession(deps, c);
    if (!s) throw unauthorized();
    // The password was right but the code is still missing: the web shows the code step.
    if (s.stage === 'mfa') throw new Problem(401, 'tweede-stap-nodig', 'Code nodig', 'Vul de code uit uw authenticator-app in om verder te gaan.');
    return c.json(await presentMe(deps, s.userId, s.tenantId, s.stage), 200);
  });

  app.openapi(changePassword, async (c) => {
    const user = requireUser(c);
    const input = c.req.valid('json');
    const throttle = throttleFor(deps, c, user.email);
    await assertNotThrottled(deps, throttle, 'wachtwoord');
    const { password_hash } = await findPasswordHash(deps.db, user.userId);
    if (!(await verifyPassword(password_hash, input.current))) {
      await recordFailure(deps, throttle);
      throw invalid([{ field: 'current', message: 'Uw huidige wachtwoord klopt niet.' }]);
    }
    const problem = input.new === input.current
      ? 'Kies een ander wachtwoord dan uw huidige.'
      : checkPasswordPolicy(input.new, { email: user.email, name: user.name });
    if (problem) throw invalid([{ field: 'new', message: problem }]);
    const hash = await hashPassword(input.new);
    await withSystem(deps.db, async (tx) => {
      await setPasswordHash(tx, user.userId, hash);
      // Whoever knew the old password may be logged in somewhere: only this session stays.
      const revoked = await revokeSessions(tx, user.userId, { exceptToken: sessionToken(c) });
      await appendAudit(tx, user.tenantId, [{ actorId: user.userId, action: 'account.password_changed', objectType: 'user', objectId: user.userId, data: { sessionsRevoked: revoked } }]);
    });
    await clearFailures(deps, throttle);
    return c.body(null, 204);
  });

  for (const area of [mfaRoutes, sessionRoutes, oidcRoutes, adminRoutes]) app.route('/', area(deps));
  return app;
}
