import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { caseOfMember } from '../helpers/access.ts';
import { COORDINATOR } from '../helpers/workflow.ts';

let t: TestApp;
let brpRule: string;
before(async () => {
  t = await testApp();
  brpRule = (await t.db.kysely.selectFrom('rule as r').innerJoin('tenant as tn', 'tn.id', 'r.tenant_id')
    .select('r.id').where('r.code', '=', 'BRP-2.39').where('tn.slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
});
after(() => t.close());

const POLICY = 'beleid@voorbeeld.nl';
const ADMIN = 'beheer@voorbeeld.nl';
const get = (path: string, as = COORDINATOR) => t.request(path, { as });
const send = (method: string, path: string, json: unknown, as = COORDINATOR) => t.request(path, { method, as, json });
const DEMO_NAMES = ['Jeroen', 'Smit', 'Hawa', 'Kamara', 'Ans de Boer', '999993367'];

describe('proposals from the demo data', () => {
  test('three cases blocked by the Wet BRP make a proposal at the default threshold of 3', async () => {
    const body = await (await get('/api/bottlenecks/proposals')).json();
    assert.equal(body.threshold, 3);
    assert.equal(body.windowMonths, 12);
    const brp = body.items.find((p: { key: string }) => p.key === brpRule);
    assert.ok(brp, JSON.stringify(body.items));
    assert.equal(brp.basis, 'rule');
    assert.equal(brp.cases, 3);
    assert.match(brp.label, /Wet basisregistratie personen/);
  });

  test('the policy user sees the proposal with the small count suppressed', async () => {
    const body = await (await get('/api/bottlenecks/proposals', POLICY)).json();
    const brp = body.items.find((p: { key: string }) => p.key === brpRule);
    assert.equal(brp.cases, null);
    assert.deepEqual(brp.suppressed, ['cases']);
  });

  test('groups by rule, organisation and kind', async () => {
    const body = await (await get('/api/bottlenecks/groups')).json();
    assert.equal(body.rules.find((g: { key: string }) => g.key === brpRule).cases, 3);
    assert.ok(body.kinds.find((k: { key: string }) => k.key === 'registration').cases >= 3);
    assert.ok(body.organisations.length > 0);
  });

  test('the administrator sets the threshold; stale versions are 409, nonsense 422, others 403', async () => {
    assert.equal((await send('PUT', '/api/bottlenecks/settings', { threshold: 4, windowMonths: 12, version: 0 })).status, 403);
    const bad = await send('PUT', '/api/bottlenecks/settings', { threshold: 1, windowMonths: 12, version: 0 }, ADMIN);
    assert.equal(bad.status, 422);
    assert.equal((await bad.json()).errors[0].field, 'threshold');
    const saved = await send('PUT', '/api/bottlenecks/settings', { threshold: 4, windowMonths: 12, version: 0 }, ADMIN);
    assert.equal(saved.status, 200);
    assert.equal((await saved.json()).version, 1);
    assert.equal((await send('PUT', '/api/bottlenecks/settings', { threshold: 5, windowMonths: 12, version: 0 }, ADMIN)).status, 409);
    const none = await (await get('/api/bottlenecks/proposals')).json();
    assert.ok(!none.items.some((p: { key: string }) => p.key === brpRule), 'three cases are below a threshold of 4');
    assert.equal((await send('PUT', '/api/bottlenecks/settings', { threshold: 3, windowMonths: 12, version: 1 }, ADMIN)).status, 200);
  });
});

describe('a bottleneck for the Wet BRP', () => {
  let id: string;
  let version: number;

  test('is created from the proposal, with its evidence, and the proposal goes', async () => {
    const res = await send('POST', '/api/bottlenecks', { basis: 'rule', ruleId: brpRule, ownerOrganisation: 'Ministerie van BZK en de RvIG' });
    assert.equal(res.status, 201);
    const b = await res.json();
    ({ id, version } = b);
    assert.equal(b.status, 'signalled');
    assert.equal(b.rule.code, 'BRP-2.39');
    assert.match(b.rule.purpose, /briefadres/);
    assert.equal(b.evidence.cases, 3);
    assert.equal(b.evidence.openCases, 3);
    assert.equal(b.evidence.trend.length, 4);
    assert.equal(b.evidence.trend.reduce((s: number, q: { cases: number }) => s + q.cases, 0), 3);
    assert.equal(b.evidence.kinds.find((k: { value: string }) => k.value === 'registration').cases, 3);
    assert.equal(b.history.length, 1);
    const proposals = await (await get('/api/bottlenecks/proposals')).json();
    assert.ok(!proposals.items.some((p: { key: string }) => p.key === brpRule));
    const again = await send('POST', '/api/bottlenecks', { basis: 'rule', ruleId: brpRule });
    assert.equal(again.status, 409);
  });

  test('a text with a phone number is 422 naming the field; unknown rule 422', async () => {
    const res = await send('PATCH', `/api/bottlenecks/${id}`, { description: 'Bel mevrouw via 06-12345678', version });
    assert.equal(res.status, 422);
    const p = await res.json();
    assert.equal(p.errors[0].field, 'description');
    assert.match(p.errors[0].message, /telefoonnummer \(06-12345678\)/);
    const unknown = await send('POST', '/api/bottlenecks', { basis: 'rule', ruleId: '0190f5e4-0000-7000-8000-000000000000' });
    assert.equal((await unknown.json()).errors[0].field, 'ruleId');
  });

  test('the policy user puts it on the agenda; resolving needs what changed; a stale version is 409', async () => {
    const res = await send('PATCH', `/api/bottlenecks/${id}`, { status: 'on_agenda', reason: 'Op de agenda van het regionaal overleg met de RvIG', version }, POLICY);
    assert.equal(res.status, 200);
    const b = await res.json();
    assert.equal(b.statusLabel, 'Geagendeerd');
    assert.equal(b.evidence.cases, null, 'policy sees no small counts');
    assert.equal(b.history.length, 2);
    const incomplete = await send('PATCH', `/api/bottlenecks/${id}`, { status: 'resolved', version: b.version });
    assert.deepEqual((await incomplete.json()).errors.map((e: { field: string }) => e.field), ['resolution', 'reason']);
    assert.equal((await send('PATCH', `/api/bottlenecks/${id}`, { status: 'in_discussion', version })).status, 409);
    version = b.version;
  });

  test('contacts from the network directory are linked', async () => {
    const contact = (await (await get('/api/contacts?q=Burgerzaken')).json()).items[0];
    const res = await send('PUT', `/api/bottlenecks/${id}/contacts`, { contactIds: [contact.id] });
    assert.equal(res.status, 200);
    assert.deepEqual((await res.json()).contacts.map((c: { id: string }) => c.id), [contact.id]);
    const linked = await (await get(`/api/contacts/${contact.id}`)).json();
    assert.equal(linked.links.bottlenecks[0].id, id);
    const bad = await send('PUT', `/api/bottlenecks/${id}/contacts`, { contactIds: ['0190f5e4-0000-7000-8000-000000000000'] });
    assert.equal((await bad.json()).errors[0].field, 'contactIds');
  });

  test('its cases are pseudonymised, logged, and only for coordinators and mandate holders', async () => {
    const res = await get(`/api/bottlenecks/${id}/cases`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(body.items.map((c: { label: string }) => c.label), ['Casus A', 'Casus B', 'Casus C']);
    const text = JSON.stringify(body);
    for (const n of DEMO_NAMES) assert.ok(!text.includes(n), n);
    assert.ok(!/\d{4}-\d{2}-\d{2}/.test(text), 'no dates');
    const logged = await t.db.kysely.selectFrom('processing_log').select('case_id').where('activity', '=', 'systeemknelpunt-onderbouwen').execute();
    assert.equal(new Set(logged.map((l) => l.case_id)).size, 3);
    const policy = await get(`/api/bottlenecks/${id}/cases`, POLICY);
    assert.equal(policy.status, 403);
    assert.match((await policy.json()).detail, /alleen cijfers zonder persoonsgegevens/);
    assert.equal((await get(`/api/bottlenecks/${id}/cases`, ADMIN)).status, 403);
    assert.equal((await get(`/api/bottlenecks/${id}`, 'regisseur@elders.nl')).status, 404);
  });

  test('the signal report as Markdown and PDF; policy gets it without cases and with small counts left out', async () => {
    const md = await get(`/api/bottlenecks/${id}/report.md`);
    assert.equal(md.status, 200);
    assert.match(md.headers.get('content-type')!, /text\/markdown/);
    const text = await md.text();
    assert.match(text, /^# Signaal: Wet basisregistratie personen/);
    assert.match(text, /Wat de regel wil bereiken/);
    assert.match(text, /\| Casus A \|/);
    assert.match(text, /Martijn de Wit/);
    for (const n of DEMO_NAMES) assert.ok(!text.includes(n), n);
    const forPolicy = await (await get(`/api/bottlenecks/${id}/report.md`, POLICY)).text();
    assert.ok(!forPolicy.includes('Casus A'));
    assert.match(forPolicy, /minder dan 5/);
    const pdf = await get(`/api/bottlenecks/${id}/report.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString(), '%PDF-');
  });

  test('the case shows which bottlenecks it is part of', async () => {
    const { caseId } = await caseOfMember(t, 'Jeroen Smit');
    const body = await (await get(`/api/cases/${caseId}/bottlenecks`)).json();
    assert.deepEqual(body.items.map((b: { id: string; flaggedByHand: boolean }) => [b.id, b.flaggedByHand]), [[id, false]]);
    assert.equal((await get(`/api/cases/${caseId}/bottlenecks`, POLICY)).status, 403);
  });

  test('listed with status; open first', async () => {
    const body = await (await get('/api/bottlenecks?status=open')).json();
    const ours = body.items.find((b: { id: string }) => b.id === id);
    assert.equal(ours.cases, 3);
    assert.ok(body.items.some((b: { title: string }) => /huisdier/.test(b.title)), 'the demo bottleneck flagged by hand');
    assert.equal((await get('/api/bottlenecks', 'partner@woonstad.nl')).status, 403);
  });
});

describe('flagging a blocker by hand', () => {
  test('names of the household are refused, a case without a blocker is 409, policy is 403', async () => {
    const { caseId } = await caseOfMember(t, 'Naomi Verhoef');
    const named = await send('POST', `/api/cases/${caseId}/blocker/systemic`, { title: 'Oppaskosten zijn geen noodzakelijke kosten', note: 'Naomi kan niet studeren' });
    assert.equal(named.status, 422);
    const p = await named.json();
    assert.equal(p.errors[0].field, 'note');
    assert.match(p.errors[0].message, /naam \(Naomi\)/);
    const { caseId: noBlocker } = await caseOfMember(t, 'Lotte van Dijk');
    assert.equal((await send('POST', `/api/cases/${noBlocker}/blocker/systemic`, { title: 'Verrekening ondanks regeling' })).status, 409);
    assert.equal((await send('POST', `/api/cases/${caseId}/blocker/systemic`, { title: 'Iets dat knelt bij de bijstand' }, POLICY)).status, 403);
  });

  test('starts a new bottleneck or joins an open one, on the timeline; and can be taken back', async () => {
    const { caseId } = await caseOfMember(t, 'Naomi Verhoef');
    const res = await send('POST', `/api/cases/${caseId}/blocker/systemic`, {
      title: 'Oppaskosten zijn geen noodzakelijke kosten', ownerOrganisation: 'Ministerie van SZW', note: 'Geregistreerde opvang heeft een wachtlijst',
    });
    assert.equal(res.status, 200);
    const created = (await res.json()).items.find((b: { flaggedByHand: boolean; title: string }) => b.flaggedByHand && /Oppaskosten/.test(b.title));
    assert.equal(created.basis, 'manual');
    const list = await (await get('/api/bottlenecks')).json();
    const huisdier = list.items.find((b: { title: string }) => /huisdier/.test(b.title));
    const joined = await send('POST', `/api/cases/${caseId}/blocker/systemic`, { bottleneckId: huisdier.id });
    assert.equal((await joined.json()).items.filter((b: { flaggedByHand: boolean }) => b.flaggedByHand).length, 2);
    const overview = await (await get(`/api/cases/${caseId}`)).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Knelpunt aangemerkt als nieuw systeemknelpunt'));
    const detail = await (await get(`/api/bottlenecks/${huisdier.id}`)).json();
    assert.equal(detail.evidence.flaggedByHand, 2);
    const removed = await t.request(`/api/cases/${caseId}/blocker/systemic/${huisdier.id}`, { method: 'DELETE', as: COORDINATOR });
    assert.equal((await removed.json()).items.filter((b: { flaggedByHand: boolean }) => b.flaggedByHand).length, 1);
  });
});
