import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { caseOfMember } from '../helpers/access.ts';

const COORDINATOR = 'regisseur@voorbeeld.nl';
const ADMIN = 'beheer@voorbeeld.nl';
const PARTNER = 'partner@woonstad.nl';

let t: TestApp;
let vanDijk: string;
let bakker: string;
let closed: string;
before(async () => {
  t = await testApp();
  vanDijk = (await caseOfMember(t, 'Lotte van Dijk')).caseId;
  bakker = (await caseOfMember(t, 'Marloes Bakker')).caseId;
  closed = (await caseOfMember(t, 'Monique Peeters')).caseId;
});
after(() => t.close());

const get = (path: string, as = COORDINATOR) => t.request(path, { as });
const send = (method: string, path: string, json: unknown, as = COORDINATOR) => t.request(path, { method, json, as });
const fields = async (res: Response) => ((await res.json()).errors as { field: string }[]).map((e) => e.field);
const logRows = (caseId: string, activity: string) => t.db.kysely.selectFrom('processing_log').selectAll()
  .where('case_id', '=', caseId).where('activity', '=', activity).execute();
const events = (caseId: string, type: string) => t.db.kysely.selectFrom('case_event').selectAll()
  .where('case_id', '=', caseId).where('type', '=', type).execute();

describe('rules catalogue', () => {
  test('staff read the catalogue with the purpose of each rule; each municipality has its own', async () => {
    const res = await get('/api/rules');
    assert.equal(res.status, 200);
    const { items } = await res.json();
    const codes = items.map((r: { code: string }) => r.code);
    for (const code of ['PW-18', 'PW-35', 'WMO-2.3.5', 'JW-2.3', 'LLV-VERORDENING', 'BRP-2.39', 'ZVW-18B', 'WGS-3', 'WGS-4A', 'IW-24', 'VW-8', 'BW-7:231']) {
      assert.ok(codes.includes(code), code);
    }
    assert.ok(items.every((r: { purpose: string | null }) => (r.purpose ?? '').length > 40));
    const jw = items.find((r: { code: string }) => r.code === 'JW-2.3');
    assert.equal(jw.cases, 1, 'the Bakker case is blocked by the Jeugdwet');
    const elders = (await (await get('/api/rules', 'regisseur@elders.nl')).json()).items;
    assert.equal(elders.length, items.length);
    assert.ok(!elders.some((r: { id: string }) => items.some((i: { id: string }) => i.id === r.id)));
  });

  test('only the administrator adds and changes rules; a taken code is 422; a stale version is 409; inactive rules leave the default list', async () => {
    const rule = { code: 'VERORDENING-MAATWERK', name: 'Maatwerkbudget sociaal domein', law: 'Verordening maatwerk Gemeente Voorbeeld', article: 'art. 3', purpose: 'Geld voor een oplossing buiten de standaard als die het probleem echt oplost.', url: 'https://lokaleregelgeving.overheid.nl/' };
    assert.equal((await send('POST', '/api/rules', rule)).status, 403);
    const created = await send('POST', '/api/rules', rule, ADMIN);
    assert.equal(created.status, 201);
    const r = await created.json();
    assert.equal(r.version, 1);
    assert.deepEqual(await fields(await send('POST', '/api/rules', { ...rule, code: 'verordening-maatwerk' }, ADMIN)), ['code']);
    assert.deepEqual(await fields(await send('POST', '/api/rules', { ...rule, code: 'NIEUW', url: 'javascript:alert(1)' }, ADMIN)), ['url']);
    assert.equal((await send('PATCH', `/api/rules/${r.id}`, { active: false, version: 1 })).status, 403);
    const off = await send('PATCH', `/api/rules/${r.id}`, { active: false, version: 1 }, ADMIN);
    assert.equal(off.status, 200);
    assert.equal((await off.json()).version, 2);
    const stale = await send('PATCH', `/api/rules/${r.id}`, { name: 'Andere naam', version: 1 }, ADMIN);
    assert.equal(stale.status, 409);
    assert.match((await stale.json()).detail, /versie 2/);
    assert.equal((await (await get(`/api/rules/${r.id}`)).json()).name, rule.name, 'nothing overwritten');
    assert.ok(!(await (await get('/api/rules')).json()).items.some((x: { id: string }) => x.id === r.id));
    assert.ok((await (await get('/api/rules?active=all')).json()).items.some((x: { id: string }) => x.id === r.id));
    const audit = await t.db.kysely.selectFrom('audit_chain').select('action').where('object_id', '=', r.id).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['rule.changed', 'rule.created']);
  });
});

describe('perspective (step 3)', () => {
  test('empty at first; the first save creates version 1; half-done saves keep what was not sent', async () => {
    const empty = await (await get(`/api/cases/${vanDijk}/perspective`)).json();
    assert.equal(empty.version, 0);
    assert.equal(empty.ownWords, null);
    const first = await send('PUT', `/api/cases/${vanDijk}/perspective`, { ownWords: 'Over een jaar hebben we geen achterstand meer.' });
    assert.equal(first.status, 200);
    assert.equal((await first.json()).version, 1);
    const second = await send('PUT', `/api/cases/${vanDijk}/perspective`, { needs: 'Eén betaalregeling die de Belastingdienst ook ziet.', version: 1 });
    const body = await second.json();
    assert.equal(body.version, 2);
    assert.equal(body.ownWords, 'Over een jaar hebben we geen achterstand meer.');
    assert.equal(body.updatedBy, 'Rachid Regisseur');
  });

  test('a stale version is 409 naming who changed it and what differs; nothing is overwritten', async () => {
    const stale = await send('PUT', `/api/cases/${vanDijk}/perspective`, { needs: 'Iets anders', version: 1 });
    assert.equal(stale.status, 409);
    assert.match((await stale.json()).detail, /Rachid Regisseur heeft het perspectief net gewijzigd.*versie 2.*wat het huishouden nodig heeft/);
    const again = await send('PUT', `/api/cases/${vanDijk}/perspective`, { ownWords: 'Nieuw', version: 0 });
    assert.equal(again.status, 409, 'a second first save does not overwrite');
    assert.equal((await (await get(`/api/cases/${vanDijk}/perspective`)).json()).needs, 'Eén betaalregeling die de Belastingdienst ook ziet.');
  });

  test('every save is on the timeline (no personal text) and in the processing log for each household member', async () => {
    const saved = await events(vanDijk, 'perspective_saved');
    assert.equal(saved.length, 2);
    assert.ok(!JSON.stringify(saved.map((e) => e.data)).includes('achterstand'));
    assert.equal((await logRows(vanDijk, 'perspectief-vastleggen')).length, 2 * 4);
    const overview = await (await get(`/api/cases/${vanDijk}`)).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Perspectief bijgewerkt (stap 3)'));
    assert.equal((await t.db.kysely.selectFrom('audit_chain').select('seq').where('action', '=', 'case.perspective_saved').execute()).length, 2);
  });

  test('too long text is 422 naming the field; outside the team 404; a closed case cannot change', async () => {
    assert.deepEqual(await fields(await send('PUT', `/api/cases/${vanDijk}/perspective`, { dreamScenario: 'x'.repeat(4001), version: 2 })), ['dreamScenario']);
    assert.equal((await get(`/api/cases/${vanDijk}/perspective`, 'collega@voorbeeld.nl')).status, 404);
    assert.equal((await send('PUT', `/api/cases/${vanDijk}/perspective`, { ownWords: 'x' }, 'collega@voorbeeld.nl')).status, 404);
    assert.equal((await send('PUT', `/api/cases/${closed}/perspective`, { ownWords: 'Achteraf' })).status, 409);
  });
});

describe('blocker and breakthrough (step 4) and the cost sum', () => {
  let rules: { id: string; code: string }[];
  before(async () => { rules = (await (await get('/api/rules')).json()).items; });
  const rule = (code: string) => rules.find((r) => r.code === code)!.id;

  test('a negative cost is 422 naming the field; an unknown rule is 422 naming ruleIds', async () => {
    const neg = await send('PUT', `/api/cases/${vanDijk}/blocker`, { oneOffCents: -100 });
    assert.equal(neg.status, 422);
    const body = await neg.json();
    assert.deepEqual(body.errors.map((e: { field: string }) => e.field), ['oneOffCents']);
    assert.match(body.errors[0].message, /niet negatief/);
    assert.deepEqual(await fields(await send('PUT', `/api/cases/${vanDijk}/blocker`, { yearlyCents: -1 })), ['yearlyCents']);
    assert.deepEqual(await fields(await send('PUT', `/api/cases/${vanDijk}/blocker`, { ruleIds: ['0190a000-0000-7000-8000-000000000000'] })), ['ruleIds']);
    const elders = (await (await get('/api/rules', 'regisseur@elders.nl')).json()).items[0].id;
    assert.deepEqual(await fields(await send('PUT', `/api/cases/${vanDijk}/blocker`, { ruleIds: [elders] })), ['ruleIds'], 'another municipality’s rule');
    assert.deepEqual(await fields(await send('PUT', `/api/cases/${vanDijk}/blocker`, { kinds: ['luck'] })), ['kinds.0']);
  });

  test('saving stores kinds, rules with their purpose and costs, and keeps the cost sum with the case', async () => {
    const res = await send('PUT', `/api/cases/${vanDijk}/blocker`, {
      problem: 'De Belastingdienst verrekent terwijl er een betalingsregeling loopt.', blockedBy: 'Verrekening gaat automatisch.',
      kinds: ['rule', 'data_sharing', 'rule'], ruleIds: [rule('IW-24'), rule('WGS-3')], proposedStep: 'Verrekening stoppen zolang de regeling loopt',
      oneOffCents: 50_000, yearlyCents: 0, version: 0,
    });
    assert.equal(res.status, 200);
    const b = await res.json();
    assert.deepEqual(b.kinds, ['rule', 'data_sharing']);
    assert.deepEqual(b.rules.map((r: { code: string }) => r.code).sort(), ['IW-24', 'WGS-3']);
    assert.ok(b.rules.every((r: { purpose: string }) => r.purpose.length > 20));
    const stored = await t.db.kysely.selectFrom('case_cost').selectAll().where('case_id', '=', vanDijk).executeTakeFirstOrThrow();
    assert.equal(Number(stored.one_off_cents), 50_000);
    assert.equal(Number(stored.avoided_1y_cents), Number(stored.current_yearly_cents) - 50_000);
    assert.equal((await logRows(vanDijk, 'doorbraak-vastleggen')).length, 4);
    assert.equal((await events(vanDijk, 'blocker_saved')).length, 1);
  });

  test('a stale version is 409 naming what differs; the rules are replaced, not added to', async () => {
    const stale = await send('PUT', `/api/cases/${vanDijk}/blocker`, { kinds: ['money'], version: 0 });
    assert.equal(stale.status, 409);
    assert.match((await stale.json()).detail, /soort blokkade/);
    const res = await send('PUT', `/api/cases/${vanDijk}/blocker`, { ruleIds: [rule('IW-24')], yearlyCents: 12_000, version: 1 });
    const b = await res.json();
    assert.equal(b.version, 2);
    assert.deepEqual(b.rules.map((r: { code: string }) => r.code), ['IW-24']);
    assert.deepEqual(b.kinds, ['rule', 'data_sharing'], 'kinds not sent are kept');
    assert.equal((await t.db.kysely.selectFrom('blocker_rule').select('rule_id').where('case_id', '=', vanDijk).execute()).length, 1);
  });

  test('the cost sum compares muddling on and breaking through over 1, 3 and 5 years, in words', async () => {
    const res = await get(`/api/cases/${vanDijk}/cost-sum`);
    assert.equal(res.status, 200);
    const s = await res.json();
    assert.equal(s.oneOffCents, 50_000);
    assert.equal(s.yearlyCents, 12_000);
    assert.deepEqual(s.horizons.map((h: { years: number }) => h.years), [1, 3, 5]);
    for (const h of s.horizons) {
      assert.equal(h.muddlingOnCents, s.currentYearlyCents * h.years);
      assert.equal(h.breakthroughCents, 50_000 + 12_000 * h.years);
      assert.equal(h.avoidedCents, h.muddlingOnCents - h.breakthroughCents);
    }
    assert.match(s.sentence, /De doorbraak kost eenmalig € 500 en daarna € 120 per jaar/);
    const stored = await t.db.kysely.selectFrom('case_cost').selectAll().where('case_id', '=', vanDijk).executeTakeFirstOrThrow();
    assert.equal(Number(stored.avoided_5y_cents), s.horizons[2].avoidedCents);
  });

  test('the overview shows perspective, blocker with rules and cost sum; a partner without the section sees nothing', async () => {
    const o = await (await get(`/api/cases/${vanDijk}`)).json();
    assert.equal(o.perspective.version, 2);
    assert.equal(o.blocker.rules[0].code, 'IW-24');
    assert.ok(o.blocker.rules[0].purpose);
    assert.equal(o.costSum.horizons.length, 3);
    assert.deepEqual(o.plan, { goals: [], actions: [] });
    const p = await (await get(`/api/cases/${vanDijk}`, PARTNER)).json();
    assert.equal(p.perspective, null);
    assert.equal(p.blocker, null);
    assert.equal(p.costSum, null);
    assert.equal(p.plan, null);
    for (const path of ['perspective', 'blocker', 'cost-sum']) assert.equal((await get(`/api/cases/${vanDijk}/${path}`, PARTNER)).status, 404, path);
    assert.equal((await send('PUT', `/api/cases/${vanDijk}/perspective`, { ownWords: 'x', version: 2 }, PARTNER)).status, 404);
  });

  test('a reader on the team may read but not change', async () => {
    const colleagues = (await (await get('/api/colleagues')).json()).items;
    const decider = colleagues.find((u: { roles: string[] }) => u.roles.includes('mandate_holder'));
    assert.equal((await send('POST', `/api/cases/${vanDijk}/team`, { userId: decider.id, role: 'reader' })).status, 200);
    assert.equal((await get(`/api/cases/${vanDijk}/blocker`, 'beslisser@voorbeeld.nl')).status, 200);
    assert.equal((await send('PUT', `/api/cases/${vanDijk}/blocker`, { problem: 'x', version: 2 }, 'beslisser@voorbeeld.nl')).status, 403);
    assert.ok((await logRows(vanDijk, 'doorbraak-inzien')).length >= 4);
  });

  test('demo data: three cases have a perspective, a blocker with rules, costs and a plan', async () => {
    for (const name of ['Marloes Bakker', 'Sandra Mulder', 'Naomi Verhoef']) {
      const { caseId } = await caseOfMember(t, name);
      const o = await (await get(`/api/cases/${caseId}`)).json();
      assert.ok(o.perspective.ownWords && o.perspective.needs && o.perspective.dreamScenario);
      assert.ok(o.blocker.problem && o.blocker.proposedStep && o.blocker.kinds.length > 0 && o.blocker.rules.length > 0);
      assert.ok(o.blocker.oneOffCents > 0);
      assert.ok(o.plan.goals.length >= 2 && o.plan.actions.length >= 3);
      assert.ok(o.plan.actions.some((a: { ownerKind: string }) => a.ownerKind === 'professional'));
    }
    const bakkerBlocker = await (await get(`/api/cases/${bakker}/blocker`)).json();
    assert.match(bakkerBlocker.proposedStep, /Portakabin/);
    const ruud = await (await get(`/api/cases/${(await caseOfMember(t, 'Ruud de Graaf')).caseId}`)).json();
    assert.equal(ruud.perspective.version, 0, 'the father-and-car case stays empty for the browser walk-through');
  });
});
