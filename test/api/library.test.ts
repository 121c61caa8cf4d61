import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { findIdentifiers } from '../../src/library/model.ts';
import { withTenant } from '../../src/platform/db/tenant.ts';
import { type TestApp, testApp } from '../helpers/app.ts';
import { caseOfMember } from '../helpers/access.ts';
import { COORDINATOR } from '../helpers/workflow.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const POLICY = 'beleid@voorbeeld.nl';
const PRIVACY = 'privacy@voorbeeld.nl';
const ELDERS = 'regisseur@elders.nl';
const get = (path: string, as = COORDINATOR) => t.request(path, { as });
const send = (method: string, path: string, json: unknown, as = COORDINATOR) => t.request(path, { method, as, json });
const search = async (query: string, as = COORDINATOR) => {
  const res = await get(`/api/library?${query}`, as);
  assert.equal(res.status, 200, `${query}: ${res.status}`);
  return res.json();
};
const titles = (body: { items: { title: string }[] }) => body.items.map((i) => i.title);

describe('Dutch full-text search', () => {
  test('in the database: "aanvragen" finds "aanvraag", "woningen" finds "woning"', async () => {
    const tenantId = (await t.db.kysely.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
    const rows = await withTenant(t.db.kysely, { tenantId, userId: null }, async (tx) => {
      await tx.insertInto('library_entry').values({
        tenant_id: tenantId, id: uuidv7(), municipality: 'Gemeente Voorbeeld', title: 'Stemtest', problem: 'Eén aanvraag voor een woning bij de corporatie',
        blocker: 'Niets', breakthrough: 'Niets', outcome: null, current_yearly_cents: 0, one_off_cents: 0, yearly_cents: 0, avoided_1y_cents: 0,
        avoided_5y_cents: 0, life_domains: [], blocker_kinds: [], rule_ids: [], rule_codes: [], rule_labels: [], rules_text: '',
      }).execute();
      return (await sql<{ title: string }>`select title from library_entry where search @@ websearch_to_tsquery('dutch', 'aanvragen woningen')`.execute(tx)).rows;
    });
    assert.ok(rows.some((r) => r.title === 'Stemtest'));
  });

  test('through the API, best match first, with filters on life domain, kind and rule', async () => {
    const found = await search('q=aanvragen');
    assert.equal(found.textUsed, true);
    assert.ok(titles(found).includes('Tijdelijk identiteitsbewijs en uitleg over een uitkering tijdens een verblijfsprocedure'));
    const dog = await search('q=hond%20kliniek');
    assert.equal(dog.items[0].title, 'Dierenpension betaald zodat een dakloze vrouw kan afkicken');
    assert.ok(dog.items[0].rank > 0);
    const brp = await search('rule=BRP-2.39');
    assert.deepEqual(titles(brp).sort(), ['Briefadres en afspraken met Toeslagen bij tijdelijk inwonen bij familie',
      'Tijdelijk identiteitsbewijs en uitleg over een uitkering tijdens een verblijfsprocedure']);
    const residence = await search('lifeDomain=residence_status&kind=registration');
    assert.ok(residence.items.length >= 2);
    assert.ok(residence.items.every((i: { lifeDomains: string[]; blockerKinds: string[] }) => i.lifeDomains.includes('residence_status') && i.blockerKinds.includes('registration')));
    assert.equal((await get('/api/library?lifeDomain=maan')).status, 422);
  });

  test('pages keep the best match first and the same total, also past the last page', async () => {
    const all = await search('q=gemeente&limit=50');
    assert.ok(all.total >= 3 && all.items.length === all.total, 'the first page holds every match');
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      const page = await search(`q=gemeente&limit=2&offset=${offset}`);
      assert.equal(page.total, all.total);
      pages.push(...titles(page));
    }
    assert.deepEqual(pages, titles(all));
    const past = await search(`q=gemeente&limit=2&offset=${all.total + 10}`);
    assert.deepEqual(past.items, []);
    assert.equal(past.total, all.total);
    assert.equal((await search('q=alpacaboerderij')).total, 0);
  });

  test('odd input gives results or an empty list, never a 500', async () => {
    const odd = ['"aanvraag', 'aanvraag & | ! <-> :* ( )', '-', 'or', "'; drop table library_entry; --", '%00%01', '100%25', '🐕 hond', 'x'.repeat(5000),
      '""""', '!!!', 'de het een', ':*', '\\'];
    for (const q of odd) {
      const body = await search(`q=${encodeURIComponent(q).replace('%2500', '%00')}`);
      assert.ok(Array.isArray(body.items), q);
    }
    const stop = await search('q=de%20het%20een');
    assert.equal(stop.textUsed, false);
    assert.ok(stop.items.length > 0, 'only stop words: the filters alone decide');
    assert.ok((await search(`q=${'aanvraag '.repeat(400)}`)).items.length > 0, 'long input is cut, not refused');
  });

  test('shared entries of another municipality show; its local and requested ones do not', async () => {
    const shared = await search('scope=shared');
    assert.ok(shared.items.length >= 2);
    assert.ok(shared.items.every((i: { own: boolean; municipality: string; fromCase: boolean }) => !i.own && i.municipality === 'Gemeente Elders' && !i.fromCase));
    const fromElders = await search('scope=shared', ELDERS);
    assert.ok(titles(fromElders).includes('Een vaste oppas zodat een jonge moeder kan studeren en werken'));
    assert.ok(!titles(fromElders).includes('Eerst het buurtteam op huisbezoek, pas daarna een maatregel'), 'requested is not shared');
    assert.ok(!titles(fromElders).includes('Luisteren naar de bewoner die onrust in de wijk gaf'), 'local is not shared');
    const local = (await search('q=buurtteam%20huisbezoek')).items[0];
    assert.equal((await get(`/api/library/${local.id}`, ELDERS)).status, 404);
    assert.equal((await get('/api/library', 'partner@woonstad.nl')).status, 403);
  });

  test('every seeded entry is free of identifiers', async () => {
    const all = await search('limit=50');
    for (const e of all.items) {
      for (const f of ['title', 'problem', 'blocker', 'breakthrough', 'outcome']) assert.deepEqual(findIdentifiers(e[f] ?? ''), [], `${e.title}: ${f}`);
    }
  });
});

describe('publishing a breakthrough from a case', () => {
  let caseId: string;
  let entryId: string;
  let version: number;
  before(async () => {
    ({ caseId } = await caseOfMember(t, 'Naomi Verhoef'));
    await t.db.kysely.updateTable('cases').set({ status: 'closed', outcome: 'breakthrough', closed_at: new Date() }).where('id', '=', caseId).execute();
  });

  test('a case that runs, or closed without a breakthrough, cannot be published', async () => {
    const { caseId: running } = await caseOfMember(t, 'Sandra Mulder');
    const draft = await (await get(`/api/cases/${running}/library-draft`)).json();
    assert.equal(draft.publishable, false);
    assert.match(draft.reason, /nog niet afgesloten/);
    const res = await send('POST', `/api/cases/${running}/library-entry`, clean);
    assert.equal(res.status, 409);
  });

  test('the draft proposes the texts from step 4 and shows what still points at the household', async () => {
    const res = await get(`/api/cases/${caseId}/library-draft`);
    assert.equal(res.status, 200);
    const draft = await res.json();
    assert.equal(draft.publishable, true);
    assert.match(draft.texts.breakthrough, /oppas/);
    assert.ok(draft.findings.some((f: { kind: string; text: string }) => f.kind === 'name' && f.text === 'Naomi'));
    assert.deepEqual(draft.rules.map((r: { code: string }) => r.code).sort(), ['PW-35', 'WKO-1.6']);
    assert.equal((await get(`/api/cases/${caseId}/library-draft`, POLICY)).status, 403);
  });

  test('refused with 422 naming per field what was found', async () => {
    const res = await send('POST', `/api/cases/${caseId}/library-entry`, {
      ...clean, problem: 'Naomi Verhoef (BSN 999991887) woont op Kerkstraat 12 en is bereikbaar op 06-12345678.',
      outcome: 'J. de Vries van school mailt naar naomi.verhoef@example.nl; geboren 14-08-2003.',
    });
    assert.equal(res.status, 422);
    const p = await res.json();
    assert.match(p.type, /herleidbare-gegevens/);
    const byField = Object.fromEntries(p.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
    assert.match(byField.problem, /een naam \(Naomi Verhoef\)/);
    assert.match(byField.problem, /een BSN \(\*\*\*\*\*1887\)/);
    assert.match(byField.problem, /een adres \(Kerkstraat 12\)/);
    assert.match(byField.problem, /een telefoonnummer \(06-12345678\)/);
    assert.match(byField.outcome, /J\. de Vries/);
    assert.match(byField.outcome, /e-mailadres/);
    assert.match(byField.outcome, /14-08-2003/);
    assert.ok(!JSON.stringify(p).includes('999991887'), 'the BSN itself is not repeated');
    assert.equal(await t.db.kysely.selectFrom('library_entry').select('id').where('source_case_id', '=', caseId).executeTakeFirst(), undefined);
  });

  test('a clean text is published with the costs, rules and life domains of the case; once', async () => {
    const res = await send('POST', `/api/cases/${caseId}/library-entry`, { ...clean, requestSharing: true });
    assert.equal(res.status, 201);
    const e = await res.json();
    ({ id: entryId, version } = e);
    assert.equal(e.sharing, 'requested');
    assert.equal(e.fromCase, true);
    assert.equal(e.costs.oneOffCents, 25_000);
    assert.ok(e.lifeDomains.includes('parenting'));
    assert.deepEqual(e.rules.map((r: { code: string }) => r.code).sort(), ['PW-35', 'WKO-1.6']);
    const overview = await (await get(`/api/cases/${caseId}`)).json();
    assert.ok(overview.timeline.some((ev: { type: string }) => ev.type === 'library_published'));
    const log = await t.db.kysely.selectFrom('processing_log').select('action').where('activity', '=', 'oplossing-publiceren').where('case_id', '=', caseId).execute();
    assert.ok(log.some((l) => l.action === 'create'));
    assert.equal((await send('POST', `/api/cases/${caseId}/library-entry`, clean)).status, 409);
  });

  test('the privacy officer approves sharing; a coordinator cannot; refusing needs a reason', async () => {
    assert.equal((await send('POST', `/api/library/${entryId}/sharing`, { decision: 'approve', version })).status, 403);
    const noReason = await send('POST', `/api/library/${entryId}/sharing`, { decision: 'refuse', version }, PRIVACY);
    assert.equal((await noReason.json()).errors[0].field, 'note');
    const queue = await search('sharing=requested', PRIVACY);
    assert.ok(queue.items.some((i: { id: string }) => i.id === entryId));
    const ok = await send('POST', `/api/library/${entryId}/sharing`, { decision: 'approve', version }, PRIVACY);
    assert.equal(ok.status, 200);
    const approved = await ok.json();
    assert.equal(approved.sharing, 'approved');
    assert.equal((await get(`/api/library/${entryId}`, ELDERS)).status, 200, 'the other municipality reads it now');
    const stale = await send('POST', `/api/library/${entryId}/sharing`, { decision: 'withdraw', version });
    assert.equal(stale.status, 409);
    // Approving what is already approved: the state in words, not a code.
    const twice = await send('POST', `/api/library/${entryId}/sharing`, { decision: 'approve', version: approved.version }, PRIVACY);
    assert.equal(twice.status, 409);
    assert.match((await twice.json()).detail, /staat op ‘gedeeld met andere gemeenten’/);
    version = approved.version;
  });

  test('an edit is checked again and must be approved again; the other municipality cannot edit', async () => {
    const named = await send('PATCH', `/api/library/${entryId}`, { outcome: 'Lucas gaat met plezier naar de oppas.', version });
    assert.equal(named.status, 422, 'a household name is still recognised after publishing');
    const res = await send('PATCH', `/api/library/${entryId}`, { outcome: 'Het kind gaat met plezier naar de oppas en de moeder werkt twee dagen.', version });
    assert.equal(res.status, 200);
    const e = await res.json();
    assert.equal(e.sharing, 'requested');
    version = e.version;
    assert.equal((await get(`/api/library/${entryId}`, ELDERS)).status, 404);
    const other = (await search('scope=shared')).items[0];
    assert.equal((await send('PATCH', `/api/library/${other.id}`, { title: 'Niet van ons, toch wijzigen', version: other.version })).status, 403);
  });

  test('checking a text without saving, with the household names of a case', async () => {
    const res = await send('POST', '/api/library/check', { texts: { problem: 'Met mevrouw Jansen en Lucas besproken' }, caseId });
    const body = await res.json();
    assert.equal(body.clean, false);
    assert.deepEqual(body.findings.map((f: { text: string }) => f.text), ['mevrouw Jansen', 'Lucas']);
    const cleanCheck = await (await send('POST', '/api/library/check', { texts: { problem: 'Een moeder met een peuter' } })).json();
    assert.equal(cleanCheck.clean, true);
  });

  test('an entry can be taken out of the library with its version', async () => {
    assert.equal((await t.request(`/api/library/${entryId}?version=${version + 5}`, { method: 'DELETE', as: COORDINATOR })).status, 409);
    assert.equal((await t.request(`/api/library/${entryId}?version=${version}`, { method: 'DELETE', as: COORDINATOR })).status, 204);
    assert.equal((await get(`/api/library/${entryId}`)).status, 404);
  });
});

describe('similar solutions in step 4', () => {
  test('a case blocked by the Wet BRP gets the BRP solutions first, with reasons', async () => {
    const { caseId } = await caseOfMember(t, 'Jeroen Smit');
    const res = await get(`/api/cases/${caseId}/similar-solutions`);
    assert.equal(res.status, 200);
    const { items } = await res.json();
    assert.ok(items.length > 0 && items.length <= 5);
    assert.equal(items[0].entry.title, 'Briefadres en afspraken met Toeslagen bij tijdelijk inwonen bij familie');
    assert.ok(items[0].reasons.includes('zelfde regel: BRP-2.39'));
    assert.deepEqual(items[0].match.ruleCodes, ['BRP-2.39']);
    assert.equal(typeof items[0].match.text, 'boolean');
    assert.ok(items[0].score >= items[items.length - 1].score);
    const log = await t.db.kysely.selectFrom('processing_log').select('id').where('activity', '=', 'oplossingen-vergelijken').where('case_id', '=', caseId).execute();
    assert.ok(log.length > 0);
  });

  test('a case without a blocker gets suggestions from its life domains and story; policy and outsiders do not', async () => {
    const { caseId } = await caseOfMember(t, 'Lotte van Dijk');
    const { items } = await (await get(`/api/cases/${caseId}/similar-solutions`)).json();
    assert.ok(items.length > 0);
    assert.equal((await get(`/api/cases/${caseId}/similar-solutions`, POLICY)).status, 403);
    assert.equal((await get(`/api/cases/${caseId}/similar-solutions`, ELDERS)).status, 404);
  });

  test('a partner who sees the blocker of a case still does not browse the library through it', async () => {
    const PARTNER = 'partner@woonstad.nl';
    const member = await t.db.kysely.selectFrom('case_member as m').innerJoin('app_user as u', 'u.id', 'm.user_id')
      .select(['m.case_id']).where('u.email', '=', PARTNER).executeTakeFirstOrThrow();
    await sql`update case_member set sections = array_append(sections, 'breakthrough') where case_id = ${member.case_id}
      and user_id = (select id from app_user where email = ${PARTNER})`.execute(t.db.kysely);
    await sql`update consent set sections = array_append(sections, 'breakthrough') where case_id = ${member.case_id}`.execute(t.db.kysely);
    assert.equal((await get(`/api/cases/${member.case_id}/blocker`, PARTNER)).status, 200, 'the partner reads the blocker now');
    assert.equal((await get(`/api/cases/${member.case_id}/similar-solutions`, PARTNER)).status, 403);
  });
});

const clean = {
  title: 'Een vaste oppas zodat een jonge moeder haar opleiding afmaakt',
  problem: 'Een jonge moeder kon haar opleiding niet afmaken en niet werken, omdat niemand op haar zoontje paste.',
  blocker: 'Kinderopvangtoeslag geldt alleen voor geregistreerde opvang met een wachtlijst; een oppas uit de buurt valt er niet onder.',
  breakthrough: 'De gemeente betaalt een jaar lang een vaste oppas voor drie dagen per week.',
  outcome: 'Zij maakt haar opleiding af en werkt twee dagen per week.',
};
