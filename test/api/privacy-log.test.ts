import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
let tenantId: string;
let lotte: { id: string; household_id: string };
let lotteCase: { id: string; reference: string };
let regisseurId: string;
before(async () => {
  t = await testApp();
  const db = t.db.kysely;
  tenantId = (await db.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
  lotte = await db.selectFrom('person').select(['id', 'household_id']).where('tenant_id', '=', tenantId).where('name', '=', 'Lotte van Dijk').executeTakeFirstOrThrow();
  lotteCase = await db.selectFrom('cases').select(['id', 'reference']).where('household_id', '=', lotte.household_id).executeTakeFirstOrThrow();
  regisseurId = (await db.selectFrom('app_user').select('id').where('email', '=', 'regisseur@voorbeeld.nl').executeTakeFirstOrThrow()).id;
  // The coordinator opens the case: a read by a named employee of a named organisation.
  assert.equal((await t.request(`/api/cases/${lotteCase.id}`, { as: 'regisseur@voorbeeld.nl' })).status, 200);
});
after(() => t.close());

const P = 'privacy@voorbeeld.nl';
const get = (path: string, as = P) => t.request(path, { as });
const pseudonym = (id: string) => t.crypto.pseudonym('person', id);

/** Splits ';'-separated lines with "quoted" fields, as Excel reads them. */
function parseCsv(text: string): string[][] {
  return text.split('\r\n').filter((l) => l !== '').map((line) => {
    const fields: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted && ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') quoted = !quoted;
      else if (ch === ';' && !quoted) { fields.push(cur); cur = ''; } else cur += ch;
    }
    fields.push(cur);
    return fields;
  });
}

describe('verwerkingenlog voor de privacy officer', () => {
  test('only the privacy officer may search, export or read the register; others get 403, strangers 401', async () => {
    for (const as of ['regisseur@voorbeeld.nl', 'beleid@voorbeeld.nl', 'beheer@voorbeeld.nl', 'melder@voorbeeld.nl']) {
      assert.equal((await get('/api/privacy/processing', as)).status, 403, as);
      assert.equal((await get('/api/privacy/processing/export', as)).status, 403, as);
      assert.equal((await get('/api/privacy/activities', as)).status, 403, as);
      assert.equal((await t.request('/api/privacy/persons/search', { method: 'POST', json: { bsn: '999995698' }, as })).status, 403, as);
    }
    assert.equal((await t.request('/api/privacy/processing')).status, 401);
  });

  test('the register of processing activities lists each activity with its purpose, the officer’s own included', async () => {
    const { items } = await (await get('/api/privacy/activities')).json();
    const byId = new Map(items.map((i: { id: string; purpose: string }) => [i.id, i.purpose]));
    assert.equal(byId.get('intake-registreren'), 'Aanmelding van een vastgelopen situatie vastleggen');
    assert.match(String(byId.get('verwerkingen-inzien')), /verwerkingenlog/);
    assert.ok(byId.has('bewaartermijn-verwerken') && byId.has('gegevens-wissen'));
  });

  test('finding a person goes by POST: by BSN through its keyed hash, or by name and birth date ignoring case and accents; the search is logged', async () => {
    const byBsn = await t.request('/api/privacy/persons/search', { method: 'POST', json: { bsn: '9999 95 698' }, as: P });
    assert.equal(byBsn.status, 200);
    const { items } = await byBsn.json();
    assert.equal(items.length, 1);
    assert.equal(items[0].id, lotte.id);
    assert.equal(items[0].bsnMasked, '*****5698');
    assert.deepEqual(items[0].cases.map((c: { reference: string }) => c.reference), [lotteCase.reference]);
    const byName = await (await t.request('/api/privacy/persons/search', { method: 'POST', json: { name: '  LOTTE van  Dijk ', birthDate: '1990-05-19' }, as: P })).json();
    assert.deepEqual(byName.items.map((i: { id: string }) => i.id), [lotte.id]);
    const nobody = await (await t.request('/api/privacy/persons/search', { method: 'POST', json: { name: 'Lotte van Dijk', birthDate: '1990-05-20' }, as: P })).json();
    assert.deepEqual(nobody.items, []);
    const logged = await t.db.kysely.selectFrom('processing_log').select(['legal_basis', 'action'])
      .where('activity', '=', 'persoon-zoeken').where('subject_pseudonym', '=', pseudonym(lotte.id)).execute();
    assert.equal(logged.length, 2);
    assert.ok(logged.every((l) => l.legal_basis === 'legal_obligation' && l.action === 'read'));
    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'privacy.person_search').execute();
    assert.deepEqual(audit.map((a) => (a.data as { found: number }).found), [1, 1, 0], 'a search that finds nobody is still on record');
  });

  test('a wrong BSN or a half search is refused naming the field', async () => {
    const bad = await t.request('/api/privacy/persons/search', { method: 'POST', json: { bsn: '123456789' }, as: P });
    assert.equal(bad.status, 422);
    assert.equal((await bad.json()).errors[0].field, 'bsn');
    const half = await t.request('/api/privacy/persons/search', { method: 'POST', json: { name: 'Lotte van Dijk' }, as: P });
    assert.equal(half.status, 422);
  });

  test('by person: every line is about that person’s pseudonym, with purpose, actor and organisation, and reading it is logged', async () => {
    const res = await get(`/api/privacy/processing?person=${lotte.id}&limit=200`);
    assert.equal(res.status, 200);
    const { items } = await res.json();
    assert.ok(items.length >= 2);
    assert.ok(items.every((i: { subjectPseudonym: string }) => i.subjectPseudonym === pseudonym(lotte.id)));
    const intake = items.find((i: { activity: string }) => i.activity === 'intake-registreren');
    assert.equal(intake.purpose, 'Aanmelding van een vastgelopen situatie vastleggen');
    assert.equal(intake.action, 'create');
    assert.equal(intake.caseReference, lotteCase.reference);
    const read = items.find((i: { activity: string }) => i.activity === 'casus-inzien');
    assert.deepEqual(read.actor, { id: regisseurId, name: 'Rachid Regisseur', organisation: 'Doorbraakteam' });
    assert.equal(read.objectType, 'case');
    assert.equal(read.objectId, lotteCase.id);
    assert.equal(read.result, 'success');
    assert.equal(read.traceId.length, 32);
    assert.equal(read.spanId.length, 16);
    const own = await t.db.kysely.selectFrom('processing_log as pl').innerJoin('app_user as u', 'u.id', 'pl.actor_id')
      .select(['pl.legal_basis', 'pl.object_type']).where('pl.activity', '=', 'verwerkingen-inzien')
      .where('u.email', '=', P).where('pl.subject_pseudonym', '=', pseudonym(lotte.id)).execute();
    assert.ok(own.length >= 1);
    assert.ok(own.every((o) => o.legal_basis === 'legal_obligation' && o.object_type === 'processing_log'));
  });

  test('keyset paging by case walks every line exactly once, newest first', async () => {
    const expected = await t.db.kysely.selectFrom('processing_log').select('id').where('case_id', '=', lotteCase.id).execute();
    const seen: { id: string; at: string }[] = [];
    let cursor: string | null = null;
    do {
      const res: Response = await get(`/api/privacy/processing?case=${lotteCase.reference}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(res.status, 200);
      const page: { items: { id: string; at: string; caseReference: string }[]; nextCursor: string | null } = await res.json();
      assert.ok(page.items.length <= 2);
      assert.ok(page.items.every((i) => i.caseReference === lotteCase.reference));
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, expected.length);
    assert.deepEqual(new Set(seen.map((s) => s.id)), new Set(expected.map((e) => e.id)));
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1].at >= seen[i].at, 'newest first');
    const broken = await get(`/api/privacy/processing?cursor=${Buffer.from('{"x":1}').toString('base64url')}`);
    assert.equal(broken.status, 422);
    assert.equal((await broken.json()).errors[0].field, 'cursor');
  });

  test('filters by employee, activity and period (Dutch calendar days); unknown case 422, unknown person 404', async () => {
    const byUser = await (await get(`/api/privacy/processing?user=${regisseurId}&limit=200`)).json();
    assert.ok(byUser.items.length >= 1);
    assert.ok(byUser.items.every((i: { actor: { id: string } }) => i.actor.id === regisseurId));
    const byActivity = await (await get('/api/privacy/processing?activity=intake-registreren&limit=200')).json();
    assert.ok(byActivity.items.length >= 10);
    assert.ok(byActivity.items.every((i: { activity: string }) => i.activity === 'intake-registreren'));

    const row = await t.db.kysely.selectFrom('processing_log')
      .select(['id', sql<string>`to_char(at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('day'),
        sql<string>`to_char((at at time zone 'Europe/Amsterdam')::date + 1, 'YYYY-MM-DD')`.as('next')])
      .where('case_id', '=', lotteCase.id).orderBy('at').limit(1).executeTakeFirstOrThrow();
    const that = await (await get(`/api/privacy/processing?case=${lotteCase.reference}&from=${row.day}&to=${row.day}&limit=200`)).json();
    assert.ok(that.items.some((i: { id: string }) => i.id === row.id));
    const later = await (await get(`/api/privacy/processing?case=${lotteCase.reference}&from=${row.next}&limit=200`)).json();
    assert.ok(!later.items.some((i: { id: string }) => i.id === row.id));

    const unknownCase = await get('/api/privacy/processing?case=1999-99999');
    assert.equal(unknownCase.status, 422);
    assert.equal((await unknownCase.json()).errors[0].field, 'case');
    assert.equal((await get('/api/privacy/processing?person=0190a000-0000-7000-8000-000000000000')).status, 404);
    const reversed = await get('/api/privacy/processing?from=2026-02-01&to=2026-01-01');
    assert.equal(reversed.status, 422);
    assert.equal((await reversed.json()).errors[0].field, 'to');
    const activity = await get('/api/privacy/processing?activity=iets-anders');
    assert.equal(activity.status, 422);
    assert.equal((await activity.json()).errors[0].field, 'activity');
  });

  test('CSV export: UTF-8 BOM, a header row, ";" between fields, one line per data subject of every processing', async () => {
    const expected = await t.db.kysely.selectFrom('processing_log').select(['span_id', 'subject_pseudonym']).where('case_id', '=', lotteCase.id).execute();
    const res = await get(`/api/privacy/processing/export?case=${lotteCase.reference}&format=csv`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="verwerkingen-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
    const [header, ...lines] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    assert.deepEqual(header.slice(0, 5), ['tijdstip', 'trace_id', 'span_id', 'activiteit', 'doel']);
    assert.equal(header.at(-1), 'betrokkene_pseudoniem');
    assert.equal(lines.length, expected.length);
    assert.ok(lines.every((l) => l.length === header.length));
    // The household has four members: the intake is four lines, one per member, each with its own pseudonym.
    const members = await t.db.kysely.selectFrom('person').select('id').where('household_id', '=', lotte.household_id).execute();
    const intakeLines = lines.filter((l) => l[3] === 'intake-registreren');
    assert.equal(intakeLines.length, members.length);
    // A pseudonym can start with "-": the export then puts a quote before it so Excel does not run it.
    const undefused = (cell: string | undefined) => cell?.replace(/^'(?=[=+\-@])/, '');
    assert.deepEqual(new Set(intakeLines.map((l) => undefused(l.at(-1)))), new Set(members.map((m) => pseudonym(m.id))));
    assert.ok(lines.some((l) => l[10] === 'Rachid Regisseur' && l[11] === 'Doorbraakteam'));
  });

  test('JSON export holds the same lines; every export is logged and goes on the audit chain', async () => {
    const before = await t.db.kysely.selectFrom('processing_log').select(sql<number>`count(*)::int`.as('n'))
      .where('activity', '=', 'verwerkingen-inzien').executeTakeFirstOrThrow();
    const res = await get(`/api/privacy/processing/export?case=${lotteCase.reference}&format=json`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    const lines = await res.json();
    const expected = await t.db.kysely.selectFrom('processing_log').select('id').where('case_id', '=', lotteCase.id).execute();
    assert.equal(lines.length, expected.length);
    assert.ok(lines.every((l: { caseReference: string }) => l.caseReference === lotteCase.reference));
    const after = await t.db.kysely.selectFrom('processing_log').select(sql<number>`count(*)::int`.as('n'))
      .where('activity', '=', 'verwerkingen-inzien').executeTakeFirstOrThrow();
    assert.equal(after.n - before.n, new Set(lines.map((l: { subjectPseudonym: string }) => l.subjectPseudonym)).size, 'one log line per subject exported');
    const audit = await t.db.kysely.selectFrom('audit_chain').select('data').where('action', '=', 'privacy.processing_exported')
      .orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(audit.data, { format: 'json', lines: lines.length, filters: ['case'] });
    assert.equal((await get('/api/privacy/processing/export?format=xml')).status, 422);
  });

  test('no personal data in any URL: privacy endpoints take no name, BSN or birth date in path or query', async () => {
    const doc = await (await t.request('/api/openapi.json')).json();
    const privacyPaths = Object.entries(doc.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>)
      .filter(([path]) => path.startsWith('/api/privacy/'));
    assert.ok(privacyPaths.length >= 8);
    const names = privacyPaths.flatMap(([path, ops]) => [path, ...Object.values(ops).flatMap((op) => (op.parameters ?? []).map((p) => p.name))]);
    for (const n of names) assert.ok(!/bsn|name|naam|birth|geboorte/i.test(n), `personal data in a URL: ${n}`);
    assert.ok(doc.paths['/api/privacy/persons/search'].post, 'the search is a POST');
  });
});
