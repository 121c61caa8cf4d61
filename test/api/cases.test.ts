import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, minimalIntake, testApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const R = 'regisseur@voorbeeld.nl';
const get = (path: string, as = R) => t.request(path, { as });
const post = (path: string, json: unknown = undefined, as = R) => t.request(path, { method: 'POST', json, as });
const file = async (over: Record<string, unknown>) => (await post('/api/intakes', minimalIntake(over), 'melder@voorbeeld.nl')).json();

describe('triage en casussen', () => {
  test('the inbox lists new intakes, earliest due first, overdue ones marked', async () => {
    const { items } = await (await get('/api/cases?view=inbox')).json();
    assert.ok(items.length >= 3);
    assert.ok(items.every((i: { status: string }) => i.status === 'new'));
    const dues = items.map((i: { nextDue: string }) => i.nextDue);
    assert.deepEqual(dues, [...dues].sort());
    assert.ok(items.some((i: { overdue: boolean }) => i.overdue), 'demo data has an overdue intake');
    assert.ok(items.filter((i: { overdue: boolean }) => i.overdue).every((i: { nextDue: string }) => i.nextDue < new Date().toISOString().slice(0, 10)));
  });

  test('only coordinators see the inbox', async () => {
    assert.equal((await get('/api/cases?view=inbox', 'beleid@voorbeeld.nl')).status, 403);
  });

  test('accepting makes you the one coordinator, on the timeline and in the processing log; a second accept is 409', async () => {
    const { caseId } = await file({ household: { members: [{ name: 'Fatima Oppak', birthDate: '1985-06-06' }, { name: 'Yusuf Oppak', birthDate: '2012-01-01' }] } });
    const res = await post(`/api/cases/${caseId}/accept`);
    assert.equal(res.status, 200);
    const overview = await res.json();
    assert.equal(overview.status, 'active');
    assert.equal(overview.coordinator.email, R);
    assert.deepEqual(overview.timeline.map((e: { type: string }) => e.type), ['accepted', 'intake_received']);
    assert.equal(overview.timeline[0].summary, 'Casus opgepakt: de regisseur is nu de vaste contactpersoon');
    const again = await post(`/api/cases/${caseId}/accept`);
    assert.equal(again.status, 409);
    const log = await t.db.kysely.selectFrom('processing_log').select(['activity', 'subject_pseudonym', 'legal_basis', 'trace_id'])
      .where('case_id', '=', caseId).where('activity', '=', 'casus-oppakken').execute();
    assert.equal(log.length, 2, 'one row per household member');
    assert.notEqual(log[0].subject_pseudonym, log[1].subject_pseudonym);
    assert.ok(log.every((l) => l.legal_basis === 'consent' && l.trace_id.length === 32));
  });

  test('two coordinators accepting at once: exactly one becomes coordinator', async () => {
    const { caseId } = await file({ household: { members: [{ name: 'Gelijk Tijdig', birthDate: '1999-09-09' }] } });
    const results = await Promise.all([post(`/api/cases/${caseId}/accept`), post(`/api/cases/${caseId}/accept`)]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const members = await t.db.kysely.selectFrom('case_member').select('role').where('case_id', '=', caseId).execute();
    assert.equal(members.length, 1);
  });

  test('referring back needs a reason', async () => {
    const { caseId } = await file({ household: { members: [{ name: 'Zonder Reden', birthDate: '1960-06-06' }] } });
    const res = await post(`/api/cases/${caseId}/refer`, {});
    assert.equal(res.status, 422);
    assert.equal((await res.json()).errors[0].field, 'reason');
    assert.equal((await get(`/api/cases/${caseId}`)).status, 200, 'still new, still in triage');
  });

  test('one household, one plan: a second intake with the same BSN joins the open case and its coordinator sees it', async () => {
    const first = await file({ household: { members: [{ name: 'Kees Dubbel', birthDate: '1970-07-07', bsn: '123456782' }] } });
    await post(`/api/cases/${first.caseId}/accept`);
    const second = await file({ story: 'De buren maken zich zorgen.', lifeDomains: ['housing'], household: { members: [{ name: 'K. Dubbel', birthDate: '1970-07-07', bsn: '123456782' }, { name: 'Lies Dubbel', birthDate: '2001-01-01' }] } });
    assert.equal(second.linked, true);
    assert.equal(second.caseId, first.caseId);
    const overview = await (await get(`/api/cases/${first.caseId}`)).json();
    assert.equal(overview.linkedIntakes.length, 1);
    assert.equal(overview.linkedIntakes[0].story, 'De buren maken zich zorgen.');
    assert.deepEqual(overview.lifeDomains, ['finances', 'housing']);
    assert.deepEqual(overview.household.members.map((m: { name: string }) => m.name), ['Kees Dubbel', 'Lies Dubbel']);
    assert.equal(overview.timeline[0].type, 'members_added');
  });

  test('same name and birth date (ignoring case and accents) also links', async () => {
    const first = await file({ household: { members: [{ name: 'José van Dijk', birthDate: '1988-08-08' }] } });
    const second = await file({ household: { members: [{ name: 'jose  van dijk', birthDate: '1988-08-08' }] } });
    assert.equal(second.caseId, first.caseId);
    const other = await file({ household: { members: [{ name: 'José van Dijk', birthDate: '1988-08-09' }] } });
    assert.notEqual(other.caseId, first.caseId);
  });

  test('my cases: filters and key-based pages that together hold every case exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string; nextDue: string | null }[]; nextCursor: string | null } =
        await (await get(`/api/cases?view=mine&limit=2${cursor ? `&cursor=${cursor}` : ''}`)).json();
      assert.ok(page.items.length <= 2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const count = await t.db.kysely.selectFrom('cases').innerJoin('app_user', 'app_user.id', 'cases.coordinator_id')
      .select((eb) => eb.fn.countAll().as('n')).where('app_user.email', '=', R).executeTakeFirstOrThrow();
    assert.equal(seen.length, Number(count.n));
    assert.equal(new Set(seen).size, seen.length);

    const step = await (await get('/api/cases?view=mine&step=4')).json();
    assert.ok(step.items.length >= 1 && step.items.every((i: { step: number }) => i.step === 4));
    const closed = await (await get('/api/cases?view=mine&status=closed')).json();
    assert.ok(closed.items.length >= 1 && closed.items.every((i: { status: string }) => i.status === 'closed'));
    const overdue = await (await get('/api/cases?view=inbox&due=overdue')).json();
    assert.ok(overdue.items.every((i: { overdue: boolean }) => i.overdue));
    assert.equal((await get('/api/cases?view=mine&cursor=rommel')).status, 422);
    assert.equal((await get('/api/cases?view=mine&step=9')).status, 422);
  });

  test('a case outside your team is 404, as is an id that does not exist', async () => {
    const { items } = await (await get('/api/cases?view=mine')).json();
    assert.equal((await get(`/api/cases/${items[0].id}`, 'melder@voorbeeld.nl')).status, 404);
    assert.equal((await get('/api/cases/01900000-0000-7000-8000-000000000000')).status, 404);
    assert.equal((await get('/api/cases/geen-uuid')).status, 422);
  });

  test('reading the overview is logged once per household member', async () => {
    const { items } = await (await get('/api/cases?view=mine')).json();
    const id = items[0].id;
    const before = await t.db.kysely.selectFrom('processing_log').select('id').where('case_id', '=', id).where('activity', '=', 'casus-inzien').execute();
    const overview = await (await get(`/api/cases/${id}`)).json();
    const afterRows = await t.db.kysely.selectFrom('processing_log').select('id').where('case_id', '=', id).where('activity', '=', 'casus-inzien').execute();
    assert.equal(afterRows.length - before.length, overview.household.members.length);
  });

  test('the OpenAPI document describes every endpoint', async () => {
    const doc = await (await t.request('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of ['/api/health', '/api/auth/login', '/api/auth/logout', '/api/auth/me', '/api/intakes', '/api/public/intakes',
      '/api/public/intakes/{receipt}', '/api/intakes/mine', '/api/cases', '/api/cases/{id}', '/api/cases/{id}/accept', '/api/cases/{id}/refer']) {
      assert.ok(doc.paths[path], path);
    }
    const docs = await (await t.request('/api/docs')).text();
    assert.match(docs, /<code>\/api\/cases\/\{id\}\/accept<\/code>/);
  });
});
