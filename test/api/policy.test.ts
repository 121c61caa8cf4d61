import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { demoCases } from '../../src/cli/demo-cases.ts';
import { jobHandlers } from '../../src/jobs.ts';
import { factOf } from '../../src/policy/facts.ts';
import { type TestApp, minimalIntake, testApp } from '../helpers/app.ts';
import { COORDINATOR } from '../helpers/workflow.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const POLICY = 'beleid@voorbeeld.nl';
const dashboard = async () => {
  const res = await t.request('/api/policy/dashboard', { as: POLICY });
  assert.equal(res.status, 200);
  return res.json();
};
const refresh = async () => {
  const res = await t.request('/api/policy/refresh', { method: 'POST', as: POLICY });
  assert.equal(res.status, 200);
  return res.json();
};

type Row = Record<string, unknown> & { suppressed: string[] };
/** Every count is 0, at least 5, or null and named as suppressed. */
function assertSuppressed(rows: Row[], counts: string[]) {
  for (const r of rows) {
    for (const k of counts) {
      const v = r[k];
      if (v === null) assert.ok(r.suppressed.includes(k), `${k} is null without being named`);
      else assert.ok(v === 0 || (typeof v === 'number' && v >= 5), `${k} = ${v} in ${JSON.stringify(r)}`);
    }
  }
}

describe('who sees the policy view', () => {
  test('the policy role only', async () => {
    for (const as of [COORDINATOR, 'beheer@voorbeeld.nl', 'privacy@voorbeeld.nl']) {
      assert.equal((await t.request('/api/policy/dashboard', { as })).status, 403, as);
      assert.equal((await t.request('/api/policy/csv/costs', { as })).status, 403, as);
    }
    assert.equal((await t.request('/api/policy/dashboard')).status, 401);
  });

  test('policy staff asking for a case get 403, the same for a case that exists and one that does not', async () => {
    const existing = await t.db.kysely.selectFrom('cases').select('id').executeTakeFirstOrThrow();
    const answers = [];
    for (const path of ['/api/cases', `/api/cases/${existing.id}`, `/api/cases/${existing.id}/household`, '/api/cases/01890000-0000-7000-8000-000000000000']) {
      const res = await t.request(path, { as: POLICY });
      assert.equal(res.status, 403, path);
      assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
      answers.push((await res.json()).detail);
    }
    assert.equal(new Set(answers).size, 1, 'one answer, whatever the case');
    assert.match(answers[0], /alleen cijfers zonder persoonsgegevens/);
  });
});

describe('the demo figures', () => {
  test('are there after seeding, with every small count suppressed and no personal data at all', async () => {
    const d = await dashboard();
    assert.ok(d.refreshedAt);
    assert.equal(d.minCount, 5);
    assert.deepEqual(d.norms, { firstContactWorkingDays: 5, firstContactUrgentWorkingDays: 1, startWorkingDays: 10 });
    assert.equal(d.intakesPerWeek.length, 26);
    assert.equal(d.leadTimes.length, 8);
    assert.deepEqual(d.openPerStep.map((s: { stage: string }) => s.stage), ['triage', 'step-1', 'step-2', 'step-3', 'step-4', 'step-5', 'step-6']);
    assertSuppressed(d.intakesPerWeek, ['intakes']);
    assertSuppressed(d.openPerStep, ['cases']);
    assertSuppressed(d.leadTimes, ['firstContactTotal', 'firstContactWithinNorm', 'startTotal', 'startWithinNorm', 'waitingForFirstContact']);
    assertSuppressed(d.breakthroughs, ['closed', 'breakthroughs']);
    assertSuppressed(d.costs, ['cases']);
    assertSuppressed(d.recurrences, ['newCases', 'recurrences']);
    assertSuppressed(d.bottlenecks, ['cases']);
    assert.equal(d.openPerStep[0].cases, null, 'four demo intakes wait for first contact');
    for (const c of d.costs.filter((r: Row) => r.cases === null)) assert.equal(c.currentYearlyCents, null, 'money over fewer than 5 cases goes too');
    assert.ok(d.bottlenecks.some((b: { title: string; statusLabel: string }) => /huisdier/.test(b.title) && b.statusLabel === 'Geagendeerd'));
    const text = JSON.stringify(d);
    for (const c of demoCases) for (const m of c.household.members) {
      assert.ok(!text.includes(m.name), m.name);
      if (m.bsn) assert.ok(!text.includes(m.bsn));
    }
    assert.ok(!/"(caseId|reference|household)"/.test(text));
  });

  test('every figure as CSV for a Dutch spreadsheet; suppressed cells say so', async () => {
    const res = await t.request('/api/policy/csv/open-per-step', { as: POLICY });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    assert.match(res.headers.get('content-disposition')!, /open-per-step-\d{4}-\d{2}-\d{2}\.csv/);
    const bytes = Buffer.from(await res.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM, so spreadsheets read UTF-8');
    const csv = bytes.subarray(3).toString('utf8');
    assert.ok(csv.startsWith('Fase;Open casussen\r\n'), csv.slice(0, 40));
    assert.match(csv, /Aangemeld, wacht op eerste contact;onderdrukt \(minder dan 5\)/);
    for (const f of ['intakes-per-week', 'lead-times', 'breakthroughs', 'costs', 'recurrences', 'bottlenecks']) {
      const r = await t.request(`/api/policy/csv/${f}`, { as: POLICY });
      assert.equal(r.status, 200, f);
      assert.ok((await r.text()).split('\r\n').length > 2, f);
    }
    const unknown = await t.request('/api/policy/csv/namen', { as: POLICY });
    assert.equal(unknown.status, 422);
    assert.equal((await unknown.json()).errors[0].field, 'figure');
  });
});

describe('figures follow the work', () => {
  const caseIds: string[] = [];

  test('new intakes count after a refresh, and five or more are shown', async () => {
    const before = await dashboard();
    for (let i = 0; i < 6; i++) {
      const res = await t.request('/api/intakes', {
        method: 'POST', as: 'melder@voorbeeld.nl', json: minimalIntake({ household: { members: [{ name: `Beleid Telling${i}`, birthDate: '1980-01-0' + (i + 1) }] } }),
      });
      assert.equal(res.status, 201);
      caseIds.push((await res.json()).caseId);
    }
    assert.deepEqual((await dashboard()).openPerStep, before.openPerStep, 'nothing moves until the facts are refreshed');
    const r = await refresh();
    assert.ok(r.cases >= 6);
    const after = await dashboard();
    assert.ok(after.openPerStep[0].cases >= 10, JSON.stringify(after.openPerStep[0]));
    assert.ok(after.intakesPerWeek[25].intakes >= 6, 'this week');
  });

  test('first contact within the norm once five cases are taken up', async () => {
    for (const id of caseIds.slice(0, 5)) {
      assert.equal((await t.request(`/api/cases/${id}/accept`, { method: 'POST', as: COORDINATOR })).status, 200);
    }
    await refresh();
    const facts = await t.db.kysely.selectFrom('case_fact').select(['first_contact_days', 'first_contact_in_norm', 'status'])
      .where('case_id', 'in', caseIds.slice(0, 5)).execute();
    assert.deepEqual(facts.map((f) => [f.first_contact_days, f.first_contact_in_norm, f.status]), Array(5).fill([0, true, 'active']));
    const d = await dashboard();
    const current = d.leadTimes[d.leadTimes.length - 1];
    assert.ok(current.firstContactTotal >= 5, JSON.stringify(current));
    assertSuppressed(d.leadTimes, ['firstContactTotal', 'firstContactWithinNorm', 'startTotal', 'startWithinNorm', 'waitingForFirstContact']);
  });

  test('the refresh job does the same for every municipality', async () => {
    const handlers = jobHandlers({ db: t.db.kysely, crypto: t.crypto, mailer: null });
    const run = handlers['policy-facts'];
    const result = await (typeof run === 'function' ? run : run.run)({ id: 'x', tenantId: null, payload: {}, attempt: 1, now: new Date(), signal: new AbortController().signal });
    assert.equal((result as unknown[]).length, 2);
    assert.equal((await t.request('/api/policy/refresh', { method: 'POST', as: COORDINATOR })).status, 403);
  });
});

test('a case fact: first contact by referral counts, the start is moving past step 1, norms are the due dates', () => {
  const f = factOf({
    id: 'c', reported_at: new Date('2025-03-07T09:00:00+01:00'), status: 'active', step: 3, kind: 'breakthrough', outcome: null,
    accepted_at: null, referred_at: new Date('2025-03-14T10:00:00+01:00'), first_contact_due: '2025-03-14', start_due: '2025-03-21',
    started_at: new Date('2025-03-24T10:00:00+01:00'), closed_at: null, recurrence_of: 'x',
    current_yearly_cents: '100', one_off_cents: '5', yearly_cents: '0', avoided_1y_cents: '95', has_cost: true,
  });
  assert.deepEqual([f.first_contact_on, f.first_contact_days, f.first_contact_in_norm], ['2025-03-14', 5, true]);
  assert.deepEqual([f.started_on, f.start_days, f.start_in_norm], ['2025-03-24', 11, false]);
  assert.equal(f.recurrence, true);
});
