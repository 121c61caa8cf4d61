import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { type TestApp, testApp } from '../helpers/app.ts';
import { caseOfMember } from '../helpers/access.ts';

const COORDINATOR = 'regisseur@voorbeeld.nl';
const PARTNER = 'partner@woonstad.nl';

let t: TestApp;
let ruud: string;
let vanDijk: string;
let bakker: string;
before(async () => {
  t = await testApp();
  ruud = (await caseOfMember(t, 'Ruud de Graaf')).caseId;
  vanDijk = (await caseOfMember(t, 'Lotte van Dijk')).caseId;
  bakker = (await caseOfMember(t, 'Marloes Bakker')).caseId;
});
after(() => t.close());

const get = (path: string, as = COORDINATOR) => t.request(path, { as });
const send = (method: string, path: string, json?: unknown, as = COORDINATOR) => t.request(path, { method, json, as });
const fields = async (res: Response) => ((await res.json()).errors as { field: string }[]).map((e) => e.field);
const userId = async (email: string) => (await t.db.kysely.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
const events = (caseId: string, type: string) => t.db.kysely.selectFrom('case_event').selectAll().where('case_id', '=', caseId).where('type', '=', type).execute();

describe('the plan proposed from steps 3 and 4', () => {
  test('own words and the breakthrough become goals, with an action for the coordinator; a second press adds nothing', async () => {
    assert.deepEqual(await (await get(`/api/cases/${ruud}/plan`)).json(), { goals: [], actions: [] });
    await send('PUT', `/api/cases/${ruud}/perspective`, { ownWords: 'Ik breng mijn jongens zelf naar school, zoals altijd.' });
    await send('PUT', `/api/cases/${ruud}/blocker`, { proposedStep: 'De gemeente betaalt de reparatie van de auto', oneOffCents: 50_000 });
    const res = await send('POST', `/api/cases/${ruud}/plan/from-steps`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.addedGoals, 2);
    assert.equal(body.addedActions, 1);
    assert.deepEqual(body.plan.goals.map((g: { source: string }) => g.source), ['perspective', 'breakthrough']);
    const [action] = body.plan.actions;
    assert.equal(action.ownerKind, 'professional');
    assert.equal(action.ownerUserId, await userId(COORDINATOR));
    assert.equal(action.owner, 'Rachid Regisseur');
    assert.equal(action.goalId, body.plan.goals[1].id);
    assert.match(action.dueOn, /^\d{4}-\d{2}-\d{2}$/);
    const again = await (await send('POST', `/api/cases/${ruud}/plan/from-steps`)).json();
    assert.deepEqual([again.addedGoals, again.addedActions, again.plan.goals.length, again.plan.actions.length], [0, 0, 2, 1]);
    assert.equal((await events(ruud, 'plan_proposed')).length, 1, 'nothing added, nothing on the timeline');
  });
});

describe('goals', () => {
  test('add, change with the version (stale is 409), remove: the actions stay without a goal', async () => {
    const added = await send('POST', `/api/cases/${ruud}/plan/goals`, { text: 'De jongens komen ontspannen op school aan' });
    assert.equal(added.status, 201);
    const goal = await added.json();
    assert.equal(goal.source, 'other');
    assert.equal(goal.position, 2);
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/goals`, { text: '' })), ['text']);
    const changed = await send('PATCH', `/api/cases/${ruud}/plan/goals/${goal.id}`, { text: 'De jongens komen elke dag ontspannen op school aan', version: 1 });
    assert.equal((await changed.json()).version, 2);
    const stale = await send('PATCH', `/api/cases/${ruud}/plan/goals/${goal.id}`, { text: 'Oud', version: 1 });
    assert.equal(stale.status, 409);
    assert.match((await stale.json()).detail, /tekst van het doel/);
    const action = await (await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Rooster van de school doorgeven', goalId: goal.id, ownerKind: 'household' })).json();
    assert.equal((await send('DELETE', `/api/cases/${ruud}/plan/goals/${goal.id}?version=1`)).status, 409);
    assert.equal((await send('DELETE', `/api/cases/${ruud}/plan/goals/${goal.id}?version=2`)).status, 204);
    const plan = await (await get(`/api/cases/${ruud}/plan`)).json();
    assert.ok(!plan.goals.some((g: { id: string }) => g.id === goal.id));
    assert.equal(plan.actions.find((a: { id: string }) => a.id === action.id).goalId, null);
    assert.equal((await send('DELETE', `/api/cases/${ruud}/plan/actions/${action.id}?version=${action.version + 1}`)).status, 204);
  });
});

describe('actions', () => {
  let actionId: string;

  test('an action without an owner is 422 naming ownerKind; a professional without a name names ownerName', async () => {
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Garage bellen' })), ['ownerKind']);
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Garage bellen', ownerKind: 'professional' })), ['ownerName']);
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Garage bellen', ownerKind: 'network', ownerName: ' ' })), ['ownerName']);
    const elsewhere = await userId('regisseur@elders.nl');
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Garage bellen', ownerKind: 'professional', ownerUserId: elsewhere })), ['ownerUserId']);
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Garage bellen', ownerKind: 'household', dueOn: '12-03-2026' })), ['dueOn']);
    assert.deepEqual(await fields(await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Garage bellen', ownerKind: 'household', goalId: '0190a000-0000-7000-8000-000000000000' })), ['goalId']);
  });

  test('a colleague as owner gets their name; a partner professional is named', async () => {
    const res = await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Reparatie betalen aan de garage', ownerKind: 'professional', ownerUserId: await userId('collega@voorbeeld.nl'), dueOn: '2026-12-01' });
    assert.equal(res.status, 201);
    const a = await res.json();
    assert.deepEqual([a.ownerName, a.owner, a.status, a.version], ['Chris Collega', 'Chris Collega', 'open', 1]);
    actionId = a.id;
    const partner = await (await send('POST', `/api/cases/${ruud}/plan/actions`, { what: 'Vervoer afstemmen met school', ownerKind: 'professional', ownerName: 'Karin Vos (SO-school)' })).json();
    assert.equal(partner.owner, 'Karin Vos (SO-school)');
    assert.equal(partner.ownerUserId, null);
  });

  test('status changes with the version; a stale version is 409 and nothing is overwritten', async () => {
    const done = await send('PATCH', `/api/cases/${ruud}/plan/actions/${actionId}`, { status: 'done', version: 1 });
    assert.equal(done.status, 200);
    assert.equal((await done.json()).status, 'done');
    const stale = await send('PATCH', `/api/cases/${ruud}/plan/actions/${actionId}`, { status: 'dropped', version: 1 });
    assert.equal(stale.status, 409);
    assert.match((await stale.json()).detail, /deze actie.*versie 2.*status/);
    const plan = await (await get(`/api/cases/${ruud}/plan`)).json();
    assert.equal(plan.actions.find((a: { id: string }) => a.id === actionId).status, 'done');
    const overview = await (await get(`/api/cases/${ruud}`)).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Actie in het perspectiefplan: klaar'));
    assert.deepEqual(await fields(await send('PATCH', `/api/cases/${ruud}/plan/actions/${actionId}`, { ownerKind: null, version: 2 })), ['ownerKind']);
    const household = await (await send('PATCH', `/api/cases/${ruud}/plan/actions/${actionId}`, { ownerKind: 'household', ownerName: '', version: 2 })).json();
    assert.deepEqual([household.ownerUserId, household.owner], [null, 'U zelf'], 'the colleague is no longer the owner');
    assert.equal((await send('DELETE', `/api/cases/${ruud}/plan/actions/${actionId}?version=2`)).status, 409);
    assert.deepEqual(await fields(await send('DELETE', `/api/cases/${ruud}/plan/actions/${actionId}`)), ['version']);
  });

  test('readers cannot change the plan; partners without the plan section see nothing', async () => {
    assert.equal((await send('POST', `/api/cases/${ruud}/plan/goals`, { text: 'Nog een doel' }, 'collega@voorbeeld.nl')).status, 404, 'outside the team');
    assert.equal((await send('POST', `/api/cases/${ruud}/team`, { userId: await userId('collega@voorbeeld.nl'), role: 'reader' })).status, 200);
    assert.equal((await get(`/api/cases/${ruud}/plan`, 'collega@voorbeeld.nl')).status, 200);
    assert.equal((await send('POST', `/api/cases/${ruud}/plan/goals`, { text: 'Nog een doel' }, 'collega@voorbeeld.nl')).status, 403);
    assert.equal((await send('POST', `/api/cases/${ruud}/plan/from-steps`, undefined, 'collega@voorbeeld.nl')).status, 403);
    assert.equal((await get(`/api/cases/${vanDijk}/plan`, PARTNER)).status, 404);
    assert.equal((await get(`/api/cases/${vanDijk}/plan.pdf`, PARTNER)).status, 404);
    assert.equal((await send('POST', `/api/cases/${vanDijk}/plan/goals`, { text: 'Geen achterstand meer' }, PARTNER)).status, 404);
    assert.equal((await send('POST', `/api/cases/${vanDijk}/plan/from-steps`, undefined, PARTNER)).status, 404);
  });

  test('every change is in the processing log for each household member and on the timeline', async () => {
    const rows = await t.db.kysely.selectFrom('processing_log').select(['action']).where('case_id', '=', ruud).where('activity', '=', 'perspectiefplan-bijwerken').execute();
    assert.ok(rows.length >= 3 * 8, `${rows.length} rows`);
    assert.ok(rows.some((r) => r.action === 'delete'));
    const added = await events(ruud, 'plan_action_added');
    assert.ok(added.length >= 3);
    assert.ok(!JSON.stringify(added.map((e) => e.data)).includes('Garage'));
  });
});

describe('the plan as a PDF for the household', () => {
  test('tagged PDF in plain Dutch with for whom, own words, goals, who does what and the coordinator’s contact', async () => {
    const res = await get(`/api/cases/${bakker}/plan.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="perspectiefplan-\d{4}-\d{5}\.pdf"/);
    const pdf = Buffer.from(await res.arrayBuffer());
    assert.equal(pdf.subarray(0, 8).toString(), '%PDF-1.7');
    assert.ok(pdf.includes('/StructTreeRoot') && pdf.includes('/Lang'));
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, ' ');
    for (const s of ['Perspectiefplan', 'Voor', 'Marloes Bakker', 'Thijs Bakker', 'Waar u over een jaar wilt staan', 'In uw eigen woorden',
      'Uw doelen', 'Portakabin', 'Wie doet wat', 'Wie', 'Wat', 'Wanneer', 'Status', 'Opa en oma Bakker', 'Bas Hoekstra (Jeugd-GGZ)', 'Bezig', 'Klaar',
      'Nog te doen', 'Uw vaste contactpersoon', 'Rachid Regisseur', '070 353 00 01', 'regisseur@voorbeeld.nl', 'Gemeente Voorbeeld', `Pagina 1 van ${total}`]) {
      assert.ok(flat.includes(s), `missing in the PDF: ${s}`);
    }
    assert.ok(!/999\d{6}/.test(flat), 'no BSN in the plan');
  });

  test('the download is logged as processing for every household member and shown on the timeline', async () => {
    const rows = await t.db.kysely.selectFrom('processing_log').select(['action', 'subject_pseudonym']).where('case_id', '=', bakker).where('activity', '=', 'perspectiefplan-downloaden').execute();
    assert.equal(rows.length, 4);
    assert.ok(rows.every((r) => r.action === 'read'));
    const overview = await (await get(`/api/cases/${bakker}`)).json();
    assert.ok(overview.timeline.some((e: { summary: string }) => e.summary === 'Perspectiefplan als pdf gemaakt voor het huishouden'));
  });
});
