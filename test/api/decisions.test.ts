import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { dueOn } from '../../src/decisions/model.ts';
import { amsterdamDate } from '../../src/platform/time/working-days.ts';
import { POLICY, outsiderStatus } from '../helpers/access.ts';
import { type TestApp, testApp } from '../helpers/app.ts';
import { ADMIN, DECIDER, MANAGER, approval, ask, caseAtStep5, decide, entriesOf, levelId, requestBody } from '../helpers/decisions.ts';
import { COLLEAGUE, COORDINATOR, notificationsOf, userId } from '../helpers/workflow.ts';

let t: TestApp;
let caseId: string;
let decisionId: string;
before(async () => {
  t = await testApp();
  ({ caseId } = await caseAtStep5(t, { name: 'Be Sluit', birthDate: '1979-03-03' }));
});
after(() => t.close());

const get = (path: string, as = COORDINATOR) => t.request(path, { as });
const overview = async (as = COORDINATOR) => (await get(`/api/cases/${caseId}`, as)).json();
const logLines = (activity: string) => t.db.kysely.selectFrom('processing_log as l').innerJoin('app_user as u', 'u.id', 'l.actor_id')
  .select(['l.action', 'u.email']).where('l.case_id', '=', caseId).where('l.activity', '=', activity).execute();
const row = () => t.db.kysely.selectFrom('decision_request').selectAll().where('id', '=', decisionId).executeTakeFirstOrThrow();

describe('asking for a decision', () => {
  test('the draft is filled in from step 4 and says where the request will go', async () => {
    const draft = await (await get(`/api/cases/${caseId}/decisions/draft?amountCents=40000`)).json();
    assert.equal(draft.proposedStep, 'Reparatie betalen');
    assert.deepEqual(draft.corners.map((c: { name: string }) => c.name), ['Rechtmatig', 'Doelmatig', 'Rechtvaardig']);
    assert.deepEqual(draft.rules.map((r: { code: string }) => r.code), ['PW-35']);
    assert.ok(draft.rules[0].purpose.length > 20, 'the purpose of the rule comes from the catalogue');
    assert.equal(draft.costSum.currentYearlyCents, 250_000);
    assert.equal(draft.route.level.name, 'Regisseur', 'a colleague coordinator may decide up to € 500');
    const higher = await (await get(`/api/cases/${caseId}/decisions/draft?amountCents=200000`)).json();
    assert.equal(higher.route.level.name, 'Teamleider');
    assert.equal(higher.route.level.mandate, 'tot en met € 2.500');
    assert.deepEqual(higher.route.skipped.map((s: { name: string; reason: string }) => [s.name, s.reason]), [['Regisseur', 'amount']]);
    assert.equal(higher.route.overdraws, false);
    assert.equal((await get(`/api/cases/${caseId}/decisions/draft`, DECIDER)).status, 404, 'outside the team there is no case');
  });

  test('every corner of the values triangle and the resident’s own view are required; nothing is stored', async () => {
    const noCorner = await ask(t, caseId, requestBody({ weighing: requestBody().weighing.filter((w) => w.corner !== 'rechtvaardig') }));
    assert.equal(noCorner.status, 422);
    const problem = await noCorner.json();
    assert.deepEqual(problem.errors.map((e: { field: string }) => e.field), ['weighing.rechtvaardig']);
    assert.match(problem.errors[0].message, /Rechtvaardig/);
    const noView = await ask(t, caseId, requestBody({ residentView: '' }));
    assert.equal((await noView.json()).errors[0].field, 'residentView');
    const negative = await ask(t, caseId, requestBody({ amountCents: -5 }));
    assert.equal((await negative.json()).errors[0].field, 'amountCents');
    assert.equal((await t.db.kysely.selectFrom('decision_request').select('id').where('case_id', '=', caseId).execute()).length, 0);
  });

  test('a request goes to the lowest level that covers it; its holders hear of it; it is on the timeline and in the log', async () => {
    const res = await ask(t, caseId);
    assert.equal(res.status, 201);
    const d = await res.json();
    decisionId = d.id;
    assert.equal(d.status, 'pending');
    assert.equal(d.level.name, 'Teamleider');
    assert.equal(d.dueOn, dueOn(amsterdamDate(new Date()), 5));
    assert.equal(d.route[0].skipped[0].reason, 'amount');
    assert.match(d.route[0].skipped[0].text, /hoger dan het mandaat/);
    assert.deepEqual(d.weighing.map((w: { name: string }) => w.name), ['Rechtmatig', 'Doelmatig', 'Rechtvaardig']);
    assert.equal(d.rules[0].code, 'PW-35');
    assert.equal(d.costSum.agencies, 1);
    assert.deepEqual(d.viewer, { mayDecide: false, reason: d.viewer.reason });
    assert.match(d.viewer.reason, /boven uw mandaat/);
    assert.equal((await notificationsOf(t, DECIDER, caseId, 'decision_requested')).length, 1);
    assert.ok((await overview()).timeline.some((e: { summary: string }) => e.summary === 'Besluit gevraagd aan: Teamleider'));
    assert.deepEqual((await logLines('besluit-aanvragen')).filter((l) => l.action === 'create').map((l) => l.email), [COORDINATOR]);
  });

  test('a second request while one is open is 409', async () => {
    assert.equal((await ask(t, caseId)).status, 409);
  });
});

describe('the decider reads what they need', () => {
  test('while the request waits at their level, the decider reads the case without the household; logged as such', async () => {
    const o = await overview(DECIDER);
    assert.equal(o.access.via, 'mandate');
    assert.deepEqual(o.access.sections, ['story', 'involvements', 'breakthrough', 'plan']);
    assert.equal(o.household, null);
    assert.ok(o.story.length > 0);
    assert.equal(o.blocker.proposedStep, 'Reparatie betalen');
    assert.equal(o.decisions[0].id, decisionId);
    assert.equal(o.budgetEntries, null);
    assert.deepEqual(o.timeline, []);
    assert.equal((await get(`/api/cases/${caseId}/household/members`, DECIDER)).status, 404);
    assert.ok((await logLines('mandaat-casus-inzien')).some((l) => l.email === DECIDER));
    const one = await (await get(`/api/cases/${caseId}/decisions/${decisionId}`, DECIDER)).json();
    assert.deepEqual(one.viewer, { mayDecide: true, reason: null });
    for (const who of [MANAGER, COLLEAGUE, POLICY, 'regisseur@elders.nl']) {
      assert.equal((await get(`/api/cases/${caseId}`, who)).status, outsiderStatus(who), who);
    }
  });

  test('earlier decisions on the same rule or blocker kind stand beside it, without case numbers', async () => {
    const one = await (await get(`/api/cases/${caseId}/decisions/${decisionId}`, DECIDER)).json();
    assert.ok(one.precedents.length >= 2);
    const pension = one.precedents.find((p: { question: string }) => /dierenpension/.test(p.question));
    assert.equal(pension.outcome, 'approved');
    assert.deepEqual(pension.sharedRules.map((r: { code: string }) => r.code), ['PW-35']);
    assert.ok(pension.sharedKinds.includes('money'));
    assert.ok(one.precedents.some((p: { outcome: string }) => p.outcome === 'declined'), 'a no is precedent too');
    assert.ok(!('reference' in pension) && !('caseId' in pension));
    const reads = await t.db.kysely.selectFrom('processing_log').select('case_id').where('activity', '=', 'besluit-inzien')
      .where('object_id', '=', pension.id).execute();
    assert.ok(reads.length >= 1, 'reading another household’s decision is logged for that household');
  });

  test('the decider’s inbox and the requester’s list', async () => {
    const inbox = await (await get('/api/decisions?view=pending', DECIDER)).json();
    assert.ok(inbox.items.some((i: { id: string }) => i.id === decisionId));
    assert.ok(inbox.items.every((i: { level: { name: string } }) => i.level.name === 'Teamleider'));
    const mine = await (await get('/api/decisions?view=requested')).json();
    assert.ok(mine.items.some((i: { id: string }) => i.id === decisionId));
  });
});

describe('deciding', () => {
  test('without reasons, or with conditions missing, is 422 naming the field; nothing changes', async () => {
    const noReasons = await decide(t, caseId, decisionId, approval({ reasons: '' }));
    assert.equal(noReasons.status, 422);
    assert.equal((await noReasons.json()).errors[0].field, 'reasons');
    const noConditions = await decide(t, caseId, decisionId, approval({ outcome: 'approved_with_conditions' }));
    assert.equal((await noConditions.json()).errors[0].field, 'conditions');
    const tooMuch = await decide(t, caseId, decisionId, approval({ approvedCents: 200_001 }));
    assert.equal((await tooMuch.json()).errors[0].field, 'approvedCents');
    assert.equal((await row()).status, 'pending');
  });

  test('above your mandate is 403; a stale version is 409; nothing changes', async () => {
    const res = await decide(t, caseId, decisionId, approval(), COORDINATOR);
    assert.equal(res.status, 403);
    assert.match((await res.json()).detail, /boven uw mandaat \(Regisseur: tot en met € 500\)/);
    assert.equal((await decide(t, caseId, decisionId, approval({ version: 7 }))).status, 409);
    assert.equal((await row()).status, 'pending');
    assert.equal((await entriesOf(t, decisionId)).length, 0);
  });

  test('two deciders at once: exactly one decision stands', async () => {
    const admin = (path: string, json: unknown) => t.request(path, { method: 'PUT', as: ADMIN, json });
    const teamLead = await levelId(t, 'Teamleider');
    assert.equal((await admin(`/api/mandate-levels/${teamLead}/holders/${await userId(t, COLLEAGUE)}`, { mayDecideOwn: false })).status, 200);
    const conditions = 'De garage stuurt de factuur rechtstreeks naar de gemeente.';
    const results = await Promise.all([
      decide(t, caseId, decisionId, approval({ outcome: 'approved_with_conditions', conditions })),
      decide(t, caseId, decisionId, approval({ outcome: 'declined', reasons: 'Een tweede beslisser zegt nee, met redenen erbij.' }), COLLEAGUE),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    assert.match((await loser.json()).detail, /al besloten door .*Er kan maar één besluit staan/);
    const made = await t.db.kysely.selectFrom('case_event').select('data').where('case_id', '=', caseId).where('type', '=', 'decision_made').execute();
    assert.equal(made.length, 1);
    const r = await row();
    assert.equal(r.status, 'decided');
    const entries = await entriesOf(t, decisionId);
    assert.equal(entries.length, r.outcome === 'declined' ? 0 : 1);
    await t.request(`/api/mandate-levels/${teamLead}/holders/${await userId(t, COLLEAGUE)}`, { method: 'DELETE', as: ADMIN });
  });

  test('a second decision on a decided request is 409', async () => {
    const res = await decide(t, caseId, decisionId, approval({ version: (await row()).version }));
    assert.equal(res.status, 409);
  });
});

describe('after an approval with conditions', () => {
  let approvedCase: string;
  let approvedId: string;
  before(async () => {
    ({ caseId: approvedCase } = await caseAtStep5(t, { name: 'Ja Maar', birthDate: '1981-04-04' }));
    const d = await (await ask(t, approvedCase)).json();
    approvedId = d.id;
    const res = await decide(t, approvedCase, approvedId, approval({
      outcome: 'approved_with_conditions', conditions: 'De garage stuurt de factuur rechtstreeks naar de gemeente.', approvedCents: 180_000,
    }));
    assert.equal(res.status, 200);
  });

  test('the money is committed, the plan has the action, the timeline and the requester know, and the decider’s access ended', async () => {
    const o = await (await get(`/api/cases/${approvedCase}`)).json();
    const d = o.decisions[0];
    assert.deepEqual([d.status, d.outcome, d.approvedCents], ['decided', 'approved_with_conditions', 180_000]);
    assert.equal(d.letter.pdf, `/api/cases/${approvedCase}/decisions/${approvedId}/letter.pdf`);
    assert.deepEqual(o.budgetEntries.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents]), [['commitment', 180_000]]);
    const action = o.plan.actions.find((a: { what: string }) => a.what.startsWith('Besluit uitvoeren: De gemeente betaalt de reparatie'));
    assert.ok(action, 'the approved breakthrough is an action in the plan');
    assert.match(action.what, /Voorwaarden: De garage stuurt de factuur/);
    assert.equal(action.ownerName, 'Rachid Regisseur');
    const summaries = o.timeline.map((e: { summary: string }) => e.summary);
    for (const s of ['Besluit genomen: toegekend met voorwaarden', '€ 1.800,00 vastgelegd uit het maatwerkbudget', 'Actie toegevoegd aan het perspectiefplan']) {
      assert.ok(summaries.includes(s), s);
    }
    assert.equal((await notificationsOf(t, COORDINATOR, approvedCase, 'decision_made')).length, 1, 'the requester, who is also the coordinator, hears it once');
    assert.equal((await get(`/api/cases/${approvedCase}`, DECIDER)).status, 404, 'access ends with the decision');
  });

  test('the letter as HTML: plain Dutch, self-contained, with contact and objection; reading it is logged', async () => {
    const res = await get(`/api/cases/${approvedCase}/decisions/${approvedId}/letter.html`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type')!, /text\/html/);
    const html = await res.text();
    assert.match(html, /<html lang="nl">/);
    assert.match(html, /Wij zeggen ja, maar er zijn voorwaarden\. De gemeente betaalt hiervoor ten hoogste € 1\.800,00\./);
    assert.match(html, /Rachid Regisseur/);
    assert.match(html, /070 353 00 01/);
    assert.match(html, /bezwaar maken\. Dat doet u binnen 6 weken/);
    assert.match(html, /Postbus 1000/);
    assert.match(html, /Ja Maar/);
    assert.match(html, /Bea Beslisser, Teamleider, namens het college/);
    const logged = await t.db.kysely.selectFrom('processing_log').select('action').where('case_id', '=', approvedCase).where('activity', '=', 'besluitbrief-maken').execute();
    assert.ok(logged.length >= 1);
  });

  test('the letter as tagged PDF carries the same text and goes on the timeline', async () => {
    const res = await get(`/api/cases/${approvedCase}/decisions/${approvedId}/letter.pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.ok(Buffer.from(bytes).toString('latin1').includes('/StructTreeRoot'));
    const parser = new PDFParse({ data: bytes });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    for (const s of ['Besluit over uw aanvraag', 'Wat u vroeg', 'Wat wij besluiten', 'Waarom', 'Wat er nu gebeurt', 'Uw contactpersoon', 'bezwaar maken']) {
      assert.ok(text.includes(s), s);
    }
    const o = await (await get(`/api/cases/${approvedCase}`)).json();
    assert.ok(o.timeline.some((e: { summary: string }) => e.summary === 'Besluitbrief als pdf gemaakt voor het huishouden'));
  });

  test('no letter before a decision; none for those outside the team', async () => {
    const { caseId: pendingCase } = await caseAtStep5(t, { name: 'Nog Niet', birthDate: '1990-01-01' });
    const d = await (await ask(t, pendingCase)).json();
    assert.equal((await get(`/api/cases/${pendingCase}/decisions/${d.id}/letter.html`)).status, 409);
    assert.equal((await get(`/api/cases/${approvedCase}/decisions/${approvedId}/letter.pdf`, MANAGER)).status, 404);
  });
});

describe('own requests, declines and withdrawals', () => {
  test('a decider cannot decide their own request unless given that right explicitly', async () => {
    const { caseId: own } = await caseAtStep5(t, { name: 'Eigen Verzoek', birthDate: '1985-05-05' });
    const d = await (await ask(t, own, requestBody({ amountCents: 30_000 }))).json();
    assert.equal(d.level.name, 'Regisseur', 'a colleague coordinator can decide it');
    const refused = await decide(t, own, d.id, approval(), COORDINATOR);
    assert.equal(refused.status, 403);
    assert.match((await refused.json()).detail, /zelf gedaan/);
    const coordinatorLevel = await levelId(t, 'Regisseur');
    await t.request(`/api/mandate-levels/${coordinatorLevel}/holders/${await userId(t, COORDINATOR)}`, { method: 'PUT', as: ADMIN, json: { mayDecideOwn: true } });
    const allowed = await decide(t, own, d.id, approval(), COORDINATOR);
    assert.equal(allowed.status, 200);
    assert.equal((await allowed.json()).decision.decidedBy.name, 'Rachid Regisseur');
    await t.request(`/api/mandate-levels/${coordinatorLevel}/holders/${await userId(t, COORDINATOR)}`, { method: 'PUT', as: ADMIN, json: { mayDecideOwn: false } });
  });

  test('a no commits no money, adds no action, and its letter says no with the reasons', async () => {
    const { caseId: no } = await caseAtStep5(t, { name: 'Nee Helaas', birthDate: '1970-07-07' });
    const d = await (await ask(t, no)).json();
    const res = await decide(t, no, d.id, approval({ outcome: 'declined', reasons: 'Dit kan sneller en beter via de gewone route van de bijzondere bijstand.' }));
    assert.equal(res.status, 200);
    assert.equal((await res.json()).decision.approvedCents, null);
    assert.equal((await entriesOf(t, d.id)).length, 0);
    const html = await (await get(`/api/cases/${no}/decisions/${d.id}/letter.html`)).text();
    assert.match(html, /Wij zeggen nee tegen dit voorstel\./);
    assert.match(html, /gewone route van de bijzondere bijstand/);
    const plan = await (await get(`/api/cases/${no}/plan`)).json();
    assert.ok(!plan.actions.some((a: { what: string }) => a.what.startsWith('Besluit uitvoeren')));
  });

  test('the team withdraws an open request with a reason; the decider is told and loses access', async () => {
    const { caseId: w } = await caseAtStep5(t, { name: 'Trek In', birthDate: '1966-06-06' });
    const d = await (await ask(t, w)).json();
    assert.equal((await get(`/api/cases/${w}`, DECIDER)).status, 200);
    const bad = await t.request(`/api/cases/${w}/decisions/${d.id}/withdraw`, { method: 'POST', as: COORDINATOR, json: { version: 1 } });
    assert.equal((await bad.json()).errors[0].field, 'reason');
    const res = await t.request(`/api/cases/${w}/decisions/${d.id}/withdraw`, { method: 'POST', as: COORDINATOR, json: { reason: 'Vader heeft de auto zelf laten maken.', version: 1 } });
    assert.equal(res.status, 200);
    assert.equal((await res.json()).status, 'withdrawn');
    assert.equal((await notificationsOf(t, DECIDER, w, 'decision_withdrawn')).length, 1);
    assert.equal((await get(`/api/cases/${w}`, DECIDER)).status, 404);
    const late = await decide(t, w, d.id, approval({ version: 2 }));
    assert.equal(late.status, 409, 'the decider who held the request hears it was withdrawn');
    assert.match((await late.json()).detail, /ingetrokken/);
    assert.equal((await decide(t, w, d.id, approval({ version: 2 }), MANAGER)).status, 404, 'anyone else: the case does not exist');
  });
});

test('the OpenAPI document describes the endpoints in Dutch', async () => {
  const doc = await (await t.request('/api/openapi.json')).json();
  for (const path of ['/api/cases/{id}/decisions', '/api/cases/{id}/decisions/draft', '/api/cases/{id}/decisions/{decisionId}/decide',
    '/api/cases/{id}/decisions/{decisionId}/letter.pdf', '/api/cases/{id}/decisions/{decisionId}/letter.html', '/api/decisions',
    '/api/mandate-levels', '/api/decision-settings', '/api/budgets', '/api/budgets/{budgetId}/entries.csv',
    '/api/cases/{id}/decisions/{decisionId}/payments', '/api/cases/{id}/decisions/{decisionId}/releases']) {
    assert.ok(doc.paths[path], path);
  }
  assert.match(doc.paths['/api/cases/{id}/decisions/{decisionId}/decide'].post.summary, /Besluiten/);
  assert.match(JSON.stringify(doc.components.schemas.CaseOverview), /"decisions".*DecisionSummary/);
  assert.match(JSON.stringify(doc.components.schemas.CaseOverview), /"budgetEntries".*BudgetEntry/);
});
