import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  type OidcIdentity, type PendingLogin, beginOidcLogin, finishOidcLogin, isAllowedIssuer, openFromCookie, sealForCookie,
} from '../platform/auth/oidc.ts';
import { withSystem } from '../platform/db/tenant.ts';
import { type Deps, inTenant, isHttps, newRouter, processingContext, requireUser } from '../platform/http/context.ts';
import { invalid } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing } from '../platform/log/processing.ts';
import { publicTenant } from '../tenants/store.ts';
import { startSession } from './login.ts';
import { providerDidSecondFactor, safeRedirectPath } from './model.ts';
import {
  IdentityProviderInput, IdentityProviderView, MunicipalityQuery, OidcCallbackQuery, OidcStartQuery, ProviderList,
} from './schema.ts';
import { activeMemberByEmail, activeMemberById, findIdentity, findIdentityProvider, linkIdentity, saveIdentityProvider } from './store.ts';

/** Login through the municipality's own identity provider (OpenID Connect), and its configuration. */

const STATE_COOKIE = 'doorbraak_oidc';
const STATE_PATH = '/api/auth/oidc';
const STATE_SECONDS = 10 * 60;
const CALLBACK_PATH = '/api/auth/oidc/callback';

/** What the browser carries from start to callback, sealed. */
interface Carried extends PendingLogin {
  tenantId: string;
  redirect: string;
}

/** Where the web's login page shows what went wrong; nothing personal in the address. */
type Failure = 'niet-beschikbaar' | 'verlopen' | 'geweigerd' | 'mislukt' | 'onbekend';

const redirectTo = { 302: { description: 'Doorsturen' } };

const providers = createRoute({
  method: 'get', path: '/api/auth/oidc/providers', tags: ['Inloggen'],
  summary: 'Inloggen via de gemeente: welke knop de inlogpagina toont (leeg als er geen is)',
  request: { query: MunicipalityQuery },
  responses: { 200: { description: 'Identiteitsproviders', content: { 'application/json': { schema: ProviderList } } }, ...problemResponses(422) },
});
const start = createRoute({
  method: 'get', path: '/api/auth/oidc/start', tags: ['Inloggen'],
  summary: 'Begin inloggen via de identiteitsprovider van de gemeente (stuurt de browser door)',
  request: { query: OidcStartQuery }, responses: { ...redirectTo, ...problemResponses(422) },
});
const callback = createRoute({
  method: 'get', path: CALLBACK_PATH, tags: ['Inloggen'],
  summary: "Terugkomst van de identiteitsprovider; bij een fout naar /inloggen?fout=…",
  request: { query: OidcCallbackQuery }, responses: { ...redirectTo, ...problemResponses(422) },
});
const getProvider = createRoute({
  method: 'get', path: '/api/admin/identity-provider', tags: ['Beheer'], security: [{ sessie: [] }],
  summary: 'De identiteitsprovider van de gemeente (zonder geheim) en het terugkeeradres om daar te registreren',
  responses: { 200: { description: 'Instellingen', content: { 'application/json': { schema: IdentityProviderView } } }, ...problemResponses(401, 403) },
});
const putProvider = createRoute({
  method: 'put', path: '/api/admin/identity-provider', tags: ['Beheer'], security: [{ sessie: [] }],
  summary: 'De identiteitsprovider van de gemeente instellen (OpenID Connect)',
  request: { body: { content: { 'application/json': { schema: IdentityProviderInput } }, required: true } },
  responses: { 200: { description: 'Opgeslagen', content: { 'application/json': { schema: IdentityProviderView } } }, ...problemResponses(401, 403, 422) },
});

/** The address the provider sends the browser back to: from the configured public URL, else this request's. */
function redirectUri(deps: Deps, c: Context): string {
  const base = deps.config.publicUrl ?? new URL(c.req.url).origin;
  return `${base.replace(/\/+$/, '')}${CALLBACK_PATH}`;
}

function settingsOf(deps: Deps, p: { issuer: string; client_id: string; client_secret_encrypted: string }) {
  return { issuer: p.issuer, clientId: p.client_id, clientSecret: deps.crypto.decrypt(p.client_secret_encrypted) };
}

function fail(c: Context, why: Failure) {
  return c.redirect(`/inloggen?fout=${why}`, 302);
}

/** Only the trace id and the error's name reach the technical log: provider errors may quote personal data. */
function logFailure(c: Context, step: string, err: unknown) {
  const e = err as { name?: string; code?: string };
  console.error(`[${c.get('traceId')}] oidc ${step}: ${e?.name ?? 'Error'} ${e?.code ?? ''}`);
}

/**
 * The person behind a provider identity: an earlier link, or else a member of this municipality
 * whose e-mail address the provider has verified (then linked). Nobody gets an account this way.
 */
async function personFor(deps: Deps, c: Context, tenantId: string, id: OidcIdentity): Promise<string | null> {
  const linked = await findIdentity(deps.db, id.issuer, id.subject);
  if (linked) return (await activeMemberById(deps.db, tenantId, linked.user_id))?.id ?? null;
  if (!id.email || !id.emailVerified) return null;
  const member = await activeMemberByEmail(deps.db, tenantId, id.email);
  if (!member) return null;
  await withSystem(deps.db, async (tx) => {
    await linkIdentity(tx, id.issuer, id.subject, member.id);
    await logProcessing(tx, processingContext(c, tenantId, member.id), {
      activity: 'inlogbeveiliging-beheren', action: 'create', objectType: 'user_identity', objectId: member.id,
      legalBasis: 'legal_obligation', subjects: [deps.crypto.pseudonym('user', member.id)],
    });
    await appendAudit(tx, tenantId, [{ actorId: member.id, action: 'account.identity_linked', objectType: 'user', objectId: member.id, data: { issuer: id.issuer } }]);
  });
  return member.id;
}

function presentProvider(deps: Deps, c: Context, p: Awaited<ReturnType<typeof findIdentityProvider>>) {
  return {
    redirectUri: redirectUri(deps, c),
    provider: p ? {
      issuer: p.issuer, clientId: p.client_id, label: p.label, enabled: p.enabled,
      secretSet: p.client_secret_encrypted.length > 0, updatedAt: new Date(p.updated_at).toISOString(),
    } : null,
  };
}

export function oidcRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(providers, async (c) => {
    const tenant = await publicTenant(deps.db, c.req.valid('query').gemeente);
    const p = tenant ? await findIdentityProvider(deps.db, tenant.id) : undefined;
    const list = tenant && p?.enabled
      ? [{ id: tenant.slug, label: p.label, startUrl: `/api/auth/oidc/start?gemeente=${encodeURIComponent(tenant.slug)}` }]
      : [];
    return c.json({ providers: list }, 200);
  });

  app.openapi(start, async (c) => {
    const q = c.req.valid('query');
    const tenant = await publicTenant(deps.db, q.gemeente);
    const p = tenant ? await findIdentityProvider(deps.db, tenant.id) : undefined;
    if (!tenant || !p?.enabled) return fail(c, 'niet-beschikbaar');
    let begun;
    try {
      begun = await beginOidcLogin(settingsOf(deps, p), redirectUri(deps, c));
    } catch (err) {
      logFailure(c, 'start', err);
      return fail(c, 'niet-beschikbaar');
    }
    const carried: Carried = { ...begun.pending, tenantId: tenant.id, redirect: safeRedirectPath(q.redirect) };
    setCookie(c, STATE_COOKIE, sealForCookie(deps.crypto, carried, STATE_SECONDS), {
      httpOnly: true, sameSite: 'Lax', path: STATE_PATH, maxAge: STATE_SECONDS, secure: isHttps(deps, c),
    });
    return c.redirect(begun.url.href, 302);
  });

  app.openapi(callback, async (c) => {
    const carried = openFromCookie<Carried>(deps.crypto, getCookie(c, STATE_COOKIE));
    // One attempt per start: whatever happens next, the carried state is used up.
    deleteCookie(c, STATE_COOKIE, { path: STATE_PATH });
    if (!carried) return fail(c, 'verlopen');
    const params = new URL(c.req.url).searchParams;
    if (params.get('error')) return fail(c, 'geweigerd');
    const p = await findIdentityProvider(deps.db, carried.tenantId);
    if (!p?.enabled) return fail(c, 'niet-beschikbaar');
    let identity: OidcIdentity;
    try {
      identity = await finishOidcLogin(settingsOf(deps, p), redirectUri(deps, c), params, carried);
    } catch (err) {
      logFailure(c, 'callback', err);
      return fail(c, 'mislukt');
    }
    const userId = await personFor(deps, c, carried.tenantId, identity);
    if (!userId) return fail(c, 'onbekend');
    const stage = await startSession(deps, c, { userId, tenantId: carried.tenantId }, {
      method: 'oidc', providerSecondFactor: providerDidSecondFactor(identity.amr),
    });
    if (stage === 'full') return c.redirect(carried.redirect, 302);
    const step = stage === 'mfa' ? 'code' : 'instellen';
    return c.redirect(`/inloggen?stap=${step}&terug=${encodeURIComponent(carried.redirect)}`, 302);
  });

  app.openapi(getProvider, async (c) => {
    const admin = requireUser(c, 'administrator');
    const p = await inTenant(deps, c, admin, (tx) => findIdentityProvider(tx, admin.tenantId));
    return c.json(presentProvider(deps, c, p), 200);
  });

  app.openapi(putProvider, async (c) => {
    const admin = requireUser(c, 'administrator');
    const input = c.req.valid('json');
    if (!isAllowedIssuer(input.issuer)) throw invalid([{ field: 'issuer', message: 'Gebruik een adres dat met https:// begint.' }]);
    const saved = await inTenant(deps, c, admin, async (tx) => {
      const existing = await findIdentityProvider(tx, admin.tenantId);
      if (!existing && !input.clientSecret) throw invalid([{ field: 'clientSecret', message: 'Vul het client secret in.' }]);
      await saveIdentityProvider(tx, {
        tenantId: admin.tenantId, issuer: input.issuer, clientId: input.clientId, label: input.label, enabled: input.enabled,
        clientSecretEncrypted: input.clientSecret ? deps.crypto.encrypt(input.clientSecret) : undefined, updatedBy: admin.userId,
      });
      await appendAudit(tx, admin.tenantId, [{
        actorId: admin.userId, action: 'identity_provider.saved', objectType: 'tenant', objectId: admin.tenantId,
        data: { issuer: input.issuer, enabled: input.enabled, secretChanged: Boolean(input.clientSecret) },
      }]);
      return findIdentityProvider(tx, admin.tenantId);
    });
    return c.json(presentProvider(deps, c, saved), 200);
  });

  return app;
}
