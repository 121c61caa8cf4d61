import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from 'uuidv7';
import { POLICY } from '../helpers/access.ts';
import { type TestApp, testApp } from '../helpers/app.ts';
import { COLLEAGUE, COORDINATOR, acceptedCase, notificationsOf, userId } from '../helpers/workflow.ts';

let t: TestApp;
let caseId: string;
let reference: string;
let colleague: string;
let coordinator: string;
before(async () => {
  t = await testApp();
  ({ caseId, reference } = await acceptedCase(t, { name: 'Over Dracht', birthDate: '1972-02-02' }));
  colleague = await userId(t, COLLEAGUE);
  coordinator = await userId(t, COORDINATOR);
});
after(() => t.close());

const NOTE = 'Vader wil de auto houden voor het vervoer van de jongens; afspraak met de garage staat.';
const offer = (json: Record<string, unknown>, as = COORDINATOR) => t.request(`/api/cases/${caseId}/handover`, { method: 'POST', as, json });
const answer = (id: string, action: 'accept' | 'refuse' | 'withdraw', as: string, json?: unknown) =>
  t.request(`/api/cases/${caseId}/handover/${id}/${action}`, { method: 'POST', as, json });
const overview = async (as = COORDINATOR) => (await t.request(`/api/cases/${caseId}`, { as })).json();
const teamRoles = async () => Object.fromEntries((await t.db.kysely.selectFrom('case_member').select(['user_id', 'role']).where('case_id', '=', caseId).execute())
  .map((m) => [m.user_id, m.role]));

describe('offering a case', () => {
  test('to someone who cannot coordinate is 422 naming toUserId', async () => {
    const tenant = (await t.db.kysely.selectFrom('cases').select('tenant_id').where('id', '=', caseId).executeTakeFirstOrThrow()).tenant_id;
    const disabled = uuidv7();
    await t.db.kysely.insertInto('app_user').values({ id: disabled, email: 'oud@voorbeeld.nl', name: 'Oud Regisseur', phone: null, password_hash: null, disabled_at: new Date() }).execute();
    await t.db.kysely.insertInto('membership').values({ tenant_id: tenant, user_id: disabled, roles: ['coordinator'], organisation: 'Doorbraakteam' }).execute();
    const elsewhere = await userId(t, 'regisseur@elders.nl');
    const cases: [string, RegExp][] = [
      [await userId(t, 'beslisser@voorbeeld.nl'), /geen regisseur/],
      [await userId(t, 'partner@woonstad.nl'), /ketenpartner/],
      [disabled, /uitgeschakeld/],
      [elsewhere, /niet bij deze gemeente/],
      [coordinator, /zelf al de regisseur/],
    ];
    for (const [toUserId, message] of cases) {
      const res = await offer({ toUserId, note: NOTE });
      assert.equal(res.status, 422);
      const problem = await res.json();
      assert.equal(problem.errors[0].field, 'toUserId');
      assert.match(problem.errors[0].message, message);
    }
    const noNote = await offer({ toUserId: colleague, note: '' });
    assert.equal((await noNote.json()).errors[0].field, 'note');
    assert.equal((await t.db.kysely.selectFrom('handover').select('id').where('case_id', '=', caseId).execute()).length, 0);
  });

  test('outside the team, or as a colleague on the team who is not the coordinator, there is nothing to offer', async () => {
    assert.equal((await offer({ toUserId: colleague, note: NOTE }, COLLEAGUE)).status, 404);
  });
});

describe('refused, withdrawn, accepted', () => {
  let first: string;

  test('an offer gives the colleague read access and a notification; the owner stays the owner', async () => {
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: COLLEAGUE })).status, 404, 'no access before the offer');
    const res = await offer({ toUserId: colleague, note: NOTE });
    assert.equal(res.status, 200);
    const body = await res.json();
    first = body.id;
    assert.equal(body.status, 'offered');
    assert.equal(body.to.name, 'Chris Collega');
    const seen = await overview(COLLEAGUE);
    assert.equal(seen.access.role, 'reader');
    assert.equal(seen.handover.id, first);
    assert.equal(seen.handover.note, NOTE);
    assert.equal(seen.coordinator.email, COORDINATOR);
    assert.equal((await notificationsOf(t, COLLEAGUE, caseId, 'handover_offered')).length, 1);
    assert.ok((await overview()).timeline.some((e: { summary: string }) => e.summary === 'Warme overdracht aangeboden aan een collega'));
  });

  test('a second open offer is 409', async () => {
    const res = await offer({ toUserId: colleague, note: NOTE });
    assert.equal(res.status, 409);
    assert.match((await res.json()).detail, /Chris Collega/);
  });

  test('the colleague finds the offer in their list; the owner does not', async () => {
    const mine = await (await t.request('/api/handovers', { as: COLLEAGUE })).json();
    const item = mine.items.find((i: { caseId: string }) => i.caseId === caseId);
    assert.equal(item.reference, reference);
    assert.equal(item.from.name, 'Rachid Regisseur');
    const owners = await (await t.request('/api/handovers', { as: COORDINATOR })).json();
    assert.ok(!owners.items.some((i: { caseId: string }) => i.caseId === caseId));
  });

  test('refusing needs a reason; only the receiver answers', async () => {
    const res = await answer(first, 'refuse', COLLEAGUE, { reason: '' });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).errors[0].field, 'reason');
    assert.equal((await answer(first, 'refuse', COORDINATOR, { reason: 'Zelf weigeren' })).status, 403);
    assert.equal((await answer(first, 'accept', COORDINATOR)).status, 403);
    assert.equal((await answer(first, 'accept', POLICY)).status, 403);
    assert.equal((await answer(first, 'withdraw', COLLEAGUE)).status, 403, 'only the offerer withdraws');
  });

  test('a refused offer goes back with the reason; the owner keeps the case and the reader access ends', async () => {
    const res = await answer(first, 'refuse', COLLEAGUE, { reason: 'Mijn caseload is vol tot de zomer' });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).status, 'refused');
    const mine = await overview();
    assert.equal(mine.coordinator.email, COORDINATOR);
    assert.equal(mine.handover, null);
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: COLLEAGUE })).status, 404);
    assert.equal((await teamRoles())[colleague], undefined);
    assert.equal((await notificationsOf(t, COORDINATOR, caseId, 'handover_refused')).length, 1);
    const history = await (await t.request(`/api/cases/${caseId}/handovers`, { as: COORDINATOR })).json();
    assert.equal(history.items[0].answer, 'Mijn caseload is vol tot de zomer');
    assert.equal((await answer(first, 'accept', COLLEAGUE)).status, 404, 'the colleague is out again');
  });

  test('a withdrawn offer ends the reader access too', async () => {
    const res = await offer({ toUserId: colleague, note: NOTE });
    const { id } = await res.json();
    assert.equal((await answer(id, 'withdraw', COORDINATOR)).status, 200);
    assert.equal((await t.request(`/api/cases/${caseId}`, { as: COLLEAGUE })).status, 404);
    assert.equal((await notificationsOf(t, COLLEAGUE, caseId, 'handover_withdrawn')).length, 1);
    assert.equal((await answer(id, 'withdraw', COORDINATOR)).status, 409, 'already withdrawn');
  });

  test('accepting makes the colleague the coordinator; the previous one stays on the team as contributor', async () => {
    const { id } = await (await offer({ toUserId: colleague, note: NOTE })).json();
    const res = await answer(id, 'accept', COLLEAGUE);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.coordinator.email, COLLEAGUE);
    assert.equal(body.access.role, 'coordinator');
    assert.equal(body.handover, null);
    assert.deepEqual(await teamRoles(), { [colleague]: 'coordinator', [coordinator]: 'contributor' });
    const row = await t.db.kysely.selectFrom('cases').select('coordinator_id').where('id', '=', caseId).executeTakeFirstOrThrow();
    assert.equal(row.coordinator_id, colleague);
    const previous = await overview(COORDINATOR);
    assert.equal(previous.access.role, 'contributor');
    assert.ok(previous.timeline.some((e: { summary: string }) => e.summary === 'Overdracht aangenomen: er is een nieuwe regisseur'));
    assert.equal((await notificationsOf(t, COORDINATOR, caseId, 'handover_accepted')).length, 1);
    assert.equal((await answer(id, 'accept', COLLEAGUE)).status, 409, 'an answered offer cannot be answered again');
    // The previous coordinator no longer manages the case; the new one does.
    assert.equal((await offer({ toUserId: coordinator, note: NOTE })).status, 404);
    assert.equal((await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COLLEAGUE, json: { userId: await userId(t, 'beslisser@voorbeeld.nl'), role: 'reader' } })).status, 200);
  });

  test('every move is in the processing log and the audit trail', async () => {
    const logged = await t.db.kysely.selectFrom('processing_log').select('action')
      .where('case_id', '=', caseId).where('activity', '=', 'casus-overdragen').execute();
    assert.ok(logged.some((l) => l.action === 'create') && logged.some((l) => l.action === 'update') && logged.some((l) => l.action === 'read'));
    const audit = await t.db.kysely.selectFrom('audit_chain').select('action').where('object_id', '=', caseId).execute();
    for (const action of ['case.handover_offered', 'case.handover_refused', 'case.handover_withdrawn', 'case.handover_accepted']) {
      assert.ok(audit.some((a) => a.action === action), action);
    }
  });
});
