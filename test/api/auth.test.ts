import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.request('/api/auth/login', { method: 'POST', json: { email, password }, headers });

describe('inloggen', () => {
  test('a demo user logs in with a HttpOnly SameSite session cookie and sees who they are', async () => {
    const res = await login('Regisseur@Voorbeeld.nl', 'doorbraak');
    assert.equal(res.status, 200);
    const cookie = res.headers.get('set-cookie') ?? '';
    assert.match(cookie, /doorbraak_sessie=/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const me = await t.request('/api/auth/me', { headers: { cookie: cookie.split(';')[0] } });
    const body = await me.json();
    assert.equal(body.tenant.name, 'Gemeente Voorbeeld');
    assert.deepEqual(body.roles.sort(), ['coordinator', 'reporter']);
  });

  test('the session lives in the database and logout revokes it', async () => {
    const cookie = (await login('beleid@voorbeeld.nl', 'doorbraak')).headers.get('set-cookie')!.split(';')[0];
    const before = await t.db.kysely.selectFrom('session').select('token_hash').execute();
    assert.ok(before.length >= 1);
    assert.equal((await t.request('/api/auth/logout', { method: 'POST', headers: { cookie } })).status, 204);
    assert.equal((await t.request('/api/auth/me', { headers: { cookie } })).status, 401);
  });

  test('a wrong password is 401 in Dutch, and the sixth failure in a row is throttled with 429', async () => {
    const first = await login('privacy@voorbeeld.nl', 'fout');
    assert.equal(first.status, 401);
    assert.equal(first.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.match((await first.json()).detail, /wachtwoord klopt niet/);
    for (let i = 0; i < 4; i++) assert.equal((await login('privacy@voorbeeld.nl', 'fout')).status, 401);
    const blocked = await login('privacy@voorbeeld.nl', 'doorbraak');
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
  });

  test('an unknown e-mail address gets the same answer as a wrong password', async () => {
    const res = await login('niemand@voorbeeld.nl', 'doorbraak');
    assert.equal(res.status, 401);
    assert.match((await res.json()).detail, /e-mailadres of het wachtwoord/);
  });

  test('without a session the API answers 401', async () => {
    for (const path of ['/api/auth/me', '/api/cases', '/api/intakes/mine']) {
      assert.equal((await t.request(path)).status, 401, path);
    }
  });

  test('unsafe requests from a foreign Origin are refused; requests without Origin are served', async () => {
    const foreign = await t.request('/api/intakes', { method: 'POST', json: {}, as: 'melder@voorbeeld.nl', headers: { origin: 'https://kwaadwillend.example' } });
    assert.equal(foreign.status, 403);
    const noOrigin = await t.request('/api/intakes', { method: 'POST', json: {}, as: 'melder@voorbeeld.nl' });
    assert.equal(noOrigin.status, 422);
    const sameOrigin = await t.request('/api/intakes', { method: 'POST', json: {}, as: 'melder@voorbeeld.nl', headers: { origin: 'http://localhost' } });
    assert.equal(sameOrigin.status, 422);
  });

  test('responses carry security headers', async () => {
    const res = await t.request('/api/health');
    assert.deepEqual(await res.json(), { status: 'ok', database: t.db.kind });
    assert.match(res.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  });
});

describe('achter een proxy', () => {
  const overTls = { 'x-forwarded-proto': 'https' };

  test('X-Forwarded-Proto is ignored unless the proxy is trusted: no Secure cookie, no HSTS', async () => {
    const res = await login('beheer@voorbeeld.nl', 'doorbraak', overTls);
    assert.equal(res.status, 200);
    assert.doesNotMatch(res.headers.get('set-cookie') ?? '', /Secure/);
    assert.equal(res.headers.get('strict-transport-security'), null);
  });

  test('behind a trusted proxy that terminated TLS the session cookie is Secure and HSTS is sent', async () => {
    const proxied = await testApp({ DOORBRAAK_TRUST_PROXY: '1' });
    try {
      const res = await proxied.request('/api/auth/login', { method: 'POST', json: { email: 'beheer@voorbeeld.nl', password: 'doorbraak' }, headers: overTls });
      assert.equal(res.status, 200);
      assert.match(res.headers.get('set-cookie') ?? '', /Secure/);
      assert.match(res.headers.get('strict-transport-security') ?? '', /max-age=31536000/);
      const plain = await proxied.request('/api/health');
      assert.equal(plain.headers.get('strict-transport-security'), null, 'plain HTTP through the proxy gets no HSTS');
    } finally {
      await proxied.close();
    }
  });
});
