import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { caseOfMember } from '../helpers/access.ts';
import { COORDINATOR } from '../helpers/workflow.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const ADMIN = 'beheer@voorbeeld.nl';
const POLICY = 'beleid@voorbeeld.nl';
const get = (path: string, as = COORDINATOR) => t.request(path, { as });
const send = (method: string, path: string, json: unknown, as = COORDINATOR) => t.request(path, { method, as, json });
const names = async (query: string, as = COORDINATOR) => {
  const res = await get(`/api/contacts?${query}`, as);
  assert.equal(res.status, 200, query);
  return (await res.json()).items.map((c: { name: string }) => c.name);
};

describe('the network directory', () => {
  test('the demo directory: fifteen contacts, each municipality its own', async () => {
    const all = await (await get('/api/contacts?limit=100')).json();
    assert.equal(all.total, 15);
    for (const c of all.items) {
      assert.match(c.email, /@example\.nl$/);
      assert.ok(c.role && c.canDecide && c.reach, c.name);
    }
    assert.deepEqual(await names('', 'regisseur@elders.nl'), ['Gerda Mol']);
  });

  test('searches in Dutch, on part of a name, and by kind of organisation and life domain', async () => {
    assert.ok((await names('q=verrekening%20stopzetten')).includes('Linda Smeets'));
    assert.deepEqual(await names('q=Hoogl'), ['Petra Hoogland']);
    assert.ok((await names('q=woningen')).includes('Fleur van Dam'), 'stemmed: woningen finds woning');
    assert.deepEqual(await names('organisationKind=ind'), ['Yara Benali']);
    assert.deepEqual((await names('lifeDomain=justice')).sort(), ['Erik Schouten', 'Marieke Jongsma']);
    for (const q of ['"', '50%', '_', "'; --", 'de', 'x'.repeat(3000)]) await names(`q=${encodeURIComponent(q)}`);
  });

  test('everyone at the municipality reads it; partners do not', async () => {
    assert.equal((await get('/api/contacts', POLICY)).status, 200);
    assert.equal((await get('/api/contacts', 'partner@woonstad.nl')).status, 403);
  });

  test('administrators and coordinators maintain it, with versions', async () => {
    const input = {
      name: 'Sara Vos', organisation: 'UWV', organisationKind: 'uwv', role: 'Arbeidsdeskundige', canDecide: 'Herbeoordeling versnellen',
      lifeDomains: ['income'], phone: '088 123 45 99', email: 's.vos@example.nl', reach: 'Mail',
    };
    assert.equal((await send('POST', '/api/contacts', input, POLICY)).status, 403);
    const badEmail = await send('POST', '/api/contacts', { ...input, email: 'geen-adres' });
    assert.equal((await badEmail.json()).errors[0].field, 'email');
    const noKind = await send('POST', '/api/contacts', { ...input, organisationKind: 'bakkerij' });
    assert.equal((await noKind.json()).errors[0].field, 'organisationKind');
    const created = await send('POST', '/api/contacts', input);
    assert.equal(created.status, 201);
    const c = await created.json();
    assert.equal(c.organisationKindLabel, 'UWV');
    const changed = await send('PATCH', `/api/contacts/${c.id}`, { active: false, version: c.version }, ADMIN);
    assert.equal(changed.status, 200);
    assert.equal((await send('PATCH', `/api/contacts/${c.id}`, { role: 'Anders', version: c.version }, ADMIN)).status, 409);
    assert.ok(!(await names('q=Sara')).includes('Sara Vos'), 'inactive contacts drop out of the default search');
    assert.ok((await names('q=Sara&active=all')).includes('Sara Vos'));
    assert.equal((await get(`/api/contacts/${c.id}`, 'regisseur@elders.nl')).status, 404);
  });
});

describe('linked from an involvement', () => {
  test('the case team links a contact to an organisation involved, on the timeline; outsiders cannot', async () => {
    const { caseId } = await caseOfMember(t, 'Sandra Mulder');
    const police = await t.db.kysely.selectFrom('involvement').select('id').where('case_id', '=', caseId).where('organisation', '=', 'Politie').executeTakeFirstOrThrow();
    const erik = (await (await get('/api/contacts?q=wijkagent')).json()).items[0];
    const before = await (await get(`/api/cases/${caseId}/involvement-contacts`)).json();
    assert.equal(before.items.length, 1, 'the demo links the debt help of this case');
    const res = await send('PUT', `/api/cases/${caseId}/involvements/${police.id}/contact`, { contactId: erik.id });
    assert.equal(res.status, 200);
    const after = await res.json();
    assert.equal(after.items.find((i: { involvementId: string }) => i.involvementId === police.id).contact.name, 'Erik Schouten');
    const detail = await (await get(`/api/contacts/${erik.id}`)).json();
    assert.equal(detail.links.involvements, 1);
    const overview = await (await get(`/api/cases/${caseId}`)).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Contact uit de sociale kaart gekoppeld aan een betrokken organisatie'));
    const unknown = await send('PUT', `/api/cases/${caseId}/involvements/${police.id}/contact`, { contactId: '0190f5e4-0000-7000-8000-000000000000' });
    assert.equal((await unknown.json()).errors[0].field, 'contactId');
    assert.equal((await send('PUT', `/api/cases/${caseId}/involvements/${police.id}/contact`, { contactId: erik.id }, POLICY)).status, 403);
    assert.equal((await send('PUT', `/api/cases/${caseId}/involvements/${police.id}/contact`, { contactId: erik.id }, 'regisseur@elders.nl')).status, 404);
    const removed = await send('PUT', `/api/cases/${caseId}/involvements/${police.id}/contact`, { contactId: null });
    assert.equal((await removed.json()).items.length, 1);
  });
});
