import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { ADMIN, DECIDER, ask, caseAtStep5, levelId, requestBody, weighing } from '../helpers/decisions.ts';
import { COORDINATOR, userId } from '../helpers/workflow.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const send = (method: string, path: string, json: unknown, as = ADMIN) => t.request(path, { method, as, json });

describe('the mandate ladder', () => {
  test('staff read the ladder with its holders; partners do not', async () => {
    const body = await (await t.request('/api/mandate-levels', { as: COORDINATOR })).json();
    assert.deepEqual(body.items.map((l: { name: string; mandate: string }) => [l.name, l.mandate]), [
      ['Regisseur', 'tot en met € 500'], ['Teamleider', 'tot en met € 2.500'], ['Manager', 'tot en met € 10.000'],
      ['Directeur', 'tot en met € 50.000'], ['Wethouder', 'onbeperkt'],
    ]);
    assert.deepEqual(body.items[1].holders.map((h: { name: string }) => h.name), ['Bea Beslisser']);
    assert.equal((await t.request('/api/mandate-levels', { as: 'partner@woonstad.nl' })).status, 404);
    const elders = await (await t.request('/api/mandate-levels', { as: 'regisseur@elders.nl' })).json();
    assert.ok(elders.items.every((l: { holders: { name: string }[] }) => l.holders.every((h) => h.name !== 'Bea Beslisser')), 'each municipality its own');
  });

  test('only the administrator changes it; ranks are unique, rules come from the catalogue, versions are checked', async () => {
    const level = { rank: 6, name: 'Gemeenteraad', maxCents: null };
    assert.equal((await send('POST', '/api/mandate-levels', level, COORDINATOR)).status, 403);
    const dup = await send('POST', '/api/mandate-levels', { ...level, rank: 2 });
    assert.equal((await dup.json()).errors[0].field, 'rank');
    const badRule = await send('POST', '/api/mandate-levels', { ...level, ruleIds: ['0190a0a0-0000-7000-8000-000000000000'] });
    assert.equal((await badRule.json()).errors[0].field, 'ruleIds');
    const created = await send('POST', '/api/mandate-levels', { ...level, lifeDomains: ['housing'] });
    assert.equal(created.status, 201);
    const body = await created.json();
    assert.deepEqual([body.rank, body.mandate, body.lifeDomains, body.version], [6, 'onbeperkt', ['housing'], 1]);
    assert.equal((await send('PATCH', `/api/mandate-levels/${body.id}`, { active: false, version: 1 })).status, 200);
    assert.equal((await send('PATCH', `/api/mandate-levels/${body.id}`, { name: 'Raad', version: 1 })).status, 409);
  });

  test('holders are staff of this municipality with a decider or coordinator role', async () => {
    const manager = await levelId(t, 'Manager');
    for (const [email, message] of [['partner@woonstad.nl', /ketenpartner/], ['beleid@voorbeeld.nl', /rol beslisser/], ['regisseur@elders.nl', /niet bij deze gemeente/]] as const) {
      const res = await send('PUT', `/api/mandate-levels/${manager}/holders/${await userId(t, email)}`, { mayDecideOwn: false });
      assert.equal(res.status, 422, email);
      const problem = await res.json();
      assert.equal(problem.errors[0].field, 'userId');
      assert.match(problem.errors[0].message, message);
    }
    const res = await send('PUT', `/api/mandate-levels/${manager}/holders/${await userId(t, DECIDER)}`, { mayDecideOwn: true });
    assert.equal(res.status, 200);
    assert.ok((await res.json()).holders.some((h: { name: string; mayDecideOwn: boolean }) => h.name === 'Bea Beslisser' && h.mayDecideOwn));
    const removed = await t.request(`/api/mandate-levels/${manager}/holders/${await userId(t, DECIDER)}`, { method: 'DELETE', as: ADMIN });
    assert.ok(!(await removed.json()).holders.some((h: { name: string }) => h.name === 'Bea Beslisser'));
  });
});

describe('settings for decisions', () => {
  test('the values triangle of the municipality, with the demo’s objection address', async () => {
    const s = await (await t.request('/api/decision-settings', { as: COORDINATOR })).json();
    assert.deepEqual(s.corners.map((c: { key: string }) => c.key), ['rechtmatig', 'doelmatig', 'rechtvaardig']);
    assert.match(s.corners[0].description, /doel van de regel/);
    assert.equal(s.dueWorkingDays, 5);
    assert.match(s.objectionAddress, /Postbus/);
    const elders = await (await t.request('/api/decision-settings', { as: 'regisseur@elders.nl' })).json();
    assert.equal(elders.version, 0, 'a municipality without its own settings gets the defaults');
  });

  test('the administrator sets other corners; a new request must weigh each of them', async () => {
    const current = await (await t.request('/api/decision-settings', { as: ADMIN })).json();
    const corners = [...current.corners, { key: 'snel', name: 'Tijdig', description: 'Helpt het nu, op tijd voor het huishouden?' }];
    assert.equal((await send('PUT', '/api/decision-settings', { corners, dueWorkingDays: 5, version: current.version }, COORDINATOR)).status, 403);
    const dup = await send('PUT', '/api/decision-settings', { corners: [...corners, corners[0]], dueWorkingDays: 5, version: current.version });
    assert.equal((await dup.json()).errors[0].field, 'corners');
    const saved = await send('PUT', '/api/decision-settings', { corners, dueWorkingDays: 3, objectionAddress: current.objectionAddress, version: current.version });
    assert.equal(saved.status, 200);
    assert.equal((await saved.json()).corners.length, 4);
    assert.equal((await send('PUT', '/api/decision-settings', { corners, dueWorkingDays: 3, version: current.version })).status, 409);

    const { caseId } = await caseAtStep5(t, { name: 'Vier Hoeken', birthDate: '1983-03-03' });
    const missing = await ask(t, caseId);
    assert.equal(missing.status, 422);
    assert.deepEqual((await missing.json()).errors.map((e: { field: string }) => e.field), ['weighing.snel']);
    const ok = await ask(t, caseId, requestBody({ weighing: weighing({ snel: 'Ja: de jongens moeten maandag weer naar school.' }).concat([{ corner: 'snel', text: 'Ja: de jongens moeten maandag weer naar school.' }]) }));
    assert.equal(ok.status, 201);
    const d = await ok.json();
    assert.deepEqual(d.weighing.map((w: { name: string }) => w.name), ['Rechtmatig', 'Doelmatig', 'Rechtvaardig', 'Tijdig']);
  });
});
