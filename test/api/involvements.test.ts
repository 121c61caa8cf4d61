import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { POLICY, caseOfMember, outsiderStatus } from '../helpers/access.ts';

const COORDINATOR = 'regisseur@voorbeeld.nl';
const COLLEAGUE = 'collega@voorbeeld.nl';
const ADMIN = 'beheer@voorbeeld.nl';
const PARTNER = 'partner@woonstad.nl';

let t: TestApp;
let caseId: string;
let partnerCaseId: string;
before(async () => {
  t = await testApp();
  ({ caseId } = await caseOfMember(t, 'Ruud de Graaf'));
  ({ caseId: partnerCaseId } = await caseOfMember(t, 'Lotte van Dijk'));
});
after(() => t.close());

type Item = { id: string; service: string; unit: string; tariffCents: number; validNow: boolean; version: number; inUse: number; source: string | null };
const priceList = async (as = COORDINATOR, query = ''): Promise<Item[]> => (await (await t.request(`/api/price-list${query}`, { as })).json()).items;
const addItem = (json: unknown, as = ADMIN) => t.request('/api/price-list', { method: 'POST', as, json });
const changeItem = (id: string, json: unknown, as = ADMIN) => t.request(`/api/price-list/${id}`, { method: 'PATCH', as, json });
const add = (json: unknown, as = COORDINATOR, id = caseId) => t.request(`/api/cases/${id}/involvements`, { method: 'POST', as, json });
const change = (involvementId: string, json: unknown, as = COORDINATOR) =>
  t.request(`/api/cases/${caseId}/involvements/${involvementId}`, { method: 'PATCH', as, json });
const list = async (id = caseId, as = COORDINATOR) => (await t.request(`/api/cases/${id}/involvements`, { as })).json();
const stored = () => t.db.kysely.selectFrom('case_cost').select(['current_yearly_cents', 'agencies']).where('case_id', '=', caseId).executeTakeFirst();
const taxi = async () => (await priceList()).find((i) => i.service === 'Leerlingenvervoer aangepast (taxi), per leerling' && i.validNow)!;

describe('the price list', () => {
  test('every municipality has a realistic list with sources; an ended tariff stays as history', async () => {
    const items = await priceList();
    assert.ok(items.length >= 15);
    for (const service of ['Beschermd wonen (Wmo)', 'Ambulante jeugdhulp', 'Schuldhulpverlening', 'Politie-inzet bij een melding', 'Wmo huishoudelijke hulp']) {
      const item = items.find((i) => i.service === service && i.validNow);
      assert.ok(item?.source, service);
    }
    assert.equal(items.find((i) => i.service === 'Beschermd wonen (Wmo)')!.tariffCents, 6_500_000);
    assert.equal(items.filter((i) => i.service === 'Ambulante jeugdhulp').length, 2);
    const today = new Date().toISOString().slice(0, 10);
    assert.ok((await priceList(COORDINATOR, `?on=${today}`)).every((i) => i.validNow));
    const elsewhere = await priceList('regisseur@elders.nl');
    assert.ok(elsewhere.length >= 15);
    assert.ok(!elsewhere.some((e) => items.some((i) => i.id === e.id)), 'each municipality has its own list');
  });

  test('only the administrator changes it; a negative tariff is refused naming tariffCents; an end before the start too', async () => {
    const item = { service: 'Oppas, per uur', unit: 'hour', tariffCents: 1_500, source: 'Gemiddeld oppastarief', validFrom: '2026-01-01' };
    assert.equal((await addItem(item, COORDINATOR)).status, 403);
    const negative = await addItem({ ...item, tariffCents: -100 });
    assert.equal(negative.status, 422);
    const problem = await negative.json();
    assert.equal(problem.errors[0].field, 'tariffCents');
    assert.match(problem.errors[0].message, /niet negatief/);
    const period = await addItem({ ...item, validUntil: '2025-12-31' });
    assert.equal(period.status, 422);
    assert.equal((await period.json()).errors[0].field, 'validUntil');
    const unit = await addItem({ ...item, unit: 'fortnight' });
    assert.equal((await unit.json()).errors[0].field, 'unit');
    const res = await addItem(item);
    assert.equal(res.status, 201);
    const created = await res.json();
    assert.equal(created.version, 1);
    assert.equal(created.inUse, 0);
    const audit = await t.db.kysely.selectFrom('audit_chain').select('action').where('object_id', '=', created.id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['price_list.item_added']);
  });

  test('a change needs the version that was seen: the second administrator gets 409 with what is there now', async () => {
    const item = (await priceList()).find((i) => i.service === 'Oppas, per uur')!;
    assert.equal((await changeItem(item.id, { tariffCents: -1, version: 1 })).status, 422);
    assert.equal((await changeItem(item.id, { tariffCents: 1_600, version: 1 }, COORDINATOR)).status, 403);
    const ok = await changeItem(item.id, { tariffCents: 1_600, version: 1 });
    assert.equal(ok.status, 200);
    assert.equal((await ok.json()).version, 2);
    const stale = await changeItem(item.id, { tariffCents: 1_700, version: 1 });
    assert.equal(stale.status, 409);
    assert.match((await stale.json()).detail, /16,00 euro/);
    assert.equal((await priceList()).find((i) => i.id === item.id)!.tariffCents, 1_600);
  });
});

describe('involvements and their yearly cost', () => {
  let taxiInvolvement: string;
  let garage: string;

  test('a price-list service: the yearly cost is tariff × units, worked out by the server', async () => {
    const item = await taxi();
    const res = await add({
      organisation: 'Taxibedrijf Snel', contactName: 'Planning', contactDetails: '070 000 00 00', priceItemId: item.id,
      since: '2026-09-01', unitsPerYear: 380, intensity: 'Twee jongens, elke schooldag',
    });
    assert.equal(res.status, 201);
    const body = await res.json();
    taxiInvolvement = body.id;
    assert.equal(body.service, item.service);
    assert.equal(body.yearlyCostCents, 380 * item.tariffCents);
    assert.equal(body.priceItem.unit, 'day');
    assert.equal(body.current, true);
    assert.equal(body.version, 1);
    const cost = await stored();
    assert.equal(Number(cost?.current_yearly_cents), 380 * item.tariffCents, 'the cost sum is stored with the case');
    assert.equal(cost?.agencies, 1);
  });

  test('bad input is refused naming the field: a typed-in cost with a price item, no units per hour, no service, an end before the start', async () => {
    const item = await taxi();
    const withCost = await add({ organisation: 'Taxibedrijf Snel', priceItemId: item.id, unitsPerYear: 10, yearlyCostCents: 100 });
    assert.equal((await withCost.json()).errors[0].field, 'yearlyCostCents');
    const noUnits = await add({ organisation: 'Taxibedrijf Snel', priceItemId: item.id });
    assert.equal(noUnits.status, 422);
    const units = await noUnits.json();
    assert.equal(units.errors[0].field, 'unitsPerYear');
    assert.match(units.errors[0].message, /dagen per jaar/);
    const noService = await add({ organisation: 'Garage' });
    assert.equal((await noService.json()).errors[0].field, 'service');
    const negative = await add({ organisation: 'Garage', service: 'Reparatie', yearlyCostCents: -5 });
    assert.equal((await negative.json()).errors[0].field, 'yearlyCostCents');
    const period = await add({ organisation: 'Garage', service: 'Reparatie', since: '2026-05-01', endedOn: '2026-04-01' });
    assert.equal((await period.json()).errors[0].field, 'endedOn');
    const unknown = await add({ organisation: 'Garage', priceItemId: '0190f5d2-0000-7000-8000-000000000000', unitsPerYear: 1 });
    assert.equal((await unknown.json()).errors[0].field, 'priceItemId');
    // Another municipality's price item does not exist here.
    const elders = (await priceList('regisseur@elders.nl'))[0];
    assert.equal((await (await add({ organisation: 'Garage', priceItemId: elders.id, unitsPerYear: 1 })).json()).errors[0].field, 'priceItemId');
  });

  test('a service that is not on the list takes a typed-in yearly cost; the total and its build-up follow', async () => {
    const res = await add({ organisation: 'SO-school De Vlinder', service: 'Extra begeleiding intern begeleider', yearlyCostCents: 120_000, intensity: '1 uur per week' });
    assert.equal(res.status, 201);
    garage = (await res.json()).id;
    const body = await list();
    const item = await taxi();
    assert.equal(body.agencies, 2);
    assert.equal(body.yearlyTotalCents, 380 * item.tariffCents + 120_000);
    assert.deepEqual(body.byOrganisation.map((o: { organisation: string }) => o.organisation), ['Taxibedrijf Snel', 'SO-school De Vlinder']);
    const overview = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
    assert.equal(overview.involvements.yearlyTotalCents, body.yearlyTotalCents);
    assert.equal(overview.involvements.items.length, 2);
  });

  test('a change needs the version that was seen; a second person with an old version gets 409 and nothing is overwritten', async () => {
    const ok = await change(taxiInvolvement, { unitsPerYear: 190, intensity: 'Nog één jongen met de taxi', version: 1 });
    assert.equal(ok.status, 200);
    const body = await ok.json();
    const item = await taxi();
    assert.equal(body.yearlyCostCents, 190 * item.tariffCents);
    assert.equal(body.version, 2);
    const stale = await change(taxiInvolvement, { unitsPerYear: 500, version: 1 });
    assert.equal(stale.status, 409);
    const problem = await stale.json();
    assert.match(problem.detail, /Taxibedrijf Snel/);
    assert.equal(problem.errors[0].field, 'version');
    assert.equal((await list()).items.find((i: { id: string }) => i.id === taxiInvolvement).unitsPerYear, 190);
    assert.equal(Number((await stored())?.current_yearly_cents), 190 * item.tariffCents + 120_000);
    // A typed-in amount can be changed like any other field.
    const free = await change(garage, { yearlyCostCents: 150_000, version: 1 });
    assert.equal((await free.json()).yearlyCostCents, 150_000);
  });

  test('ending an involvement takes it out of the yearly cost; it stays in the list as ended', async () => {
    const res = await change(garage, { endedOn: '2026-01-01', version: 2 });
    assert.equal(res.status, 200);
    const ended = await res.json();
    assert.equal(ended.current, false);
    const body = await list();
    const item = await taxi();
    assert.equal(body.agencies, 1);
    assert.equal(body.yearlyTotalCents, 190 * item.tariffCents);
    assert.equal(body.items.length, 2);
    const cost = await stored();
    assert.equal(Number(cost?.current_yearly_cents), 190 * item.tariffCents);
    assert.equal(cost?.agencies, 1);
  });

  test('a corrected tariff reprices running involvements and the stored cost sum', async () => {
    const item = await taxi();
    const res = await changeItem(item.id, { tariffCents: 4_000, version: item.version });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).inUse, 1);
    const body = await list();
    assert.equal(body.items.find((i: { id: string }) => i.id === taxiInvolvement).yearlyCostCents, 190 * 4_000);
    assert.equal(Number((await stored())?.current_yearly_cents), 190 * 4_000);
    const repriced = await t.db.kysely.selectFrom('case_event').select('data').where('case_id', '=', caseId).where('type', '=', 'involvement_repriced').execute();
    assert.equal(repriced.length, 1);
  });

  test('every change is on the timeline and in the processing log for each household member', async () => {
    const types = await t.db.kysely.selectFrom('case_event').select(['type', 'data']).where('case_id', '=', caseId)
      .where('type', 'like', 'involvement_%').orderBy('at').execute();
    assert.deepEqual(types.map((e) => e.type), ['involvement_added', 'involvement_added', 'involvement_changed', 'involvement_changed', 'involvement_ended', 'involvement_repriced']);
    assert.ok(!JSON.stringify(types).includes('Taxibedrijf'), 'the timeline holds ids and amounts, no names');
    const overview = await (await t.request(`/api/cases/${caseId}`, { as: COORDINATOR })).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Betrokkenheid van een organisatie beëindigd'));
    const lines = await t.db.kysely.selectFrom('processing_log').select(['action', 'subject_pseudonym'])
      .where('case_id', '=', caseId).where('activity', '=', 'betrokkenen-bijhouden').execute();
    const members = overview.household.members.length;
    const writes = lines.filter((l) => l.action !== 'read');
    // Two added, three changed by the coordinator, one repriced by the administrator: one line per member each.
    assert.equal(writes.length, 6 * members);
    assert.equal(new Set(writes.map((l) => l.subject_pseudonym)).size, members);
  });

  test('a reader cannot change; a partner without the involvements section gets 404 and nothing in the overview', async () => {
    const colleagues = await (await t.request('/api/colleagues', { as: COORDINATOR })).json();
    const colleague = colleagues.items.find((u: { name: string }) => u.name === 'Chris Collega');
    await t.request(`/api/cases/${caseId}/team`, { method: 'POST', as: COORDINATOR, json: { userId: colleague.id, role: 'reader' } });
    assert.equal((await t.request(`/api/cases/${caseId}/involvements`, { as: COLLEAGUE })).status, 200);
    assert.equal((await add({ organisation: 'Garage', service: 'Reparatie' }, COLLEAGUE)).status, 403);
    assert.equal((await change(taxiInvolvement, { endedOn: '2026-02-01', version: 3 }, COLLEAGUE)).status, 403);

    assert.equal((await t.request(`/api/cases/${partnerCaseId}/involvements`, { as: PARTNER })).status, 404);
    assert.equal((await add({ organisation: 'Woonstad', service: 'Huurincasso' }, PARTNER, partnerCaseId)).status, 404);
    const view = await (await t.request(`/api/cases/${partnerCaseId}`, { as: PARTNER })).json();
    assert.equal(view.involvements, null);
    for (const who of [POLICY, 'regisseur@elders.nl', PARTNER]) {
      assert.equal((await t.request(`/api/cases/${caseId}/involvements`, { as: who })).status, outsiderStatus(who), who);
    }
  });

  test('the three filled-in demo cases show agencies and a yearly total that adds up', async () => {
    for (const name of ['Marloes Bakker', 'Sandra Mulder', 'Naomi Verhoef']) {
      const { caseId: id } = await caseOfMember(t, name);
      const body = await list(id);
      assert.ok(body.agencies >= 4, 'agencies');
      assert.ok(body.yearlyTotalCents > 2_000_000, 'yearly total');
      const running = body.items.filter((i: { current: boolean }) => i.current);
      assert.equal(body.yearlyTotalCents, running.reduce((s: number, i: { yearlyCostCents: number }) => s + i.yearlyCostCents, 0));
      const cost = await t.db.kysely.selectFrom('case_cost').select('current_yearly_cents').where('case_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(Number(cost.current_yearly_cents), body.yearlyTotalCents);
    }
  });
});
