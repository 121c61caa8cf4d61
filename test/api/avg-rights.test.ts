import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { uuidv7 } from 'uuidv7';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
let tenantId: string;
let privacyId: string;
before(async () => {
  t = await testApp();
  tenantId = (await t.db.kysely.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
  privacyId = (await t.db.kysely.selectFrom('app_user').select('id').where('email', '=', 'privacy@voorbeeld.nl').executeTakeFirstOrThrow()).id;
});
after(() => t.close());

const P = 'privacy@voorbeeld.nl';
const UNKNOWN = '0190a000-0000-7000-8000-000000000000';
const get = (path: string, as = P) => t.request(path, { as });
const send = (method: string, path: string, json: unknown, as = P) => t.request(path, { method, json, as });
const pseudonym = (id: string) => t.crypto.pseudonym('person', id);
const person = (name: string) => t.db.kysely.selectFrom('person').selectAll().where('tenant_id', '=', tenantId).where('name', '=', name).executeTakeFirstOrThrow();
const caseOf = (householdId: string) => t.db.kysely.selectFrom('cases').selectAll().where('household_id', '=', householdId).executeTakeFirstOrThrow();
const requests = (personId: string) => t.db.kysely.selectFrom('privacy_request').selectAll().where('person_id', '=', personId).orderBy('handled_at').execute();

describe('rechten van de inwoner: toegang', () => {
  test('only the privacy officer; policy and coordinators get 403; an unknown person is 404 everywhere', async () => {
    const lotte = await person('Lotte van Dijk');
    for (const as of ['beleid@voorbeeld.nl', 'regisseur@voorbeeld.nl', 'beheer@voorbeeld.nl']) {
      assert.equal((await get(`/api/privacy/persons/${lotte.id}/report`, as)).status, 403, as);
      assert.equal((await send('PATCH', `/api/privacy/persons/${lotte.id}`, { name: 'X', reason: 'Omdat het zo is, echt waar' }, as)).status, 403, as);
      assert.equal((await get(`/api/privacy/persons/${lotte.id}/history`, as)).status, 403, as);
      assert.equal((await send('POST', `/api/privacy/persons/${lotte.id}/erasure`, { reason: 'Verzoek van de inwoner zelf' }, as)).status, 403, as);
    }
    assert.equal((await get(`/api/privacy/persons/${UNKNOWN}/report`)).status, 404);
    assert.equal((await get(`/api/privacy/persons/${UNKNOWN}/history`)).status, 404);
    assert.equal((await send('PATCH', `/api/privacy/persons/${UNKNOWN}`, { name: 'Iemand Anders', reason: 'Naam was verkeerd gespeld' })).status, 404);
    assert.equal((await send('POST', `/api/privacy/persons/${UNKNOWN}/erasure`, { reason: 'Verzoek van de inwoner zelf' })).status, 404);
    // Another municipality's resident does not exist for this officer.
    const elders = await t.db.kysely.selectFrom('tenant').select('id').where('slug', '=', 'elders').executeTakeFirstOrThrow();
    const hh = uuidv7();
    const stranger = uuidv7();
    await t.db.kysely.insertInto('household').values({ tenant_id: elders.id, id: hh }).execute();
    await t.db.kysely.insertInto('person').values({ tenant_id: elders.id, id: stranger, household_id: hh, name: 'Ver Weg', birth_date: '1970-01-01', match_key: 'ver weg|1970-01-01' }).execute();
    assert.equal((await get(`/api/privacy/persons/${stranger}/report`)).status, 404);
  });
});

describe('inzage (AVG artikel 15)', () => {
  test('JSON: the full BSN, housemates by name and relation only, cases, story, source organisation, and processing by organisation', async () => {
    const lotte = await person('Lotte van Dijk');
    const c = await caseOf(lotte.household_id);
    assert.equal((await get(`/api/cases/${c.id}`, 'regisseur@voorbeeld.nl')).status, 200);
    const res = await get(`/api/privacy/persons/${lotte.id}/report?format=json`);
    assert.equal(res.status, 200);
    const r = await res.json();
    assert.equal(r.municipality, 'Gemeente Voorbeeld');
    assert.equal(r.person.name, 'Lotte van Dijk');
    assert.equal(r.person.bsn, '999995698');
    assert.equal(r.person.birthDate, '1990-05-19');
    assert.deepEqual(r.household, [
      { name: 'Dennis van Dijk', relation: 'partner' }, { name: 'Mila van Dijk', relation: 'dochter' }, { name: 'Finn van Dijk', relation: 'zoon' },
    ]);
    assert.equal(r.cases.length, 1);
    assert.equal(r.cases[0].reference, c.reference);
    assert.deepEqual(r.cases[0].lifeDomains, ['finances', 'income', 'housing']);
    assert.equal(r.cases[0].retentionEndsOn, null, 'a running case has no end of retention yet');
    assert.equal(r.cases[0].intakes[0].source, 'Schuldhulpverlening gemeente');
    assert.ok(r.cases[0].intakes[0].story.length > 50);
    assert.ok(r.cases[0].timeline.length >= 1);
    assert.deepEqual(r.consents.map((x: { organisations: string[]; method: string; withdrawnAt: string | null }) => [x.organisations, x.method, x.withdrawnAt]),
      [[['Woningcorporatie Woonstad'], 'written', null]], 'the demo consent for the housing corporation is in the report');
    const read = r.processing.find((l: { activity: string }) => l.activity === 'casus-inzien');
    assert.equal(read.organisation, 'Doorbraakteam');
    assert.ok(r.recipients.includes('Doorbraakteam'));
    const text = JSON.stringify(r);
    for (const hidden of ['Rachid Regisseur', 'Ilse Meijer', '2016-03-30', '1987-01-08']) assert.ok(!text.includes(hidden), `should not contain: ${hidden}`);
  });

  test('producing the report is logged for the resident and the housemates named in it, and recorded as an access request', async () => {
    const lotte = await person('Lotte van Dijk');
    await get(`/api/privacy/persons/${lotte.id}/report`);
    const members = await t.db.kysely.selectFrom('person').select('id').where('household_id', '=', lotte.household_id).execute();
    const logged = await t.db.kysely.selectFrom('processing_log').select(['subject_pseudonym', 'legal_basis', 'object_id'])
      .where('activity', '=', 'inzage-verstrekken').execute();
    assert.ok(members.every((m) => logged.some((l) => l.subject_pseudonym === pseudonym(m.id))));
    assert.ok(logged.every((l) => l.legal_basis === 'legal_obligation' && l.object_id === lotte.id));
    const recorded = await requests(lotte.id);
    assert.ok(recorded.length >= 2);
    assert.ok(recorded.every((q) => q.kind === 'access' && q.status === 'done' && q.handled_by === privacyId));
    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'privacy.access_report').execute();
    assert.ok(audit.length >= 2);
    assert.ok(!JSON.stringify(audit).includes('Lotte'));
  });

  test('PDF: readable Dutch with headings, the BSN warning, diacritics and page numbers, as a tagged PDF', async () => {
    const lotte = await person('Lotte van Dijk');
    const res = await get(`/api/privacy/persons/${lotte.id}/report?format=pdf`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="inzage-\d{4}-\d{2}-\d{2}\.pdf"/);
    const pdf = Buffer.from(await res.arrayBuffer());
    assert.equal(pdf.subarray(0, 8).toString(), '%PDF-1.7');
    assert.ok(pdf.includes('/StructTreeRoot') && pdf.includes('/MarkInfo') && pdf.includes('/Lang'));
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    for (const s of ['Uw gegevens bij de gemeente', 'Lotte van Dijk', '999995698', 'Bewaar het op een veilige plek', 'Uw huishouden',
      'Dennis van Dijk (partner)', 'Financiën (schulden)', 'Wie heeft uw gegevens gebruikt', 'Doorbraakteam', 'Autoriteit Persoonsgegevens',
      'Gemeente Voorbeeld', `Pagina 1 van ${total}`]) {
      assert.ok(text.includes(s), `missing in the PDF: ${s}`);
    }
    assert.ok(!text.includes('Rachid Regisseur'));
    assert.equal((await get(`/api/privacy/persons/${lotte.id}/report?format=docx`)).status, 422);
  });
});

describe('verbeteren (AVG artikel 16)', () => {
  test('without a reason, or with a short one, the answer is 422 naming reason', async () => {
    const jeroen = await person('Jeroen Smit');
    const none = await send('PATCH', `/api/privacy/persons/${jeroen.id}`, { name: 'Jeroen Smid' });
    assert.equal(none.status, 422);
    assert.deepEqual((await none.json()).errors.map((e: { field: string }) => e.field), ['reason']);
    const short = await send('PATCH', `/api/privacy/persons/${jeroen.id}`, { name: 'Jeroen Smid', reason: 'typo' });
    assert.equal(short.status, 422);
    assert.equal((await short.json()).errors[0].field, 'reason');
    const nothing = await send('PATCH', `/api/privacy/persons/${jeroen.id}`, { name: 'Jeroen Smit', reason: 'Niets aan de hand eigenlijk' });
    assert.equal(nothing.status, 422);
  });

  test('a correction updates the person, keeps the old values encrypted with who, when and why, and re-keys BSN and name matching', async () => {
    const jeroen = await person('Jeroen Smit');
    const res = await send('PATCH', `/api/privacy/persons/${jeroen.id}`, {
      name: 'Jeroen Smid', bsn: '111222333', reason: 'Inwoner liet paspoort zien: naam en BSN waren verkeerd overgenomen', version: jeroen.version,
    });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.name, 'Jeroen Smid');
    assert.equal(body.bsnMasked, '*****2333');
    assert.equal(body.version, jeroen.version + 1);

    const stored = await t.db.kysely.selectFrom('person_history').selectAll().where('person_id', '=', jeroen.id).executeTakeFirstOrThrow();
    assert.deepEqual(stored.fields, ['name', 'bsn']);
    assert.equal(stored.changed_by, privacyId);
    assert.ok(!stored.old_values!.includes('Smit') && !stored.old_values!.includes('999993367'), 'old values are encrypted');
    assert.deepEqual(JSON.parse(t.crypto.decrypt(stored.old_values!)), { name: 'Jeroen Smit', bsn: '999993367' });

    const history = await (await get(`/api/privacy/persons/${jeroen.id}/history`)).json();
    assert.equal(history.items.length, 1);
    assert.deepEqual(history.items[0].oldValues, { name: 'Jeroen Smit', bsn: '999993367' });
    assert.equal(history.items[0].reason, 'Inwoner liet paspoort zien: naam en BSN waren verkeerd overgenomen');
    assert.deepEqual(history.items[0].changedBy, { name: 'Priya Privacy', organisation: 'Functionaris Gegevensbescherming' });

    const search = (json: unknown) => send('POST', '/api/privacy/persons/search', json).then((r) => r.json());
    assert.deepEqual((await search({ bsn: '111222333' })).items.map((i: { id: string }) => i.id), [jeroen.id]);
    assert.deepEqual((await search({ bsn: '999993367' })).items, []);
    assert.deepEqual((await search({ name: 'jeroen smid', birthDate: '1988-09-27' })).items.map((i: { id: string }) => i.id), [jeroen.id]);

    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'person.rectified').executeTakeFirstOrThrow();
    assert.deepEqual((audit.data as { fields: string[] }).fields, ['name', 'bsn']);
    assert.ok(!JSON.stringify(audit.data).includes('Smi'));
    const log = await t.db.kysely.selectFrom('processing_log').select(['action', 'legal_basis']).where('activity', '=', 'gegevens-rectificeren')
      .where('subject_pseudonym', '=', pseudonym(jeroen.id)).execute();
    assert.ok(log.some((l) => l.action === 'update') && log.some((l) => l.action === 'read'));
    assert.deepEqual((await requests(jeroen.id)).map((q) => [q.kind, q.status]), [['rectification', 'done']]);
  });

  test('a stale version is 409; a BSN that belongs to someone else is 409', async () => {
    const jeroen = await person('Jeroen Smid');
    const stale = await send('PATCH', `/api/privacy/persons/${jeroen.id}`, { relation: 'zelf ', reason: 'Relatie aangepast na gesprek', version: jeroen.version - 1 });
    assert.equal(stale.status, 409);
    const taken = await send('PATCH', `/api/privacy/persons/${jeroen.id}`, { bsn: '999995698', reason: 'Ander BSN doorgegeven door inwoner' });
    assert.equal(taken.status, 409);
    assert.equal((await person('Jeroen Smid')).version, jeroen.version, 'nothing changed');
  });
});

describe('wissen (AVG artikel 17)', () => {
  test('refused while the case runs, with the legal ground recorded', async () => {
    const lotte = await person('Lotte van Dijk');
    const res = await send('POST', `/api/privacy/persons/${lotte.id}/erasure`, { reason: 'Inwoner wil niet meer geholpen worden' });
    assert.equal(res.status, 409);
    const problem = await res.json();
    assert.match(problem.detail, /artikel 17 lid 3 onder b/);
    assert.match(problem.detail, /loopt nog/);
    const refused = (await requests(lotte.id)).filter((q) => q.kind === 'erasure');
    assert.equal(refused.length, 1);
    assert.equal(refused[0].status, 'refused');
    assert.equal(refused[0].legal_ground, problem.detail);
    assert.equal(refused[0].note, 'Inwoner wil niet meer geholpen worden');
    assert.equal((await person('Lotte van Dijk')).bsn_hash, lotte.bsn_hash, 'nothing erased');
  });

  test('refused for a closed case within retention, naming the term and its source; without a reason 422', async () => {
    const monique = await person('Monique Peeters');
    assert.equal((await send('POST', `/api/privacy/persons/${monique.id}/erasure`, {})).status, 422);
    const res = await send('POST', `/api/privacy/persons/${monique.id}/erasure`, { reason: 'Inwoner vraagt om verwijdering' });
    assert.equal(res.status, 409);
    const { detail } = await res.json();
    assert.match(detail, /bewaren tot \d{4}-\d{2}-\d{2}/);
    assert.match(detail, /Archiefwet/);
    const [refused] = (await requests(monique.id)).filter((q) => q.kind === 'erasure');
    assert.equal(refused.status, 'refused');
    assert.match(refused.legal_ground ?? '', /Archiefwet/);
  });

  test('after retention: name, BSN, birth date, story and contact go; the case row, kind, dates and life domains stay', async () => {
    const monique = await person('Monique Peeters');
    const c = await caseOf(monique.household_id);
    await t.db.kysely.updateTable('cases').set({ closed_at: new Date(Date.now() - 8 * 366 * 86400_000) }).where('id', '=', c.id).execute();
    await t.db.kysely.insertInto('consent').values({
      tenant_id: tenantId, id: uuidv7(), case_id: c.id, person_id: monique.id, purpose: 'Delen met de schuldhulp van Monique',
      organisations: ['Schuldhulpverlening'], sections: ['story'], method: 'written', given_on: '2025-01-01', recorded_by: privacyId,
    }).execute();
    const k = t.db.kysely;
    await k.insertInto('perspective').values({ tenant_id: tenantId, case_id: c.id, own_words: 'Monique wil weer rust', needs: 'Een vaste afspraak' }).execute();
    await k.insertInto('blocker').values({ tenant_id: tenantId, case_id: c.id, problem: 'Beslag op het loon van Monique', kinds: ['rule'], proposed_step: 'Beslag opschorten', one_off_cents: 50_000 }).execute();
    await k.insertInto('plan_action').values({ tenant_id: tenantId, id: uuidv7(), case_id: c.id, what: 'Monique belt de deurwaarder', owner_kind: 'household', owner_name: 'Monique', status: 'done' }).execute();

    const res = await send('POST', `/api/privacy/persons/${monique.id}/erasure`, { reason: 'Inwoner vraagt om verwijdering' });
    assert.equal(res.status, 200);
    const out = await res.json();
    assert.equal(out.status, 'done');
    assert.equal(out.personsErased, 1);
    assert.equal(out.casesBlanked, 1);

    const p = await t.db.kysely.selectFrom('person').selectAll().where('id', '=', monique.id).executeTakeFirstOrThrow();
    assert.equal(p.name, 'Verwijderd');
    assert.equal(p.birth_date, null);
    assert.equal(p.bsn_encrypted, null);
    assert.equal(p.bsn_hash, null);
    assert.ok(p.erased_at);
    const after = await caseOf(monique.household_id);
    assert.deepEqual([after.status, after.kind, after.step, after.reference], [c.status, c.kind, c.step, c.reference]);
    assert.deepEqual(after.life_domains, c.life_domains);
    assert.deepEqual(after.contact, {});
    const intake = await t.db.kysely.selectFrom('intake').select(['story', 'reporter']).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    assert.equal(intake.story, 'Verwijderd');
    assert.deepEqual(intake.reporter, { name: 'Verwijderd', organisation: 'Sociaal raadslieden, welzijnsorganisatie' });
    const consent = await t.db.kysely.selectFrom('consent').select(['purpose', 'organisations']).where('person_id', '=', monique.id).executeTakeFirstOrThrow();
    assert.equal(consent.purpose, 'Verwijderd');
    assert.deepEqual(consent.organisations, ['Schuldhulpverlening']);
    const perspective = await k.selectFrom('perspective').select(['own_words', 'needs']).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    assert.deepEqual(perspective, { own_words: null, needs: null });
    const blocker = await k.selectFrom('blocker').select(['problem', 'proposed_step', 'kinds', 'one_off_cents']).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    assert.deepEqual([blocker.problem, blocker.proposed_step, blocker.kinds, Number(blocker.one_off_cents)], [null, null, ['rule'], 50_000], 'kinds and costs stay for the figures');
    const action = await k.selectFrom('plan_action').select(['what', 'owner_name', 'status']).where('case_id', '=', c.id).executeTakeFirstOrThrow();
    assert.deepEqual(action, { what: 'Verwijderd', owner_name: 'Verwijderd', status: 'done' });

    assert.deepEqual((await send('POST', '/api/privacy/persons/search', { bsn: '999997622' }).then((r) => r.json())).items, []);
    const log = await t.db.kysely.selectFrom('processing_log').select('action').where('activity', '=', 'gegevens-wissen')
      .where('subject_pseudonym', '=', pseudonym(monique.id)).execute();
    assert.deepEqual(log.map((l) => l.action).sort(), ['delete', 'read']);
    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'privacy.erased').executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(audit.data).includes('Monique'));
    assert.deepEqual((await requests(monique.id)).filter((q) => q.kind === 'erasure').map((q) => q.status), ['refused', 'done']);

    const again = await send('POST', `/api/privacy/persons/${monique.id}/erasure`, { reason: 'Inwoner vraagt om verwijdering' });
    assert.equal(again.status, 409);
    const report = await (await get(`/api/privacy/persons/${monique.id}/report`)).json();
    assert.equal(report.person.erased, true);
    assert.equal(report.person.name, 'Verwijderd');
    assert.equal(report.cases[0].intakes[0].story, 'Verwijderd');
  });
});
