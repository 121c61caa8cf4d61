import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import Provider from 'oidc-provider';
import { loadConfig } from '../../src/config.ts';
import { type Running, start } from '../../src/main.ts';
import { totpCode, totpCounter } from '../../src/platform/auth/totp.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { cloneTemplate } from '../helpers/db.ts';

/**
 * Login through the municipality's identity provider, against a real OpenID Connect provider
 * (oidc-provider) on a loopback port, and the real Doorbraak server listening on another: the
 * whole authorization code flow with manual redirects and a cookie jar for each side.
 */

const CLIENT_ID = 'doorbraak-voorbeeld';
const CLIENT_SECRET = crypto.randomBytes(24).toString('base64url');

/** People the provider knows; only the first is a member of Gemeente Voorbeeld with a verified address. */
const accounts: Record<string, { email: string; verified: boolean }> = {
  rachid: { email: 'regisseur@voorbeeld.nl', verified: true },
  onbekend: { email: 'onbekend@voorbeeld.nl', verified: true },
  eva: { email: 'regisseur@elders.nl', verified: true },
  bea: { email: 'beslisser@voorbeeld.nl', verified: false },
};

let db: Db;
let app: Running;
let base: string;
let idpServer: http.Server;
let issuer: string;

class Jar {
  private readonly cookies = new Map<string, string>();
  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]) < Date.now()));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  get(name: string) { return this.cookies.get(name); }
  header() { return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '); }
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

async function startProvider(redirectUri: string) {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(url, {
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] }],
    jwks: { keys: [{ ...key, kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
    // 'amr' in the ID token tells which methods the provider used (RFC 8176).
    claims: { amr: null, openid: ['sub', 'amr'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    findAccount: (_ctx: unknown, sub: string) => accounts[sub] && {
      accountId: sub,
      claims: async () => ({ sub, email: accounts[sub].email, email_verified: accounts[sub].verified }),
    },
    // The municipality's own app: no consent screen.
    loadExistingGrant: async (ctx: { oidc: { client: { clientId: string }; session: { accountId: string } } }) => {
      const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  });
  const handle = provider.callback();
  // A minimal login screen: the test posts the account and the methods it "used" (amr).
  server.on('request', async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      const path = new URL(req.url!, url).pathname;
      if (!path.startsWith('/interaction/')) return handle(req, res);
      const interaction = await provider.interactionDetails(req, res);
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<form method="post" action="/interaction/${interaction.uid}"><input name="account"><input name="amr"></form>`);
        return;
      }
      const form = new URLSearchParams(await readBody(req));
      await provider.interactionFinished(req, res, { login: { accountId: form.get('account'), amr: form.get('amr')!.split(' ') } }, { mergeWithLastSubmission: false });
    } catch (err) {
      res.writeHead(500);
      res.end(String(err));
    }
  });
  return { server, url };
}

interface SignIn { res: Response; location: string; jar: Jar; session?: string }

/** Drives one login from "Inloggen via de gemeente" to the callback's answer. */
async function signIn(account: string, opts: { amr?: string; redirect?: string; tamper?: (callback: URL) => URL } = {}): Promise<SignIn> {
  const jar = new Jar();
  const idp = new Jar();
  const startUrl = `${base}/api/auth/oidc/start?gemeente=voorbeeld&redirect=${encodeURIComponent(opts.redirect ?? '/casussen?view=mine')}`;
  let res = await fetch(startUrl, { redirect: 'manual' });
  assert.equal(res.status, 302);
  jar.store(res);
  assert.ok(jar.get('doorbraak_oidc'), 'state travels in a cookie');
  let next = new URL(res.headers.get('location')!);
  assert.equal(next.origin, issuer);
  assert.equal(next.searchParams.get('code_challenge_method'), 'S256');
  assert.ok(next.searchParams.get('state') && next.searchParams.get('nonce'));
  for (let hops = 0; next.origin === issuer; hops++) {
    assert.ok(hops < 10, 'too many redirects at the provider');
    if (next.pathname.startsWith('/interaction/')) {
      const page = await fetch(next, { headers: { cookie: idp.header() } });
      assert.equal(page.status, 200);
      idp.store(page);
      res = await fetch(next, {
        method: 'POST', redirect: 'manual', body: new URLSearchParams({ account, amr: opts.amr ?? 'pwd' }),
        headers: { cookie: idp.header(), 'content-type': 'application/x-www-form-urlencoded' },
      });
    } else {
      res = await fetch(next, { redirect: 'manual', headers: { cookie: idp.header() } });
    }
    idp.store(res);
    assert.ok([302, 303].includes(res.status), `provider answered ${res.status}: ${await res.clone().text()}`);
    next = new URL(res.headers.get('location')!, next);
  }
  assert.equal(`${next.origin}${next.pathname}`, `${base}/api/auth/oidc/callback`);
  assert.ok(next.searchParams.get('code'));
  const callback = opts.tamper ? opts.tamper(next) : next;
  res = await fetch(callback, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.store(res);
  return { res, location: res.headers.get('location') ?? '', jar, session: jar.get('doorbraak_sessie') };
}

const get = (path: string, session: string | undefined) => fetch(`${base}${path}`, { headers: session ? { cookie: `doorbraak_sessie=${session}` } : {} });
const send = (method: string, path: string, session: string, json: unknown) =>
  fetch(`${base}${path}`, { method, headers: { cookie: `doorbraak_sessie=${session}`, 'content-type': 'application/json' }, body: JSON.stringify(json) });

async function passwordLogin(email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'doorbraak' }) });
  assert.equal(res.status, 200);
  const jar = new Jar();
  jar.store(res);
  return jar.get('doorbraak_sessie')!;
}

before(async () => {
  db = await cloneTemplate();
  app = await start(loadConfig({ DOORBRAAK_DEMO: '1', PORT: '0', HOST: '127.0.0.1', DOORBRAAK_JOBS: 'off' }), db);
  base = `http://127.0.0.1:${new URL(app.url).port}`;
  const idp = await startProvider(`${base}/api/auth/oidc/callback`);
  idpServer = idp.server;
  issuer = idp.url;
});

after(async () => {
  await app.close();
  await new Promise<void>((resolve) => { idpServer.closeAllConnections(); idpServer.close(() => resolve()); });
  await db.close();
});

describe('inloggen via de identiteitsprovider van de gemeente', () => {
  test('the administrator configures the provider; the client secret is write-only and stored encrypted', async () => {
    const admin = await passwordLogin('beheer@voorbeeld.nl');
    const empty = await (await get('/api/admin/identity-provider', admin)).json();
    assert.deepEqual(empty, { redirectUri: `${base}/api/auth/oidc/callback`, provider: null });

    const input = { issuer, clientId: CLIENT_ID, label: 'Inloggen met Voorbeeld-ID', enabled: true };
    const noSecret = await send('PUT', '/api/admin/identity-provider', admin, input);
    assert.equal(noSecret.status, 422);
    assert.equal((await noSecret.json()).errors[0].field, 'clientSecret');

    const plainHttp = await send('PUT', '/api/admin/identity-provider', admin, { ...input, issuer: 'http://idp.voorbeeld.nl', clientSecret: CLIENT_SECRET });
    assert.equal(plainHttp.status, 422);
    assert.equal((await plainHttp.json()).errors[0].field, 'issuer');

    const saved = await send('PUT', '/api/admin/identity-provider', admin, { ...input, clientSecret: CLIENT_SECRET });
    assert.equal(saved.status, 200);
    const text = await saved.text();
    assert.ok(!text.includes(CLIENT_SECRET), 'the secret never comes back');
    assert.equal(JSON.parse(text).provider.secretSet, true);
    const row = await db.kysely.selectFrom('identity_provider').select('client_secret_encrypted').executeTakeFirstOrThrow();
    assert.ok(!row.client_secret_encrypted.includes(CLIENT_SECRET));

    // Changing the label without sending the secret keeps the secret.
    assert.equal((await send('PUT', '/api/admin/identity-provider', admin, { ...input, label: 'Inloggen via Gemeente Voorbeeld' })).status, 200);
    const after = await db.kysely.selectFrom('identity_provider').select('client_secret_encrypted').executeTakeFirstOrThrow();
    assert.equal(after.client_secret_encrypted, row.client_secret_encrypted);

    const coordinator = await passwordLogin('regisseur@voorbeeld.nl');
    assert.equal((await send('PUT', '/api/admin/identity-provider', coordinator, { ...input, clientSecret: 'x' })).status, 403);
    assert.equal((await get('/api/admin/identity-provider', coordinator)).status, 403);

    const buttons = await (await get('/api/auth/oidc/providers?gemeente=voorbeeld', undefined)).json();
    assert.deepEqual(buttons, { providers: [{ id: 'voorbeeld', label: 'Inloggen via Gemeente Voorbeeld', startUrl: '/api/auth/oidc/start?gemeente=voorbeeld' }] });
    assert.deepEqual(await (await get('/api/auth/oidc/providers?gemeente=elders', undefined)).json(), { providers: [] });
    const elsewhere = await fetch(`${base}/api/auth/oidc/start?gemeente=elders`, { redirect: 'manual' });
    assert.equal(elsewhere.status, 302);
    assert.equal(elsewhere.headers.get('location'), '/inloggen?fout=niet-beschikbaar');
  });

  test('the whole authorization code flow ends in a working session for the coordinator', async () => {
    const { res, location, session } = await signIn('rachid');
    assert.equal(res.status, 302);
    assert.equal(location, '/casussen?view=mine');
    assert.ok(session, 'a session cookie was set');
    assert.match(res.headers.getSetCookie().find((c) => c.startsWith('doorbraak_sessie='))!, /HttpOnly/);
    const me = await get('/api/auth/me', session);
    assert.equal(me.status, 200);
    const body = await me.json();
    assert.equal(body.user.email, 'regisseur@voorbeeld.nl');
    assert.ok(body.roles.includes('coordinator'));
    assert.equal(body.mfa.stage, 'done');
    assert.equal((await get('/api/cases?view=mine', session)).status, 200);
    const sessions = (await (await get('/api/auth/sessions', session)).json()).items;
    assert.equal(sessions.find((s: { current: boolean }) => s.current).method, 'oidc');

    // The identity is linked, and linking was logged without personal data in the audit data.
    const link = await db.kysely.selectFrom('user_identity').select(['issuer', 'subject', 'user_id']).executeTakeFirstOrThrow();
    assert.deepEqual(link, { issuer, subject: 'rachid', user_id: body.user.id });
    const audit = await db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'account.identity_linked').executeTakeFirstOrThrow();
    assert.deepEqual(audit.data, { issuer });

    // A second login goes through the link.
    const again = await signIn('rachid', { redirect: '/' });
    assert.equal(again.location, '/');
    assert.equal((await get('/api/auth/me', again.session)).status, 200);
    assert.equal((await db.kysely.selectFrom('user_identity').select('subject').execute()).length, 1);
  });

  test('a tampered state is refused, and a callback cannot be used twice', async () => {
    let used: URL | undefined;
    const wrong = await signIn('rachid', {
      tamper: (u) => { used = new URL(u); const t = new URL(u); t.searchParams.set('state', 'vervalst'); return t; },
    });
    assert.equal(wrong.res.status, 302);
    assert.equal(wrong.location, '/inloggen?fout=mislukt');
    assert.equal(wrong.session, undefined);
    // Without the state cookie (it was used up) the real callback address is worth nothing either.
    const replay = await fetch(used!, { redirect: 'manual' });
    assert.equal(replay.headers.get('location'), '/inloggen?fout=verlopen');
    assert.ok(!replay.headers.getSetCookie().some((c) => c.startsWith('doorbraak_sessie=') && !c.startsWith('doorbraak_sessie=;')));
  });

  test('people the municipality does not know are refused: no accounts are made', async () => {
    const usersBefore = (await db.kysely.selectFrom('app_user').select('id').execute()).length;
    for (const account of ['onbekend', 'eva', 'bea']) {
      const { res, location, session } = await signIn(account);
      assert.equal(res.status, 302, account);
      assert.equal(location, '/inloggen?fout=onbekend', account);
      assert.equal(session, undefined, account);
    }
    assert.equal((await db.kysely.selectFrom('app_user').select('id').execute()).length, usersBefore);
  });

  test('a redirect to another site is ignored', async () => {
    for (const redirect of ['https://kwaadwillend.example/x', '//kwaadwillend.example/x', '/\\kwaadwillend.example']) {
      const { location, session } = await signIn('rachid', { redirect });
      assert.equal(location, '/', redirect);
      assert.equal((await get('/api/auth/me', session)).status, 200);
    }
  });

  test("with an authenticator, a provider login without 'mfa' in amr still asks for the code; with it, not", async () => {
    const password = await passwordLogin('regisseur@voorbeeld.nl');
    const { secret } = await (await send('POST', '/api/auth/mfa/setup', password, {})).json();
    const firstStep = totpCounter() - 1;
    assert.equal((await send('POST', '/api/auth/mfa/confirm', password, { code: totpCode(secret, firstStep * 30_000) })).status, 200);

    const single = await signIn('rachid', { amr: 'pwd', redirect: '/casussen' });
    assert.equal(single.location, '/inloggen?stap=code&terug=%2Fcasussen');
    assert.equal((await get('/api/cases?view=mine', single.session)).status, 401);
    const me = await get('/api/auth/me', single.session);
    assert.equal(me.status, 401);
    assert.match((await me.json()).type, /tweede-stap-nodig$/);
    const verified = await send('POST', '/api/auth/mfa/verify', single.session!, { code: totpCode(secret, (firstStep + 1) * 30_000) });
    assert.equal(verified.status, 200);

    const multi = await signIn('rachid', { amr: 'pwd mfa', redirect: '/casussen' });
    assert.equal(multi.location, '/casussen');
    assert.equal((await get('/api/auth/me', multi.session)).status, 200);
    const sessions = (await (await get('/api/auth/sessions', multi.session)).json()).items;
    assert.equal(sessions.find((s: { current: boolean }) => s.current).secondFactor, 'identity_provider');
  });
});
