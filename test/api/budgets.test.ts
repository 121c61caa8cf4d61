import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { demoCases } from '../../src/cli/demo-cases.ts';
import { withTenant } from '../../src/platform/db/tenant.ts';
import { amsterdamDate } from '../../src/platform/time/working-days.ts';
import { blankCase } from '../../src/privacy/erase.ts';
import { type TestApp, testApp } from '../helpers/app.ts';
import { ADMIN, DECIDER, approval, ask, caseAtStep5, decide, requestBody } from '../helpers/decisions.ts';
import { COLLEAGUE, COORDINATOR, userId } from '../helpers/workflow.ts';

let t: TestApp;
let budgetId: string;
let caseId: string;
let reference: string;
let decisionId: string;
const today = amsterdamDate(new Date());

before(async () => {
  t = await testApp();
  const list = await (await t.request('/api/budgets', { as: ADMIN })).json();
  budgetId = list.items.find((b: { year: number }) => b.year === Number(today.slice(0, 4))).id;
  ({ caseId, reference } = await caseAtStep5(t, { name: 'Geld Zaken', birthDate: '1977-02-02' }));
  decisionId = (await (await ask(t, caseId)).json()).id;
  assert.equal((await decide(t, caseId, decisionId, approval())).status, 200);
});
after(() => t.close());

const budget = async (as = ADMIN) => (await t.request(`/api/budgets/${budgetId}`, { as })).json();
const pay = (json: Record<string, unknown>, as = COORDINATOR, id = decisionId, c = caseId) =>
  t.request(`/api/cases/${c}/decisions/${id}/payments`, { method: 'POST', as, json });
const release = (json: Record<string, unknown>, as = COORDINATOR, id = decisionId, c = caseId) =>
  t.request(`/api/cases/${c}/decisions/${id}/releases`, { method: 'POST', as, json });
const entryCount = async () => (await t.db.kysely.selectFrom('budget_entry').select('id').where('decision_id', '=', decisionId).execute()).length;

describe('the budget', () => {
  test('figures for staff and policy; not for partners or reporters; only the administrator sets it', async () => {
    const b = await budget('beleid@voorbeeld.nl');
    assert.equal(b.amountCents, 15_000_000);
    const t0 = b.totals;
    assert.equal(t0.remainingCents + t0.openCents + t0.paidCents, t0.budgetCents);
    assert.ok(b.months.length >= 12);
    assert.equal(b.months.reduce((s: number, m: { committedCents: number }) => s + m.committedCents, 0), t0.committedCents);
    for (const who of ['partner@woonstad.nl', 'melder@voorbeeld.nl']) assert.equal((await t.request('/api/budgets', { as: who })).status, 403, who);
    assert.equal((await t.request(`/api/budgets/${budgetId}/entries`, { as: 'beleid@voorbeeld.nl' })).status, 403, 'entries name cases: not for policy');
    assert.equal((await t.request('/api/budgets', { method: 'POST', as: COORDINATOR, json: { year: 2030, amountCents: 100 } })).status, 403);
    const dup = await t.request('/api/budgets', { method: 'POST', as: ADMIN, json: { year: Number(today.slice(0, 4)), amountCents: 100 } });
    assert.equal(dup.status, 422);
    assert.equal((await dup.json()).errors[0].field, 'year');
    const created = await t.request('/api/budgets', { method: 'POST', as: ADMIN, json: { year: 2031, amountCents: 5_000_000, note: 'Meerjarenraming' } });
    assert.equal(created.status, 201);
    assert.equal((await created.json()).totals.remainingCents, 5_000_000);
  });

  test('the amount cannot drop below what is committed; a stale version is 409', async () => {
    const b = await budget();
    const inUse = b.totals.committedCents - b.totals.releasedCents;
    const low = await t.request(`/api/budgets/${budgetId}`, { method: 'PATCH', as: ADMIN, json: { amountCents: inUse - 1, version: b.version } });
    assert.equal(low.status, 422);
    assert.equal((await low.json()).errors[0].field, 'amountCents');
    assert.equal((await t.request(`/api/budgets/${budgetId}`, { method: 'PATCH', as: ADMIN, json: { note: 'x', version: b.version + 5 } })).status, 409);
  });
});

describe('payments and releases', () => {
  test('paying more than committed is 422 and changes nothing', async () => {
    const res = await pay({ amountCents: 200_001, date: today, payee: 'Garage Van Dam' });
    assert.equal(res.status, 422);
    const problem = await res.json();
    assert.equal(problem.errors[0].field, 'amountCents');
    assert.match(problem.errors[0].message, /meer dan er is vastgelegd: er staat nog € 2\.000,00 open/);
    assert.equal(await entryCount(), 1);
  });

  test('the payment needs a payee organisation and a date that has been; only the case’s coordinator books', async () => {
    assert.equal((await (await pay({ amountCents: 100, date: today })).json()).errors[0].field, 'payee');
    assert.equal((await (await pay({ amountCents: 100, date: '2099-01-01', payee: 'Garage Van Dam' })).json()).errors[0].field, 'date');
    await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COORDINATOR, json: { userId: await userId(t, COLLEAGUE), role: 'contributor' } });
    assert.equal((await pay({ amountCents: 100, date: today, payee: 'Garage Van Dam' }, COLLEAGUE)).status, 403);
    assert.equal((await pay({ amountCents: 100, date: today, payee: 'Garage Van Dam' }, DECIDER)).status, 404);
    assert.equal(await entryCount(), 1);
  });

  test('a payment and a release draw the commitment down; the budget and the timeline follow', async () => {
    const before = (await budget()).totals;
    const paid = await pay({ amountCents: 150_000, date: today, payee: 'Garage Van Dam', note: 'Factuur 2026-77' });
    assert.equal(paid.status, 201);
    assert.deepEqual(await paid.json().then((m) => [m.committedCents, m.paidCents, m.openCents]), [200_000, 150_000, 50_000]);
    const released = await release({ amountCents: 50_000, note: 'De reparatie viel mee' });
    assert.equal(released.status, 201);
    assert.equal((await released.json()).openCents, 0);
    const after = (await budget()).totals;
    assert.equal(after.paidCents - before.paidCents, 150_000);
    assert.equal(after.releasedCents - before.releasedCents, 50_000);
    assert.equal(after.remainingCents - before.remainingCents, 50_000, 'released money is free again');
    assert.equal(after.remainingCents + after.openCents + after.paidCents, after.budgetCents);
    assert.equal((await pay({ amountCents: 1, date: today, payee: 'Garage Van Dam' })).status, 422, 'nothing left open');
    const o = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
    const summaries = o.timeline.map((e: { summary: string }) => e.summary);
    assert.ok(summaries.includes('€ 1.500,00 betaald uit het maatwerkbudget'));
    assert.ok(summaries.includes('€ 500,00 vrijgegeven: niet meer nodig'));
    assert.deepEqual(o.budgetEntries.map((e: { kind: string }) => e.kind), ['commitment', 'payment', 'release']);
  });

  test('a pending or declined decision has nothing to pay', async () => {
    const { caseId: other } = await caseAtStep5(t, { name: 'Nog Open', birthDate: '1988-08-08' });
    const d = (await (await ask(t, other)).json()).id;
    assert.equal((await pay({ amountCents: 100, date: today, payee: 'X' }, COORDINATOR, d, other)).status, 409);
  });
});

describe('finance export', () => {
  test('CSV with case reference, amounts, dates and payee organisation; no names; logged', async () => {
    const res = await t.request(`/api/budgets/${budgetId}/entries.csv`, { as: ADMIN });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/csv/);
    assert.match(res.headers.get('content-disposition')!, /maatwerkbudget-2026\.csv/);
    const csv = await res.text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(header, 'Begrotingsjaar;Datum;Soort;Bedrag (EUR);Casusnummer;Besluit;Betaald aan');
    assert.ok(rows.some((r) => r.includes(`;Betaling;1500,00;${reference};${decisionId};Garage Van Dam`)));
    assert.ok(rows.some((r) => r.includes(';Verplichting;1970,00;')), 'the demo dog pension');
    assert.ok(!csv.includes('Geld Zaken') && !csv.includes('Factuur 2026-77'), 'no names, no free text');
    for (const c of demoCases) for (const m of c.household.members) assert.ok(!csv.includes(m.name));
    const logged = await t.db.kysely.selectFrom('processing_log').select('case_id').where('activity', '=', 'maatwerkbudget-exporteren').execute();
    assert.ok(logged.some((l) => l.case_id === caseId));
    assert.equal((await t.request(`/api/budgets/${budgetId}/entries.csv`, { as: COORDINATOR })).status, 403);
  });
});

test('erasure and retention blank the free text of decisions and entries; amounts, dates and payees stay for the accounts', async () => {
  const tenantId = (await t.db.kysely.selectFrom('cases').select('tenant_id').where('id', '=', caseId).executeTakeFirstOrThrow()).tenant_id;
  // As the application role, the way the privacy officer's erasure and the retention job run.
  await withTenant(t.db.kysely, { tenantId, userId: null }, (tx) => blankCase(tx, tenantId, caseId));
  const d = await t.db.kysely.selectFrom('decision_request').selectAll().where('id', '=', decisionId).executeTakeFirstOrThrow();
  assert.deepEqual([d.question, d.proposed_step, d.reasons, d.resident_view, d.alternatives], ['Verwijderd', 'Verwijderd', 'Verwijderd', null, null]);
  assert.ok((d.weighing as { text: string }[]).every((w) => w.text === 'Verwijderd'));
  assert.deepEqual([d.outcome, Number(d.amount_cents), d.status], ['approved', 200_000, 'decided']);
  const entries = await t.db.kysely.selectFrom('budget_entry').select(['kind', 'amount_cents', 'payee', 'note']).where('decision_id', '=', decisionId).orderBy('created_at').execute();
  assert.deepEqual(entries.map((e) => [e.kind, Number(e.amount_cents), e.payee, e.note]),
    [['commitment', 200_000, null, null], ['payment', 150_000, 'Garage Van Dam', null], ['release', 50_000, null, null]]);
});

describe('overdrawing the budget', () => {
  test('a request that would overdraw needs the next mandate level', async () => {
    const b = await budget();
    const inUse = b.totals.committedCents - b.totals.releasedCents;
    await t.request(`/api/budgets/${budgetId}`, { method: 'PATCH', as: ADMIN, json: { amountCents: inUse + 10_000, version: b.version } });
    const { caseId: tight } = await caseAtStep5(t, { name: 'Krap Budget', birthDate: '1991-09-09' });
    const draft = await (await t.request(`/api/cases/${tight}/decisions/draft?amountCents=40000`, { as: COORDINATOR })).json();
    assert.equal(draft.route.overdraws, true);
    assert.equal(draft.route.remainingCents, 10_000);
    assert.equal(draft.route.level.name, 'Teamleider');
    assert.deepEqual(draft.route.skipped.map((s: { reason: string }) => s.reason), ['budget']);
    const d = await (await ask(t, tight, requestBody({ amountCents: 40_000 }))).json();
    assert.equal(d.level.name, 'Teamleider');
    assert.equal((await decide(t, tight, d.id, approval())).status, 200, 'the team lead may overdraw a coordinator-sized request');
    assert.ok((await budget()).totals.remainingCents < 0);
  });
});

test('generated payments and releases through the API always reconcile with the budget', async () => {
  let run = 0;
  await fc.assert(fc.asyncProperty(
    fc.integer({ min: 1, max: 250_000 }),
    fc.array(fc.record({ kind: fc.constantFrom('payment', 'release'), amountCents: fc.integer({ min: 1, max: 120_000 }) }), { minLength: 1, maxLength: 6 }),
    async (committed, ops) => {
      const { caseId: c } = await caseAtStep5(t, { name: `Reeks Nummer${run++}`, birthDate: '1980-01-01' });
      const admin = await budget();
      // Plenty of room, so the generated amount is decided by the team lead without overdrawing.
      await t.request(`/api/budgets/${budgetId}`, { method: 'PATCH', as: ADMIN, json: { amountCents: admin.amountCents + 1_000_000, version: admin.version } });
      const start = (await budget()).totals;
      const d = (await (await ask(t, c, requestBody({ amountCents: committed }))).json()).id;
      // Up to € 500 a colleague coordinator decides; above that the team lead.
      const decided = await decide(t, c, d, approval(), committed <= 50_000 ? COLLEAGUE : DECIDER);
      assert.equal(decided.status, 200);
      let open = committed;
      let paid = 0;
      let released = 0;
      for (const o of ops) {
        const res = o.kind === 'payment'
          ? await pay({ amountCents: o.amountCents, date: today, payee: 'Leverancier BV' }, COORDINATOR, d, c)
          : await release({ amountCents: o.amountCents }, COORDINATOR, d, c);
        assert.equal(res.status, o.amountCents <= open ? 201 : 422);
        if (res.status !== 201) continue;
        open -= o.amountCents;
        if (o.kind === 'payment') paid += o.amountCents;
        else released += o.amountCents;
        const money = await res.json();
        assert.deepEqual([money.committedCents, money.paidCents, money.releasedCents, money.openCents], [committed, paid, released, open]);
      }
      const end = (await budget()).totals;
      assert.equal(end.committedCents - start.committedCents, committed);
      assert.equal(end.paidCents - start.paidCents, paid);
      assert.equal(end.releasedCents - start.releasedCents, released);
      assert.equal(end.openCents - start.openCents, open);
      assert.equal(end.remainingCents + end.openCents + end.paidCents, end.budgetCents);
    },
  ), { numRuns: 6 });
});
