import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { uuidv7 } from 'uuidv7';
import { runRetention } from '../../src/privacy/retention.ts';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
let tenantId: string;
before(async () => {
  t = await testApp();
  tenantId = (await t.db.kysely.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
});
after(() => t.close());

const P = 'privacy@voorbeeld.nl';
const YEAR = 365.25 * 86400_000;
const yearsAgo = (n: number) => new Date(Date.now() - n * YEAR);
const put = (json: unknown, as = P) => t.request('/api/privacy/retention', { method: 'PUT', json, as });
const person = (name: string) => t.db.kysely.selectFrom('person').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow();
const personById = (id: string) => t.db.kysely.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const caseOf = (householdId: string) => t.db.kysely.selectFrom('cases').selectAll().where('household_id', '=', householdId).orderBy('reported_at').executeTakeFirstOrThrow();
const caseById = (id: string) => t.db.kysely.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const storiesOf = async (caseId: string) => (await t.db.kysely.selectFrom('intake').select('story').where('case_id', '=', caseId).execute()).map((i) => i.story);
/** Owner connection, outside the app: the way a case gets an old closing date in a test. */
const closeLongAgo = (id: string, years: number, set: Record<string, unknown> = {}) =>
  t.db.kysely.updateTable('cases').set({ status: 'closed', closed_at: yearsAgo(years), next_due: null, ...set } as never).where('id', '=', id).execute();

describe('bewaartermijnen instellen', () => {
  test('privacy officer and administrator read the terms with the legal minimum and its sources', async () => {
    for (const as of [P, 'beheer@voorbeeld.nl']) {
      const res = await t.request('/api/privacy/retention', { as });
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.deepEqual(body.policies.map((p: { caseKind: string; years: number; isDefault: boolean }) => [p.caseKind, p.years, p.isDefault]),
        [['breakthrough', 7, true], ['consult', 7, true], ['takeover', 7, true]]);
      assert.ok(body.legalRules.some((r: { id: string; years: number }) => r.id === 'jeugdwet-7.3.8' && r.years === 20));
    }
    for (const as of ['regisseur@voorbeeld.nl', 'beleid@voorbeeld.nl']) {
      assert.equal((await t.request('/api/privacy/retention', { as })).status, 403, as);
      assert.equal((await put({ policies: [{ caseKind: 'consult', years: 8 }] }, as)).status, 403, as);
    }
  });

  test('a term shorter than the law asks is refused with 422 naming the field; a longer one is kept and audited', async () => {
    const short = await put({ policies: [{ caseKind: 'takeover', years: 10 }, { caseKind: 'consult', years: 5 }] });
    assert.equal(short.status, 422);
    const problem = await short.json();
    assert.deepEqual(problem.errors.map((e: { field: string }) => e.field), ['policies.1.years']);
    assert.match(problem.errors[0].message, /Minstens 7 jaar/);
    const unchanged = await (await t.request('/api/privacy/retention', { as: P })).json();
    assert.equal(unchanged.policies.find((p: { caseKind: string }) => p.caseKind === 'takeover').years, 7, 'nothing stored when one is wrong');

    const ok = await put({ policies: [{ caseKind: 'takeover', years: 10 }] }, 'beheer@voorbeeld.nl');
    assert.equal(ok.status, 200);
    const takeover = (await ok.json()).policies.find((p: { caseKind: string }) => p.caseKind === 'takeover');
    assert.deepEqual([takeover.years, takeover.isDefault], [10, false]);
    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'retention.policy_set').execute();
    assert.deepEqual(audit.map((a) => a.data), [{ caseKind: 'takeover', from: 7, to: 10 }]);
  });
});

describe('de dagelijkse bewaartermijntaak', () => {
  test('pseudonymises what is due, keeps case rows and what others still need, logs it, and a second run does nothing', async () => {
    // Due: a single resident's case closed 8 years ago, and a case referred 8 years ago.
    const sandra = await person('Sandra Mulder');
    const sandraCase = await caseOf(sandra.household_id);
    await closeLongAgo(sandraCase.id, 8);
    const henk = await person('Henk Visser');
    const henkCase = await caseOf(henk.household_id);
    await t.db.kysely.updateTable('cases').set({ updated_at: yearsAgo(8) }).where('id', '=', henkCase.id).execute();
    // Not due: youth help (20 years), a takeover under the municipality's 10 years, a case closed today.
    const naomi = await person('Naomi Verhoef');
    const naomiCase = await caseOf(naomi.household_id);
    await closeLongAgo(naomiCase.id, 8);
    const jeroen = await person('Jeroen Smit');
    const jeroenCase = await caseOf(jeroen.household_id);
    await closeLongAgo(jeroenCase.id, 8, { kind: 'takeover', coordinator_id: sandraCase.coordinator_id });
    const monique = await person('Monique Peeters');
    const moniqueCase = await caseOf(monique.household_id);
    // Due, but the household still has a running case: its text goes, its people stay.
    const ruud = await person('Ruud de Graaf');
    const ruudCase = await caseOf(ruud.household_id);
    const oldCase = uuidv7();
    await t.db.kysely.insertInto('cases').values({
      tenant_id: tenantId, id: oldCase, reference: '2015-00001', household_id: ruud.household_id, kind: 'consult', status: 'closed',
      urgency: 'normal', life_domains: ['finances'], legal_basis: 'consent', contact: JSON.stringify({ phone: '06-12340000' }),
      coordinator_id: ruudCase.coordinator_id, reported_at: yearsAgo(10), first_contact_due: '2015-01-05', start_due: '2015-01-12',
      closed_at: yearsAgo(9),
    }).execute();
    await t.db.kysely.insertInto('intake').values({
      tenant_id: tenantId, id: uuidv7(), case_id: oldCase, reported_at: yearsAgo(10), story: 'Een oud verhaal over de schulden van toen.',
      life_domains: ['finances'], urgency: 'normal', reporter: JSON.stringify({ name: 'Oude Melder', organisation: 'Wijkteam Zuid' }),
      reporter_user_id: null, legal_basis: 'consent', consent_method: 'verbal', receipt_hash: null, first_contact_due: '2015-01-05', start_due: '2015-01-12',
    }).execute();

    const report = await runRetention(t.db.kysely, t.crypto, new Date());
    const voorbeeld = report.municipalities.find((m) => m.tenantId === tenantId)!;
    assert.deepEqual(voorbeeld, { tenantId, casesProcessed: 3, personsErased: 2, personsKept: 3 });
    assert.equal(report.municipalities.length, 2);
    assert.ok(report.municipalities.filter((m) => m.tenantId !== tenantId).every((m) => m.casesProcessed === 0));

    // Sandra: name, BSN, birth date and story gone; the case row and its figures stay.
    const s = await personById(sandra.id);
    assert.deepEqual([s.name, s.bsn_encrypted, s.bsn_hash, s.birth_date], ['Verwijderd', null, null, null]);
    const sc = await caseById(sandraCase.id);
    assert.deepEqual([sc.status, sc.kind, sc.step, sc.reference], ['closed', sandraCase.kind, sandraCase.step, sandraCase.reference]);
    assert.deepEqual(sc.life_domains, sandraCase.life_domains);
    assert.deepEqual(sc.contact, {});
    assert.ok(sc.retention_done_at);
    assert.deepEqual(await storiesOf(sandraCase.id), ['Verwijderd']);
    const found = await (await t.request('/api/privacy/persons/search', { method: 'POST', json: { bsn: '999996253' }, as: P })).json();
    assert.deepEqual(found.items, []);
    // Referred long ago: Henk goes too, and so does the referral reason.
    assert.equal((await personById(henk.id)).name, 'Verwijderd');
    assert.equal((await caseById(henkCase.id)).referral_reason, null);
    // The old case of a household with a running case: text gone, people and the running case intact.
    assert.deepEqual(await storiesOf(oldCase), ['Verwijderd']);
    assert.ok((await caseById(oldCase)).retention_done_at);
    assert.equal((await personById(ruud.id)).name, 'Ruud de Graaf');
    assert.notEqual((await storiesOf(ruudCase.id))[0], 'Verwijderd');
    // Within their term: untouched.
    for (const [p, c] of [[naomi, naomiCase], [jeroen, jeroenCase], [monique, moniqueCase]] as const) {
      const now = await personById(p.id);
      assert.deepEqual([now.name, now.bsn_hash, now.birth_date], [p.name, p.bsn_hash, p.birth_date]);
      assert.equal((await caseById(c.id)).retention_done_at, null);
      assert.notEqual((await storiesOf(c.id))[0], 'Verwijderd');
    }

    // Logged: processing log per case for its household, audit entry per case with counts, a run row per municipality.
    const log = await t.db.kysely.selectFrom('processing_log').selectAll().where('activity', '=', 'bewaartermijn-verwerken').execute();
    assert.equal(log.length, 1 + 1 + 3, 'one line per household member of each case');
    const sandraLine = log.find((l) => l.subject_pseudonym === t.crypto.pseudonym('person', sandra.id))!;
    assert.deepEqual([sandraLine.action, sandraLine.actor_id, sandraLine.origin, sandraLine.legal_basis, sandraLine.case_id],
      ['delete', null, 'bewaartermijn', 'legal_obligation', sandraCase.id]);
    const audit = await t.db.kysely.selectFrom('audit_chain').select(['object_id', 'data']).where('action', '=', 'retention.applied').execute();
    assert.equal(audit.length, 3);
    const sandraAudit = audit.find((a) => a.object_id === sandraCase.id)!;
    assert.deepEqual({ ...(sandraAudit.data as object), retentionEndedOn: undefined },
      { retentionEndedOn: undefined, intakesBlanked: 1, personsErased: 1, personsKept: 0 });
    assert.deepEqual((audit.find((a) => a.object_id === oldCase)!.data as { personsKept: number }).personsKept, 3);
    const runs = await t.db.kysely.selectFrom('retention_run').selectAll().execute();
    assert.equal(runs.length, 2);
    assert.deepEqual(runs.filter((r) => r.tenant_id === tenantId).map((r) => [r.cases_processed, r.persons_erased, r.persons_kept]), [[3, 2, 3]]);

    // The team can still open the closed case: the erased member shows without a birth date.
    const overview = await t.request(`/api/cases/${sandraCase.id}`, { as: 'regisseur@voorbeeld.nl' });
    assert.equal(overview.status, 200);
    const members = (await overview.json()).household.members;
    assert.equal(members.length, 1);
    assert.ok(members.every((m: { name: string; birthDate: string | null }) => m.name === 'Verwijderd' && m.birthDate === null));

    // A second run finds nothing to do.
    const again = await runRetention(t.db.kysely, t.crypto, new Date());
    assert.ok(again.municipalities.every((m) => m.casesProcessed === 0 && m.personsErased === 0 && m.personsKept === 0));
    assert.equal((await t.db.kysely.selectFrom('audit_chain').select('seq').where('action', '=', 'retention.applied').execute()).length, 3);
    assert.equal((await t.db.kysely.selectFrom('retention_run').select('id').execute()).length, 4);
    assert.equal((await personById(ruud.id)).name, 'Ruud de Graaf');
  });
});
