import assert from 'node:assert/strict';
import { after, before, describe, mock, test } from 'node:test';
import { totpCode, totpCounter } from '../../src/platform/auth/totp.ts';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
// The clock stands still in the middle of a 30-second time step, so a slow request never carries a
// code past the edge of its window; the tests pick the steps they need.
before(async () => {
  t = await testApp();
  mock.timers.enable({ apis: ['Date'], now: (Math.floor(Date.now() / 30_000) + 0.5) * 30_000 });
});
after(() => {
  mock.timers.reset();
  return t.close();
});

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

async function login(email: string, password = 'doorbraak') {
  const res = await t.request('/api/auth/login', { method: 'POST', json: { email, password } });
  return { res, cookie: cookieOf(res), body: await res.json() };
}

const call = (path: string, cookie: string, init: RequestInit & { json?: unknown } = {}) =>
  t.request(path, { ...init, headers: { ...init.headers as Record<string, string>, cookie } });

/**
 * Codes for successive steps: each accepted code must be for a later time step than the one before,
 * and within one step of now. This hands out the earliest step that is still allowed.
 */
function codes(secret: string) {
  let last = -Infinity;
  return {
    next(): string {
      const now = totpCounter();
      const step = Math.max(last + 1, now - 1);
      assert.ok(step <= now + 1, 'no unused step left in the window');
      last = step;
      return totpCode(secret, step * 30_000);
    },
  };
}

/** Logs in, sets up and confirms an authenticator; returns the secret, its code source and the recovery codes. */
async function enroll(email: string) {
  const { cookie } = await login(email);
  const setup = await call('/api/auth/mfa/setup', cookie, { method: 'POST' });
  assert.equal(setup.status, 200);
  const { secret, uri } = await setup.json();
  const source = codes(secret);
  const confirmed = await call('/api/auth/mfa/confirm', cookie, { method: 'POST', json: { code: source.next() } });
  assert.equal(confirmed.status, 200);
  const body = await confirmed.json();
  return { secret, uri, source, recoveryCodes: body.recoveryCodes as string[], cookie, confirmed: body };
}

describe('tweestapsverificatie', () => {
  test('setup gives a base32 secret and otpauth URI; the secret is stored encrypted and only turns on after a correct code', async () => {
    const { cookie } = await login('regisseur@voorbeeld.nl');
    const setup = await call('/api/auth/mfa/setup', cookie, { method: 'POST' });
    assert.equal(setup.status, 200);
    const { secret, uri, issuer, account } = await setup.json();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.equal(issuer, 'Doorbraak');
    assert.equal(account, 'regisseur@voorbeeld.nl');
    assert.equal(new URL(uri).searchParams.get('secret'), secret);

    const me = await (await call('/api/auth/me', cookie)).json();
    const row = await t.db.kysely.selectFrom('user_totp').selectAll().where('user_id', '=', me.user.id).executeTakeFirstOrThrow();
    assert.equal(row.secret_encrypted, null);
    assert.ok(row.pending_secret_encrypted && !row.pending_secret_encrypted.includes(secret));
    assert.equal(t.crypto.decrypt(row.pending_secret_encrypted), secret);
    assert.deepEqual(me.mfa, { stage: 'done', enabled: false, required: false, recoveryCodesLeft: 0 });

    const wrong = await call('/api/auth/mfa/confirm', cookie, { method: 'POST', json: { code: '000000' === totpCode(secret) ? '111111' : '000000' } });
    assert.equal(wrong.status, 422);
    assert.equal((await wrong.json()).errors[0].field, 'code');

    const ok = await call('/api/auth/mfa/confirm', cookie, { method: 'POST', json: { code: totpCode(secret) } });
    assert.equal(ok.status, 200);
    const body = await ok.json();
    assert.equal(body.recoveryCodes.length, 8);
    assert.equal(new Set(body.recoveryCodes).size, 8);
    for (const code of body.recoveryCodes) assert.match(code, /^[a-z2-9]{5}-[a-z2-9]{5}$/);
    assert.deepEqual(body.mfa, { stage: 'done', enabled: true, required: false, recoveryCodesLeft: 8 });
    // Stored hashed: no recovery code appears in the table.
    const stored = await t.db.kysely.selectFrom('recovery_code').select('code_hash').where('user_id', '=', me.user.id).execute();
    assert.equal(stored.length, 8);
    assert.ok(stored.every((s) => !body.recoveryCodes.some((c: string) => s.code_hash.includes(c.replace('-', '')))));
  });

  test('login with an authenticator: only the code step is open, everything else is 401 until the code is entered', async () => {
    const { source } = await enroll('beslisser@voorbeeld.nl');
    const { res, cookie, body } = await login('beslisser@voorbeeld.nl');
    assert.equal(res.status, 200);
    assert.equal(body.mfaRequired, true);
    assert.equal(body.mfa.stage, 'verify');
    assert.equal(body.user, undefined, 'nothing about the person before the second step');
    assert.match(res.headers.get('set-cookie') ?? '', /HttpOnly/);

    for (const path of ['/api/cases', '/api/auth/sessions', '/api/intakes/mine']) assert.equal((await call(path, cookie)).status, 401, path);
    const me = await call('/api/auth/me', cookie);
    assert.equal(me.status, 401);
    assert.match((await me.json()).type, /tweede-stap-nodig$/);
    assert.equal((await call('/api/auth/mfa/setup', cookie, { method: 'POST' })).status, 401);
    const pending = await t.db.kysely.selectFrom('session').select(['stage', 'expires_at']).where('user_id', '=', (await t.db.kysely.selectFrom('app_user').select('id').where('email', '=', 'beslisser@voorbeeld.nl').executeTakeFirstOrThrow()).id)
      .orderBy('id', 'desc').executeTakeFirstOrThrow(); // UUIDv7: in order of creation, also within one millisecond
    assert.equal(pending.stage, 'mfa');
    assert.ok(new Date(pending.expires_at).getTime() <= Date.now() + 15 * 60_000 + 1000, 'a pending session is short-lived');

    const code = source.next();
    const verified = await call('/api/auth/mfa/verify', cookie, { method: 'POST', json: { code } });
    assert.equal(verified.status, 200);
    const full = await verified.json();
    assert.equal(full.mfaRequired, false);
    assert.equal(full.user.email, 'beslisser@voorbeeld.nl');
    assert.equal(full.mfa.stage, 'done');
    const fullCookie = cookieOf(verified);
    assert.notEqual(fullCookie, cookie, 'a new session token after the second step');
    assert.equal((await call('/api/auth/me', fullCookie)).status, 200);
    assert.equal((await call('/api/cases?view=mine', fullCookie)).status, 200);
    assert.equal((await call('/api/auth/me', cookie)).status, 401, 'the pre-code token no longer works');

    // The same code a second time (a replay) is refused, even within its 30 seconds.
    const again = await login('beslisser@voorbeeld.nl');
    const replay = await call('/api/auth/mfa/verify', again.cookie, { method: 'POST', json: { code } });
    assert.equal(replay.status, 422);
    assert.equal((await call('/api/auth/mfa/verify', again.cookie, { method: 'POST', json: { code: source.next() } })).status, 200);
  });

  test('wrong codes count toward the password throttle: the sixth attempt is 429, also for the password', async () => {
    const { source } = await enroll('privacy@voorbeeld.nl');
    const { cookie } = await login('privacy@voorbeeld.nl');
    const good = source.next();
    const wrong = good === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++) {
      assert.equal((await call('/api/auth/mfa/verify', cookie, { method: 'POST', json: { code: wrong } })).status, 422, `attempt ${i + 1}`);
    }
    const blocked = await call('/api/auth/mfa/verify', cookie, { method: 'POST', json: { code: good } });
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    assert.match((await blocked.json()).detail, /verkeerde code/);
    assert.equal((await login('privacy@voorbeeld.nl')).res.status, 429);
  });

  test('a recovery code works once instead of the app code', async () => {
    const { recoveryCodes } = await enroll('regisseur@elders.nl');
    const first = await login('regisseur@elders.nl');
    const used = await call('/api/auth/mfa/verify', first.cookie, { method: 'POST', json: { code: recoveryCodes[0].toUpperCase() } });
    assert.equal(used.status, 200);
    const body = await used.json();
    assert.equal(body.mfa.recoveryCodesLeft, 7);
    const sessions = await (await call('/api/auth/sessions', cookieOf(used))).json();
    assert.equal(sessions.items.find((s: { current: boolean }) => s.current).secondFactor, 'recovery_code');

    const second = await login('regisseur@elders.nl');
    assert.equal((await call('/api/auth/mfa/verify', second.cookie, { method: 'POST', json: { code: recoveryCodes[0] } })).status, 422);
    assert.equal((await call('/api/auth/mfa/verify', second.cookie, { method: 'POST', json: { code: recoveryCodes[1] } })).status, 200);
  });

  test('turning it off needs a valid code; afterwards login is one step again', async () => {
    const { source, cookie: setupCookie } = await enroll('beleid@voorbeeld.nl');
    // The session that set it up stays logged in.
    assert.equal((await call('/api/auth/me', setupCookie)).status, 200);
    const wrong = await call('/api/auth/mfa', setupCookie, { method: 'DELETE', json: { code: 'aaaaa-bbbbb' } });
    assert.equal(wrong.status, 422);
    assert.equal((await call('/api/auth/mfa', setupCookie, { method: 'DELETE', json: { code: source.next() } })).status, 204);
    const after = await login('beleid@voorbeeld.nl');
    assert.equal(after.body.mfaRequired, false);
    assert.equal(after.body.mfa.enabled, false);
  });

  test('when the municipality requires it, staff who see personal data must set it up first, and cannot turn it off', async () => {
    const admin = await login('beheer@voorbeeld.nl');
    const put = await call('/api/admin/login-settings', admin.cookie, { method: 'PUT', json: { mfaRequired: true } });
    assert.equal(put.status, 200);
    assert.deepEqual(await (await call('/api/admin/login-settings', admin.cookie)).json(), { mfaRequired: true });
    assert.equal((await call('/api/admin/login-settings', (await login('melder@voorbeeld.nl')).cookie, { method: 'PUT', json: { mfaRequired: false } })).status, 403);
    try {
      // A reporter does not see personal data beyond their own reports: no second factor needed.
      const reporter = await login('melder@voorbeeld.nl');
      assert.equal(reporter.body.mfa.stage, 'done');
      assert.equal((await call('/api/intakes/mine', reporter.cookie)).status, 200);

      // The administrator has no authenticator yet: setup stage.
      const { res, cookie, body } = await login('beheer@voorbeeld.nl');
      assert.equal(res.status, 200);
      assert.equal(body.mfaRequired, false);
      assert.equal(body.user.email, 'beheer@voorbeeld.nl');
      assert.deepEqual(body.mfa, { stage: 'setup', enabled: false, required: true, recoveryCodesLeft: 0 });
      const me = await call('/api/auth/me', cookie);
      assert.equal(me.status, 200);
      assert.equal((await me.json()).mfa.stage, 'setup');
      assert.equal((await call('/api/admin/login-settings', cookie)).status, 401);
      assert.equal((await call('/api/auth/sessions', cookie)).status, 401);

      const setup = await (await call('/api/auth/mfa/setup', cookie, { method: 'POST' })).json();
      const source = codes(setup.secret);
      const confirmed = await call('/api/auth/mfa/confirm', cookie, { method: 'POST', json: { code: source.next() } });
      assert.equal(confirmed.status, 200);
      assert.deepEqual((await confirmed.json()).mfa, { stage: 'done', enabled: true, required: true, recoveryCodesLeft: 8 });
      const full = cookieOf(confirmed);
      assert.notEqual(full, cookie);
      assert.equal((await call('/api/auth/me', cookie)).status, 401);
      assert.equal((await call('/api/admin/login-settings', full)).status, 200);

      const off = await call('/api/auth/mfa', full, { method: 'DELETE', json: { code: source.next() } });
      assert.equal(off.status, 403);
      const audit = await t.db.kysely.selectFrom('audit_chain').select('action').where('action', 'in', ['account.mfa_enabled', 'tenant.login_settings_changed']).execute();
      assert.ok(audit.some((a) => a.action === 'tenant.login_settings_changed'));
      assert.ok(audit.some((a) => a.action === 'account.mfa_enabled'));
    } finally {
      await t.db.kysely.updateTable('tenant').set({ mfa_required: false }).execute();
    }
  });

  test('logout also ends a session that is waiting for its code', async () => {
    const { cookie } = await login('beslisser@voorbeeld.nl');
    assert.equal((await call('/api/auth/logout', cookie, { method: 'POST' })).status, 204);
    const totp = await t.db.kysely.selectFrom('user_totp').innerJoin('app_user', 'app_user.id', 'user_totp.user_id')
      .select('secret_encrypted').where('email', '=', 'beslisser@voorbeeld.nl').executeTakeFirstOrThrow();
    const code = totpCode(t.crypto.decrypt(totp.secret_encrypted!), Date.now() + 30_000);
    assert.equal((await call('/api/auth/mfa/verify', cookie, { method: 'POST', json: { code } })).status, 401);
  });
});
