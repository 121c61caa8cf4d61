import { createRoute } from '@hono/zod-openapi';
import { revokeSessions } from '../platform/auth/session.ts';
import { withSystem } from '../platform/db/tenant.ts';
import { type Deps, newRouter, processingContext, requireUser } from '../platform/http/context.ts';
import { notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing } from '../platform/log/processing.ts';
import { LoginSettings, Revoked, UserIdParam } from './schema.ts';
import { findMfaRequired, isMember, setMfaRequired } from './store.ts';

const revokeUserSessions = createRoute({
  method: 'post', path: '/api/admin/users/{id}/revoke-sessions', tags: ['Beheer'], security: [{ sessie: [] }],
  summary: 'Alle sessies van een medewerker in deze gemeente beëindigen (bijvoorbeeld bij een gestolen laptop)',
  request: { params: UserIdParam },
  responses: { 200: { description: 'Aantal beëindigde sessies', content: { 'application/json': { schema: Revoked } } }, ...problemResponses(401, 403, 404, 422) },
});
const getSettings = createRoute({
  method: 'get', path: '/api/admin/login-settings', tags: ['Beheer'], security: [{ sessie: [] }],
  summary: 'Inlogregels van de gemeente',
  responses: { 200: { description: 'Inlogregels', content: { 'application/json': { schema: LoginSettings } } }, ...problemResponses(401, 403) },
});
const putSettings = createRoute({
  method: 'put', path: '/api/admin/login-settings', tags: ['Beheer'], security: [{ sessie: [] }],
  summary: 'Tweestapsverificatie wel of niet verplichten voor rollen die persoonsgegevens zien',
  request: { body: { content: { 'application/json': { schema: LoginSettings } }, required: true } },
  responses: { 200: { description: 'Opgeslagen', content: { 'application/json': { schema: LoginSettings } } }, ...problemResponses(401, 403, 422) },
});

export function adminRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(revokeUserSessions, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { id } = c.req.valid('param');
    const revoked = await withSystem(deps.db, async (tx) => {
      // Someone of another municipality does not exist here.
      if (!(await isMember(tx, admin.tenantId, id))) throw notFound();
      const n = await revokeSessions(tx, id, { tenantId: admin.tenantId });
      await logProcessing(tx, processingContext(c, admin.tenantId, admin.userId), {
        activity: 'inlogbeveiliging-beheren', action: 'update', objectType: 'user', objectId: id,
        legalBasis: 'legal_obligation', subjects: [deps.crypto.pseudonym('user', id)],
      });
      await appendAudit(tx, admin.tenantId, [{ actorId: admin.userId, action: 'account.sessions_revoked', objectType: 'user', objectId: id, data: { count: n } }]);
      return n;
    });
    return c.json({ revoked }, 200);
  });

  app.openapi(getSettings, async (c) => {
    const admin = requireUser(c, 'administrator');
    const t = await findMfaRequired(deps.db, admin.tenantId);
    return c.json({ mfaRequired: t.mfa_required }, 200);
  });

  app.openapi(putSettings, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { mfaRequired } = c.req.valid('json');
    await withSystem(deps.db, async (tx) => {
      await setMfaRequired(tx, admin.tenantId, mfaRequired);
      await appendAudit(tx, admin.tenantId, [{ actorId: admin.userId, action: 'tenant.login_settings_changed', objectType: 'tenant', objectId: admin.tenantId, data: { mfaRequired } }]);
    });
    return c.json({ mfaRequired }, 200);
  });

  return app;
}
