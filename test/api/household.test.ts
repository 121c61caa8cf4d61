import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type TestApp, testApp } from '../helpers/app.ts';
import { POLICY, caseOfMember, outsiderStatus } from '../helpers/access.ts';

const COORDINATOR = 'regisseur@voorbeeld.nl';
const COLLEAGUE = 'collega@voorbeeld.nl';
const PARTNER = 'partner@woonstad.nl';

let t: TestApp;
let caseId: string;
let partnerCaseId: string;
let filledCaseId: string;
before(async () => {
  t = await testApp();
  ({ caseId } = await caseOfMember(t, 'Ruud de Graaf'));
  ({ caseId: partnerCaseId } = await caseOfMember(t, 'Lotte van Dijk'));
  ({ caseId: filledCaseId } = await caseOfMember(t, 'Sandra Mulder'));
});
after(() => t.close());

const members = (id = caseId, as = COORDINATOR) => t.request(`/api/cases/${id}/household/members`, { as });
const addMember = (json: unknown, id = caseId, as = COORDINATOR) => t.request(`/api/cases/${id}/household/members`, { method: 'POST', as, json });
const changeMember = (personId: string, json: unknown, as = COORDINATOR) =>
  t.request(`/api/cases/${caseId}/household/members/${personId}`, { method: 'PATCH', as, json });
const overview = async (id = caseId, as = COORDINATOR) => (await t.request(`/api/cases/${id}`, { as })).json();
const logLines = (id: string, activity: string) => t.db.kysely.selectFrom('processing_log')
  .select(['action', 'subject_pseudonym', 'object_id']).where('case_id', '=', id).where('activity', '=', activity).execute();
const events = (id: string, type: string) => t.db.kysely.selectFrom('case_event').select('data').where('case_id', '=', id).where('type', '=', type).execute();

async function asReader(id: string) {
  const colleagues = await (await t.request('/api/colleagues', { as: COORDINATOR })).json();
  const colleague = colleagues.items.find((u: { name: string }) => u.name === 'Chris Collega');
  const res = await t.request(`/api/cases/${id}/team`, { method: 'POST', as: COORDINATOR, json: { userId: colleague.id, role: 'reader' } });
  assert.equal(res.status, 200);
}

describe('household members', () => {
  let personId: string;

  test('a member is added with a relation from the list; the BSN is checked with the eleven-test and stored encrypted', async () => {
    const badBsn = await addMember({ name: 'Anja de Graaf', relation: 'ouder', bsn: '123456789' });
    assert.equal(badBsn.status, 422);
    const bad = await badBsn.json();
    assert.equal(bad.errors[0].field, 'bsn');
    assert.match(bad.errors[0].message, /elfproef/);
    const badRelation = await addMember({ name: 'Anja de Graaf', relation: 'buurvrouw' });
    assert.equal(badRelation.status, 422);
    assert.equal((await badRelation.json()).errors[0].field, 'relation');

    const res = await addMember({ name: 'Anja de Graaf', relation: 'ouder', birthDate: '', bsn: '1112.22.333' });
    assert.equal(res.status, 201);
    const member = await res.json();
    personId = member.id;
    assert.deepEqual({ ...member, id: undefined }, { id: undefined, name: 'Anja de Graaf', birthDate: null, relation: 'ouder', bsnMasked: '*****2333', version: 1 });
    const row = await t.db.kysely.selectFrom('person').select(['bsn_encrypted', 'bsn_hash', 'match_key']).where('id', '=', personId).executeTakeFirstOrThrow();
    assert.ok(row.bsn_encrypted && !row.bsn_encrypted.includes('111222333'));
    assert.equal(row.bsn_hash, t.crypto.searchHash('111222333'));
    assert.ok(!row.match_key.includes('|'), 'without a birth date the member never links an intake');

    const list = await (await members()).json();
    assert.ok(list.members.some((m: { id: string; version: number }) => m.id === personId && m.version === 1));
    assert.ok(list.relations.includes('huisgenoot'));
    const view = await overview();
    assert.ok(view.household.members.some((m: { id: string; version: number }) => m.id === personId && m.version === 1));
  });

  test('the same BSN twice in one household is refused', async () => {
    const res = await addMember({ name: 'Iemand Anders', relation: 'huisgenoot', bsn: '111222333' });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).errors[0].field, 'bsn');
  });

  test('a member is changed at the version the user saw; a stale version gives 409 and changes nothing', async () => {
    const res = await changeMember(personId, { birthDate: '1958-03-01', relation: 'ander familielid', version: 1 });
    assert.equal(res.status, 200);
    const changed = await res.json();
    assert.equal(changed.version, 2);
    assert.equal(changed.birthDate, '1958-03-01');
    assert.equal(changed.bsnMasked, '*****2333', 'an empty BSN field leaves the BSN as it is');

    const stale = await changeMember(personId, { name: 'Overschreven', version: 1 });
    assert.equal(stale.status, 409);
    const problem = await stale.json();
    assert.match(problem.detail, /net gewijzigd/);
    assert.match(problem.detail, /versie 2/);
    assert.equal(problem.errors[0].field, 'version');
    const row = await t.db.kysely.selectFrom('person').select(['name', 'version', 'match_key']).where('id', '=', personId).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Anja de Graaf');
    assert.equal(row.version, 2);
    assert.equal(row.match_key, 'anja de graaf|1958-03-01');

    const same = await changeMember(personId, { name: 'Anja de Graaf', version: 2 });
    assert.equal((await same.json()).version, 2, 'saving without a change is not a new version');
    const missing = await changeMember('0190f5d2-0000-7000-8000-000000000000', { name: 'X', version: 1 });
    assert.equal(missing.status, 404);
  });

  test('every change is on the timeline (without personal data) and logged per data subject', async () => {
    const added = await events(caseId, 'household_member_added');
    assert.deepEqual(added.map((e) => e.data), [{ personId }]);
    const changed = await events(caseId, 'household_member_changed');
    assert.deepEqual(changed.map((e) => e.data), [{ personId, fields: ['birthDate', 'relation'] }]);
    const view = await overview();
    assert.ok(view.timeline.some((e: { summary: string }) => e.summary === 'Gezinslid toegevoegd aan het huishouden'));
    assert.ok(!JSON.stringify(view.timeline).includes('Anja'));

    const lines = await logLines(caseId, 'huishouden-bijhouden');
    const subject = t.crypto.pseudonym('person', personId);
    assert.deepEqual(lines.filter((l) => l.action !== 'read').map((l) => [l.action, l.subject_pseudonym, l.object_id]),
      [['create', subject, personId], ['update', subject, personId]]);
    // Reading the list is logged once for every member of the household.
    const reads = lines.filter((l) => l.action === 'read');
    assert.equal(new Set(reads.map((l) => l.subject_pseudonym)).size, view.household.members.length);
  });

  test('a reader sees the members but cannot change them; outside the team the household does not exist', async () => {
    await asReader(caseId);
    assert.equal((await members(caseId, COLLEAGUE)).status, 200);
    const res = await addMember({ name: 'Niet Toegestaan', relation: 'zoon' }, caseId, COLLEAGUE);
    assert.equal(res.status, 403);
    assert.equal((await changeMember(personId, { name: 'Niet Toegestaan', version: 2 }, COLLEAGUE)).status, 403);
    for (const who of ['beslisser@voorbeeld.nl', POLICY, 'regisseur@elders.nl', PARTNER]) {
      assert.equal((await members(caseId, who)).status, outsiderStatus(who), who);
      assert.equal((await addMember({ name: 'Niet Toegestaan', relation: 'zoon' }, caseId, who)).status, outsiderStatus(who), who);
    }
  });

  test('a partner without the household section gets 404 and no household in the overview', async () => {
    assert.equal((await members(partnerCaseId, PARTNER)).status, 404);
    assert.equal((await addMember({ name: 'Niet Toegestaan', relation: 'zoon' }, partnerCaseId, PARTNER)).status, 404);
    assert.equal((await overview(partnerCaseId, PARTNER)).household, null);
  });
});

describe('life-domain assessments', () => {
  const assess = (domain: string, json: unknown, as = COORDINATOR, id = caseId) =>
    t.request(`/api/cases/${id}/life-domains/${domain}`, { method: 'PUT', as, json });

  test('each assessment is kept; the latest per domain is current and the overview shows where it burns', async () => {
    const first = await assess('finances', { state: 'under_pressure', note: 'Garage wacht op betaling van € 500', reportedBy: 'De inwoner zelf', basedOn: null });
    assert.equal(first.status, 200);
    const firstBody = await first.json();
    const firstId = firstBody.current[0].id;
    const second = await assess('finances', { state: 'crisis', note: 'Auto staat stil, taxivervoer dreigt', reportedBy: 'SO-school', basedOn: firstId });
    assert.equal(second.status, 200);
    const body = await second.json();
    assert.deepEqual(body.current.map((a: { domain: string; state: string }) => [a.domain, a.state]), [['finances', 'crisis']]);
    assert.equal(body.current[0].reportedBy, 'SO-school');
    assert.equal(body.current[0].assessedBy.name, 'Rachid Regisseur');
    assert.deepEqual(body.history.map((a: { state: string }) => a.state), ['crisis', 'under_pressure']);
    assert.deepEqual(body.burning, ['finances']);

    const view = await overview();
    assert.deepEqual(view.lifeDomainAssessments.map((a: { domain: string; state: string; note: string }) => [a.domain, a.state, a.note]),
      [['finances', 'crisis', 'Auto staat stil, taxivervoer dreigt']]);
  });

  test('the grid saves several domains at once; a domain twice or an unknown state is refused', async () => {
    const batch = (json: unknown) => t.request(`/api/cases/${caseId}/life-domains`, { method: 'POST', as: COORDINATOR, json });
    const twice = await batch({ assessments: [{ domain: 'parenting', state: 'stable' }, { domain: 'parenting', state: 'crisis' }] });
    assert.equal(twice.status, 422);
    assert.equal((await twice.json()).errors[0].field, 'assessments');
    const unknown = await batch({ assessments: [{ domain: 'parenting', state: 'fine' }] });
    assert.equal(unknown.status, 422);
    assert.equal((await unknown.json()).errors[0].field, 'assessments.0.state');
    const res = await batch({ assessments: [
      { domain: 'parenting', state: 'under_pressure', note: 'Jongens raken van slag van een vreemde chauffeur', reportedBy: 'SO-school' },
      { domain: 'daytime_activities', state: 'stable', note: '', reportedBy: '' },
    ] });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.deepEqual(body.current.map((a: { domain: string }) => a.domain), ['finances', 'parenting', 'daytime_activities']);
    assert.equal(body.current[2].note, null);
    assert.deepEqual(body.burning, ['finances', 'parenting']);
    const one = await (await t.request(`/api/cases/${caseId}/life-domains?domain=finances`, { as: COORDINATOR })).json();
    assert.equal(one.history.length, 2);
  });

  test('two people assessing the same domain: the second, who saw the older one, gets 409 and nothing is saved', async () => {
    const seen = (await (await t.request(`/api/cases/${caseId}/life-domains`, { as: COORDINATOR })).json()).current
      .find((a: { domain: string }) => a.domain === 'parenting').id;
    assert.equal((await assess('parenting', { state: 'crisis', basedOn: seen })).status, 200);
    const late = await assess('parenting', { state: 'stable', basedOn: seen });
    assert.equal(late.status, 409);
    assert.match((await late.json()).detail, /opvoeding en gezin/);
    const neverSeen = await assess('parenting', { state: 'stable', basedOn: null });
    assert.equal(neverSeen.status, 409);
    const now = await (await t.request(`/api/cases/${caseId}/life-domains?domain=parenting`, { as: COORDINATOR })).json();
    assert.deepEqual(now.history.map((a: { state: string }) => a.state), ['crisis', 'under_pressure']);
  });

  test('assessments are on the timeline with domain and state only, and logged for every household member', async () => {
    const assessed = await events(caseId, 'life_domain_assessed');
    assert.equal(assessed.length, 5);
    assert.deepEqual(Object.keys(assessed[0].data as object).sort(), ['assessmentId', 'domain', 'state']);
    const view = await overview();
    assert.ok(view.timeline.some((e: { summary: string }) => e.summary === 'Leefgebied financiën (schulden) beoordeeld: crisis'));
    const lines = await logLines(caseId, 'leefgebieden-beoordelen');
    const creates = lines.filter((l) => l.action === 'create');
    assert.equal(creates.length, 4 * view.household.members.length, 'four saves, one line per member each');
  });

  test('a reader cannot assess; a partner with the life domains section can, one without sees nothing', async () => {
    assert.equal((await assess('housing', { state: 'stable' }, COLLEAGUE)).status, 403);
    // The housing corporation shares story and life domains on the van Dijk case.
    const res = await assess('housing', { state: 'crisis', note: 'Huurachterstand, ontruiming dreigt', reportedBy: 'Woningcorporatie' }, PARTNER, partnerCaseId);
    assert.equal(res.status, 200);
    const seen = await overview(partnerCaseId, PARTNER);
    assert.equal(seen.lifeDomainAssessments[0].state, 'crisis');
    assert.equal(seen.involvements, null);
    assert.equal((await t.request(`/api/cases/${filledCaseId}/life-domains`, { as: PARTNER })).status, 404);
    assert.equal((await assess('housing', { state: 'stable' }, 'regisseur@elders.nl')).status, 404);
  });

  test('the demo case of the homeless woman shows housing and addiction in crisis, with history', async () => {
    const body = await (await t.request(`/api/cases/${filledCaseId}/life-domains`, { as: COORDINATOR })).json();
    assert.deepEqual(body.burning.slice(0, 2), ['housing', 'addiction']);
    assert.ok(body.history.filter((a: { domain: string }) => a.domain === 'housing').length >= 2);
  });
});
