import assert from 'node:assert/strict';
import { after, before, describe, mock, test } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../helpers/app.ts';
import { amsterdamDate } from '../../src/platform/time/working-days.ts';
import { POLICY, caseOfMember, outsiderStatus, partnerSession } from '../helpers/access.ts';

const addDays = (date: string, n: number) => new Date(Date.parse(`${date}T12:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

const COORDINATOR = 'regisseur@voorbeeld.nl';
const DECIDER = 'beslisser@voorbeeld.nl';
const PRIVACY = 'privacy@voorbeeld.nl';
const GGZ = 'GGZ Rivierduinen';

let t: TestApp;
let caseId: string;
let personId: string;
before(async () => {
  t = await testApp();
  ({ caseId, personId } = await caseOfMember(t, 'Lotte van Dijk'));
});
after(() => t.close());

const consent = (sections: string[], organisations = [GGZ], givenOn = '2026-11-02') => t.request(`/api/cases/${caseId}/consents`, {
  method: 'POST', as: COORDINATOR,
  json: { personId, purpose: 'Behandeling afstemmen met de GGZ', organisations, sections, method: 'written', givenOn },
});
const invite = (sections: string[], over: Record<string, unknown> = {}) => t.request(`/api/cases/${caseId}/invitations`, {
  method: 'POST', as: COORDINATOR,
  json: { email: 'behandelaar@ggz.example', name: 'Gert Behandelaar', organisation: GGZ, role: 'contributor', sections, ...over },
});

describe('the case team', () => {
  test('only the team sees an active case; everyone else gets 404, also in lists', async () => {
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).status, 200);
    for (const who of [DECIDER, PRIVACY, POLICY, 'melder@voorbeeld.nl', 'regisseur@elders.nl']) {
      assert.equal((await t.request(`/api/cases/${caseId}`, { as: who })).status, outsiderStatus(who), who);
      assert.equal((await t.request(`/api/cases/${caseId}/team`, { as: who })).status, outsiderStatus(who), who);
    }
    const mine = await (await t.request('/api/cases?view=mine', { as: DECIDER })).json();
    assert.equal(mine.items.length, 0);
  });

  test('a colleague added to the team sees the case; removed, the access ends at once', async () => {
    const users = await (await t.request('/api/colleagues', { as: COORDINATOR })).json();
    const decider = users.items.find((u: { roles: string[] }) => u.roles.includes('mandate_holder'));
    const added = await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COORDINATOR, json: { userId: decider.id, role: 'reader' } });
    assert.equal(added.status, 200);
    const seen = await (await t.request(`/api/cases/${caseId}`, { as: DECIDER })).json();
    assert.equal(seen.access.role, 'reader');
    assert.ok(seen.household.members[0].bsnMasked);
    assert.equal((await (await t.request('/api/cases?view=mine', { as: DECIDER })).json()).items.length, 1);
    // A reader cannot manage the team.
    assert.equal((await t.request(`/api/cases/${caseId}/team/${decider.id}`, { method: 'DELETE', as: 'melder@voorbeeld.nl' })).status, 404);
    assert.equal((await t.request(`/api/cases/${caseId}/team/${decider.id}`, { method: 'DELETE', as: COORDINATOR })).status, 204);
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: DECIDER })).status, 404);
  });

  test('the coordinator cannot be removed: a case is never without one', async () => {
    const team = await (await t.request(`/api/cases/${caseId}/team`, { as: COORDINATOR })).json();
    const me = team.members.find((m: { role: string }) => m.role === 'coordinator');
    assert.equal((await t.request(`/api/cases/${caseId}/team/${me.userId}`, { method: 'DELETE', as: COORDINATOR })).status, 409);
  });

  test('adding a partner or an unknown person as a colleague is refused, naming the field', async () => {
    const res = await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COORDINATOR, json: { userId: '0190f5d2-0000-7000-8000-000000000000', role: 'reader' } });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).errors[0].field, 'userId');
  });
});

describe('partners, consent and invitations', () => {
  let link: string;

  test('inviting a partner without consent covering the organisation is refused', async () => {
    const res = await invite(['story']);
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.errors[0].field, 'sections');
    assert.match(body.errors[0].message, /toestemming/);
  });

  test('consent given today counts by the Amsterdam calendar, also just after midnight; tomorrow is refused', async () => {
    // Half past midnight in Amsterdam is still yesterday in UTC: the form's "today" must be accepted.
    const lateEvening = new Date(Date.now() - 86400_000);
    lateEvening.setUTCHours(23, 30, 0, 0);
    const today = amsterdamDate(lateEvening);
    mock.timers.enable({ apis: ['Date'], now: lateEvening });
    try {
      assert.equal((await consent(['story'], ['Stadsbank'], today)).status, 201);
      const tomorrow = await consent(['story'], ['Stadsbank'], addDays(today, 1));
      assert.equal(tomorrow.status, 422);
      assert.equal((await tomorrow.json()).errors[0].field, 'givenOn');
    } finally {
      mock.timers.reset();
    }
  });

  test('consent covers only what it names: the uncovered section is refused, the covered one is invited', async () => {
    assert.equal((await consent(['story', 'life_domains'])).status, 201);
    assert.equal((await invite(['story', 'household'])).status, 422);
    const res = await invite(['story', 'life_domains']);
    assert.equal(res.status, 201);
    const body = await res.json();
    assert.equal(body.invitation.status, 'pending');
    link = body.link;
    assert.match(link, /^\/uitnodiging#/);
    // The same link goes out by e-mail through the outbox, naming no resident.
    const mail = await t.db.kysely.selectFrom('outbox').select(['subject', 'body']).where('to_address', '=', 'behandelaar@ggz.example').executeTakeFirstOrThrow();
    assert.ok(mail.body.includes(link.split('#')[1]));
    assert.ok(!mail.body.includes('van Dijk') && !mail.subject.includes('van Dijk'));
  });

  test('the partner accepts once, sees only the shared sections and never the BSN; a second use is refused', async () => {
    const token = link.split('#')[1];
    const preview = await t.request('/api/public/invitations/preview', { method: 'POST', json: { token } });
    assert.equal(preview.status, 200);
    assert.equal((await preview.json()).hasAccount, false);
    const weak = await t.request('/api/public/invitations/accept', { method: 'POST', json: { token, password: 'kort' } });
    assert.equal(weak.status, 422);
    assert.equal((await weak.json()).errors[0].field, 'password');

    const partner = await partnerSession(t, token, 'Een lang en sterk wachtwoord 2026');
    const view = await (await partner(`/api/cases/${caseId}`)).json();
    assert.deepEqual(view.access.sections, ['story', 'life_domains']);
    assert.equal(view.access.partner, true);
    assert.ok(view.story.length > 20);
    assert.equal(view.household, null);
    assert.equal(JSON.stringify(view).includes('999995698'), false);
    assert.deepEqual(view.timeline, []);
    const list = await (await partner('/api/cases?view=mine')).json();
    assert.deepEqual(list.items.map((i: { id: string }) => i.id), [caseId]);
    // Partners never see other cases, the inbox, or consent records.
    assert.equal((await partner('/api/cases?view=inbox')).status, 403);
    assert.equal((await partner(`/api/cases/${caseId}/consents`)).status, 404);

    const again = await t.request('/api/public/invitations/accept', { method: 'POST', json: { token, password: 'Een lang en sterk wachtwoord 2026' } });
    assert.equal(again.status, 410);

    // Withdrawing the consent ends the partner's access to what it covered, at once.
    const consents = await (await t.request(`/api/cases/${caseId}/consents`, { as: COORDINATOR })).json();
    const withdrawn = await t.request(`/api/cases/${caseId}/consents/${consents.consents[0].id}/withdraw`, { method: 'POST', as: COORDINATOR, json: { note: 'Mondeling ingetrokken' } });
    assert.equal(withdrawn.status, 200);
    const after = await (await partner(`/api/cases/${caseId}`)).json();
    assert.deepEqual(after.access.sections, []);
    assert.equal(after.story, null);
    assert.deepEqual(after.lifeDomains, []);
  });

  test('a legal basis other than consent needs its article; internal sections are never shared', async () => {
    const noArticle = await t.request(`/api/cases/${caseId}/share-bases`, { method: 'POST', as: COORDINATOR, json: { organisation: 'Veilig Thuis', sections: ['household'], legalBasis: 'legal_obligation' } });
    assert.equal(noArticle.status, 422);
    assert.equal((await noArticle.json()).errors[0].field, 'article');
    const basis = await t.request(`/api/cases/${caseId}/share-bases`, {
      method: 'POST', as: COORDINATOR,
      json: { organisation: 'Veilig Thuis', sections: ['household', 'story'], legalBasis: 'legal_obligation', article: 'art. 5.2.6 Wet maatschappelijke ondersteuning 2015' },
    });
    assert.equal(basis.status, 201);
    const overview = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
    const marked = await t.request(`/api/cases/${caseId}/internal-sections`, { method: 'PUT', as: COORDINATOR, json: { sections: ['household'], version: overview.version } });
    assert.equal(marked.status, 200);
    const stale = await t.request(`/api/cases/${caseId}/internal-sections`, { method: 'PUT', as: COORDINATOR, json: { sections: [], version: overview.version } });
    assert.equal(stale.status, 409);
    const res = await invite(['household'], { organisation: 'Veilig Thuis', email: 'medewerker@veiligthuis.example' });
    assert.equal(res.status, 422);
    assert.match((await res.json()).errors[0].message, /intern/);
    assert.equal((await invite(['story'], { organisation: 'Veilig Thuis', email: 'medewerker@veiligthuis.example' })).status, 201);
  });

  test('an emergency share without consent needs the explicit right and tells the privacy officer', async () => {
    const emergency = { reason: 'Crisis: de GGZ moet vannacht de situatie thuis kennen om in te grijpen.' };
    const refused = await invite(['story'], { organisation: 'Crisisdienst GGZ', email: 'crisis@ggz.example', emergency });
    assert.equal(refused.status, 403);
    await sql`update membership set rights = array['consent_override'] where user_id = (select id from app_user where email = ${COORDINATOR})`.execute(t.db.kysely);
    const res = await invite(['story'], { organisation: 'Crisisdienst GGZ', email: 'crisis@ggz.example', emergency });
    assert.equal(res.status, 201);
    assert.equal((await res.json()).invitation.emergency, true);
    const notes = await (await t.request('/api/notifications', { as: PRIVACY })).json();
    assert.ok(notes.items.some((n: { kind: string }) => n.kind === 'emergency_share'));
  });

  test('an expired or revoked invitation is refused', async () => {
    const res = await invite(['story'], { organisation: 'Veilig Thuis', email: 'tweede@veiligthuis.example' });
    const { invitation, link: expiredLink } = await res.json();
    await sql`update invitation set expires_at = now() - interval '1 minute' where id = ${invitation.id}`.execute(t.db.kysely);
    const token = expiredLink.split('#')[1];
    assert.equal((await t.request('/api/public/invitations/preview', { method: 'POST', json: { token } })).status, 410);
    const other = await (await invite(['story'], { organisation: 'Veilig Thuis', email: 'derde@veiligthuis.example' })).json();
    assert.equal((await t.request(`/api/cases/${caseId}/invitations/${other.invitation.id}`, { method: 'DELETE', as: COORDINATOR })).status, 200);
    assert.equal((await t.request('/api/public/invitations/preview', { method: 'POST', json: { token: other.link.split('#')[1] } })).status, 410);
    assert.equal((await t.request('/api/public/invitations/preview', { method: 'POST', json: { token: 'x'.repeat(40) } })).status, 404);
  });
});

describe('break-glass', () => {
  test('needs a reason, is time-limited, logged, and tells the coordinator and privacy officer', async () => {
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: DECIDER })).status, 404);
    const noReason = await t.request(`/api/cases/${caseId}/break-glass`, { method: 'POST', as: DECIDER, json: {} });
    assert.equal(noReason.status, 422);
    assert.equal((await noReason.json()).errors[0].field, 'reason');
    const res = await t.request(`/api/cases/${caseId}/break-glass`, { method: 'POST', as: DECIDER, json: { reason: 'Nachtelijke crisis: politie belt, kinderen mogelijk in gevaar.' } });
    assert.equal(res.status, 200);
    const { until } = await res.json();
    const hours = (new Date(until).getTime() - Date.now()) / 3600_000;
    assert.ok(hours > 3.9 && hours <= 4, String(hours));
    const view = await (await t.request(`/api/cases/${caseId}`, { as: DECIDER })).json();
    assert.equal(view.access.via, 'break_glass');
    for (const who of [COORDINATOR, PRIVACY]) {
      const notes = await (await t.request('/api/notifications', { as: who })).json();
      assert.ok(notes.items.some((n: { kind: string; caseId: string }) => n.kind === 'break_glass' && n.caseId === caseId), who);
    }
    const log = await (await t.request(`/api/cases/${caseId}/processing`, { as: COORDINATOR })).json();
    assert.ok(log.lines.some((l: { activity: string; actor: string }) => l.activity === 'noodtoegang' && l.actor === 'Bea Beslisser'));
    assert.equal(log.breakGlass[0].name, 'Bea Beslisser');
    // Only the coordinator sees who looked.
    assert.equal((await t.request(`/api/cases/${caseId}/processing`, { as: DECIDER })).status, 404);

    await sql`update break_glass set expires_at = now() - interval '1 second' where case_id = ${caseId}`.execute(t.db.kysely);
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: DECIDER })).status, 404);
  });

  test('can be found by BSN without the case number; policy staff and partners cannot break glass', async () => {
    const res = await t.request('/api/break-glass', { method: 'POST', as: DECIDER, json: { bsn: '999995698', reason: 'Crisisdienst belt: acute dreiging van uithuiszetting vannacht.' } });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).caseId, caseId);
    const none = await t.request('/api/break-glass', { method: 'POST', as: DECIDER, json: { bsn: '111222333', reason: 'Crisisdienst belt: acute dreiging van uithuiszetting vannacht.' } });
    assert.equal(none.status, 404);
    const policy = await t.request(`/api/cases/${caseId}/break-glass`, { method: 'POST', as: POLICY, json: { reason: 'Ik wil het graag even zien voor de cijfers.' } });
    assert.equal(policy.status, 403);
  });
});
