import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

async function login(email: string, password = 'doorbraak', userAgent = 'Testbrowser') {
  const res = await t.request('/api/auth/login', { method: 'POST', json: { email, password }, headers: { 'user-agent': userAgent } });
  return { res, cookie: cookieOf(res) };
}

const call = (path: string, cookie: string, init: RequestInit & { json?: unknown } = {}) =>
  t.request(path, { ...init, headers: { ...init.headers as Record<string, string>, cookie } });

interface Item { id: string; current: boolean; method: string; stage: string; userAgent: string | null; createdAt: string; lastSeenAt: string }
const sessionsOf = async (cookie: string): Promise<Item[]> => (await (await call('/api/auth/sessions', cookie)).json()).items;

describe('sessies', () => {
  test('I see my active sessions, which one is this, and how each was started', async () => {
    const laptop = await login('regisseur@voorbeeld.nl', 'doorbraak', 'Laptop');
    const phone = await login('regisseur@voorbeeld.nl', 'doorbraak', 'Telefoon');
    const items = await sessionsOf(phone.cookie);
    assert.ok(items.length >= 2);
    const current = items.filter((s) => s.current);
    assert.equal(current.length, 1);
    assert.equal(current[0].userAgent, 'Telefoon');
    assert.ok(items.some((s) => s.userAgent === 'Laptop' && !s.current));
    assert.ok(items.every((s) => s.method === 'password' && s.stage === 'full'));
    assert.ok(!Number.isNaN(Date.parse(current[0].createdAt)) && !Number.isNaN(Date.parse(current[0].lastSeenAt)));
    // Nothing secret in the list: ids are not the cookie token.
    assert.ok(items.every((s) => !phone.cookie.includes(s.id) && !laptop.cookie.includes(s.id)));
    // Someone else's sessions are not in my list.
    const other = await login('beslisser@voorbeeld.nl');
    const theirs = await sessionsOf(other.cookie);
    assert.ok(theirs.every((s) => !items.some((m) => m.id === s.id)));
  });

  test('revoking one of my sessions ends it at once; other people\'s sessions and unknown ids are 404', async () => {
    const a = await login('privacy@voorbeeld.nl', 'doorbraak', 'A');
    const b = await login('privacy@voorbeeld.nl', 'doorbraak', 'B');
    const target = (await sessionsOf(b.cookie)).find((s) => s.userAgent === 'A')!;
    assert.equal((await call('/api/auth/me', a.cookie)).status, 200);
    assert.equal((await call(`/api/auth/sessions/${target.id}`, b.cookie, { method: 'DELETE' })).status, 204);
    assert.equal((await call('/api/auth/me', a.cookie)).status, 401);
    assert.equal((await call('/api/auth/me', b.cookie)).status, 200);
    assert.equal((await call(`/api/auth/sessions/${target.id}`, b.cookie, { method: 'DELETE' })).status, 404, 'already ended');

    const stranger = await login('beleid@voorbeeld.nl');
    const strangerSession = (await sessionsOf(stranger.cookie)).find((s) => s.current)!;
    assert.equal((await call(`/api/auth/sessions/${strangerSession.id}`, b.cookie, { method: 'DELETE' })).status, 404);
    assert.equal((await call('/api/auth/me', stranger.cookie)).status, 200);
    assert.equal((await call('/api/auth/sessions/00000000-0000-7000-8000-000000000000', b.cookie, { method: 'DELETE' })).status, 404);
    assert.equal((await call('/api/auth/sessions/geen-id', b.cookie, { method: 'DELETE' })).status, 422);

    // Ending the current session is logging out.
    const own = (await sessionsOf(b.cookie)).find((s) => s.current)!;
    const res = await call(`/api/auth/sessions/${own.id}`, b.cookie, { method: 'DELETE' });
    assert.equal(res.status, 204);
    assert.match(res.headers.get('set-cookie') ?? '', /doorbraak_sessie=;/);
    assert.equal((await call('/api/auth/me', b.cookie)).status, 401);
  });

  test('log out everywhere else', async () => {
    const cookies = [];
    for (let i = 0; i < 3; i++) cookies.push((await login('melder@voorbeeld.nl')).cookie);
    const res = await call('/api/auth/sessions/revoke-others', cookies[2], { method: 'POST' });
    assert.equal(res.status, 200);
    assert.ok((await res.json()).revoked >= 2);
    assert.equal((await call('/api/auth/me', cookies[0])).status, 401);
    assert.equal((await call('/api/auth/me', cookies[1])).status, 401);
    assert.equal((await call('/api/auth/me', cookies[2])).status, 200);
    assert.equal((await sessionsOf(cookies[2])).length, 1);
  });

  test('an administrator ends all sessions of a colleague in the same municipality only', async () => {
    const victim = await login('beslisser@voorbeeld.nl');
    const admin = await login('beheer@voorbeeld.nl');
    const me = await (await call('/api/auth/me', victim.cookie)).json();
    const res = await call(`/api/admin/users/${me.user.id}/revoke-sessions`, admin.cookie, { method: 'POST' });
    assert.equal(res.status, 200);
    assert.ok((await res.json()).revoked >= 1);
    assert.equal((await call('/api/auth/me', victim.cookie)).status, 401);

    const elsewhere = await login('regisseur@elders.nl');
    const elsewhereId = (await (await call('/api/auth/me', elsewhere.cookie)).json()).user.id;
    assert.equal((await call(`/api/admin/users/${elsewhereId}/revoke-sessions`, admin.cookie, { method: 'POST' })).status, 404);
    assert.equal((await call('/api/auth/me', elsewhere.cookie)).status, 200);

    const coordinator = await login('regisseur@voorbeeld.nl');
    assert.equal((await call(`/api/admin/users/${me.user.id}/revoke-sessions`, coordinator.cookie, { method: 'POST' })).status, 403);

    const audit = await t.db.kysely.selectFrom('audit_chain').select(['action', 'object_id']).where('action', '=', 'account.sessions_revoked').execute();
    assert.deepEqual(audit.map((a) => a.object_id), [me.user.id]);
    const logged = await t.db.kysely.selectFrom('processing_log').select(['activity', 'subject_pseudonym'])
      .where('activity', '=', 'inlogbeveiliging-beheren').execute();
    assert.deepEqual(logged, [{ activity: 'inlogbeveiliging-beheren', subject_pseudonym: t.crypto.pseudonym('user', me.user.id) }]);
  });

  test('sessions expire after 60 idle minutes and after 12 hours in all', async () => {
    const idle = await login('regisseur@voorbeeld.nl', 'doorbraak', 'Idle');
    const old = await login('regisseur@voorbeeld.nl', 'doorbraak', 'Old');
    const [idleId, oldId] = await Promise.all([idle, old].map(async (s) => (await sessionsOf(s.cookie)).find((x) => x.current)!.id));
    await t.db.kysely.updateTable('session').set({ last_seen_at: new Date(Date.now() - 61 * 60_000) }).where('id', '=', idleId).execute();
    await t.db.kysely.updateTable('session').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', oldId).execute();
    assert.equal((await call('/api/auth/me', idle.cookie)).status, 401);
    assert.equal((await call('/api/auth/me', old.cookie)).status, 401);
    const fresh = await login('regisseur@voorbeeld.nl');
    const ids = (await sessionsOf(fresh.cookie)).map((s) => s.id);
    assert.ok(!ids.includes(idleId) && !ids.includes(oldId), 'expired sessions are not listed as active');
    const row = await t.db.kysely.selectFrom('session').select(['created_at', 'expires_at']).where('id', '=', (await sessionsOf(fresh.cookie)).find((s) => s.current)!.id).executeTakeFirstOrThrow();
    assert.equal(Math.round((new Date(row.expires_at).getTime() - new Date(row.created_at).getTime()) / 3600_000), 12);
  });
});

describe('wachtwoord wijzigen', () => {
  const change = (cookie: string, current: string, next: string) =>
    call('/api/auth/password', cookie, { method: 'POST', json: { current, new: next } });

  test('the new password must follow the policy; the 422 names the field', async () => {
    const { cookie } = await login('beleid@voorbeeld.nl');
    const cases: [string, RegExp][] = [
      ['kort', /minstens 12 tekens/],
      ['Welkom123!welkom', /veel gebruikt/],
      ['voorjaar2024', /veel gebruikt/],
      ['BartBeleid2024!', /naam of e-mailadres/],
      ['beleid@voorbeeld.nl', /naam of e-mailadres/],
      ['x'.repeat(6) + 'abcdef'.repeat(21), /hoogstens 128/],
    ];
    for (const [pw, message] of cases) {
      const res = await change(cookie, 'doorbraak', pw);
      assert.equal(res.status, 422, pw);
      const body = await res.json();
      assert.equal(body.errors[0].field, 'new', pw);
      assert.match(body.errors[0].message, message, pw);
    }
    const wrong = await change(cookie, 'niet-mijn-wachtwoord', 'paarse fiets onder de brug');
    assert.equal(wrong.status, 422);
    assert.equal((await wrong.json()).errors[0].field, 'current');
  });

  test('a good new password works, the old one stops working, and my other sessions end', async () => {
    const other = await login('beleid@voorbeeld.nl', 'doorbraak', 'Ander apparaat');
    const { cookie } = await login('beleid@voorbeeld.nl');
    assert.equal((await change(cookie, 'doorbraak', 'paarse fiets onder de brug')).status, 204);
    assert.equal((await call('/api/auth/me', cookie)).status, 200, 'this session stays');
    assert.equal((await call('/api/auth/me', other.cookie)).status, 401, 'other sessions end');
    assert.equal((await login('beleid@voorbeeld.nl', 'doorbraak')).res.status, 401);
    assert.equal((await login('beleid@voorbeeld.nl', 'paarse fiets onder de brug')).res.status, 200);
    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'account.password_changed').executeTakeFirstOrThrow();
    assert.ok((audit.data as { sessionsRevoked: number }).sessionsRevoked >= 1);
  });

  test('without a session it is 401', async () => {
    const res = await t.request('/api/auth/password', { method: 'POST', json: { current: 'doorbraak', new: 'paarse fiets onder de brug' } });
    assert.equal(res.status, 401);
  });
});
