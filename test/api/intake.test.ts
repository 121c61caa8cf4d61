import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addWorkingDays, amsterdamDate } from '../../src/platform/time/working-days.ts';
import { type TestApp, minimalIntake, testApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => { t = await testApp(); });
after(() => t.close());

const file = (body: unknown, as = 'melder@voorbeeld.nl') => t.request('/api/intakes', { method: 'POST', json: body, as });
const count = async (table: 'cases' | 'intake' | 'person' | 'processing_log') =>
  Number((await t.db.kysely.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describe('aanmelden', () => {
  test('a logged-in reporter files an intake and gets both due dates in Dutch working days', async () => {
    const res = await file(minimalIntake());
    assert.equal(res.status, 201);
    const body = await res.json();
    const today = amsterdamDate(new Date());
    assert.equal(body.firstContactDue, addWorkingDays(today, 5));
    assert.equal(body.startDue, addWorkingDays(today, 10));
    assert.equal(body.linked, false);
    assert.match(body.reference, /^\d{4}-\d{5}$/);
    const mine = await (await t.request('/api/intakes/mine', { as: 'melder@voorbeeld.nl' })).json();
    assert.ok(mine.items.some((i: { caseId: string }) => i.caseId === body.caseId));
  });

  test('an urgent intake is due for first contact the next working day', async () => {
    const body = await (await file(minimalIntake({ urgency: 'urgent', household: { members: [{ name: 'Urgent Persoon', birthDate: '1970-01-01' }] } }))).json();
    assert.equal(body.firstContactDue, addWorkingDays(amsterdamDate(new Date()), 1));
  });

  test('the BSN is stored encrypted, never in plain text', async () => {
    const body = await (await file(minimalIntake({ household: { members: [{ name: 'Bsn Houder', birthDate: '1975-03-03', bsn: '111222333' }] } }))).json();
    const row = await t.db.kysely.selectFrom('person').select(['bsn_encrypted', 'bsn_hash']).where('name', '=', 'Bsn Houder').executeTakeFirstOrThrow();
    assert.ok(row.bsn_encrypted && !row.bsn_encrypted.includes('111222333'));
    assert.equal(t.crypto.decrypt(row.bsn_encrypted), '111222333');
    const overview = await (await t.request(`/api/cases/${body.caseId}`, { as: 'regisseur@voorbeeld.nl' })).json();
    assert.equal(overview.household.members[0].bsnMasked, '*****2333');
  });

  test('the public form works without login, gives a receipt, and the reporter sees a referral reason', async () => {
    const res = await t.request('/api/public/intakes', { method: 'POST', json: minimalIntake({ household: { members: [{ name: 'Buurman Zorg', birthDate: '1950-02-02' }] }, reporter: { name: 'Een buurvrouw' } }) });
    assert.equal(res.status, 201);
    const { receipt, caseId } = await res.json();
    assert.ok(receipt.length >= 20);
    const refer = await t.request(`/api/cases/${caseId}/refer`, { method: 'POST', json: { reason: 'Het wijkteam kan dit zelf oppakken via de gewone route.' }, as: 'regisseur@voorbeeld.nl' });
    assert.equal(refer.status, 200);
    const status = await (await t.request(`/api/public/intakes/${receipt}`)).json();
    assert.equal(status.status, 'referred');
    assert.equal(status.referralReason, 'Het wijkteam kan dit zelf oppakken via de gewone route.');
    assert.equal((await t.request('/api/public/intakes/onbekende-code-123456')).status, 404);
  });

  test('the public form is rate limited per client address, and a forged X-Forwarded-For does not reset it', async () => {
    let status = 0;
    for (let i = 0; i < 12 && status !== 429; i++) {
      const res = await t.request('/api/public/intakes', {
        method: 'POST', headers: { 'x-forwarded-for': `10.0.0.${i}` },
        json: minimalIntake({ household: { members: [{ name: `Limiet ${i}`, birthDate: '1990-01-01' }] } }),
      });
      status = res.status;
      if (status === 429) assert.ok(Number(res.headers.get('retry-after')) > 0);
    }
    assert.equal(status, 429);
  });

  test('bad input is 422 problem+json in Dutch naming each field, and nothing is stored', async () => {
    const before = await Promise.all([count('cases'), count('intake'), count('person')]);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [minimalIntake({ household: { members: [{ name: 'X', birthDate: '1980-01-01', bsn: '123456789' }] } }), 'household.members.0.bsn', /elfproef/],
      [minimalIntake({ lifeDomains: ['geluk'] }), 'lifeDomains.0', /leefgebied bestaat niet/],
      [{ ...minimalIntake(), story: undefined }, 'story', /aan de hand/],
      [minimalIntake({ urgency: 'heel erg' }), 'urgency', /normal/],
      [minimalIntake({ legalBasis: 'omdat het moet' }), 'legalBasis', /grondslag/],
      [minimalIntake({ household: { members: [{ name: 'X', birthDate: '2023-02-30' }] } }), 'household.members.0.birthDate', /bestaat niet/],
    ];
    for (const [body, field, message] of cases) {
      const res = await file(body);
      assert.equal(res.status, 422, field);
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      const problem = await res.json();
      const err = problem.errors.find((e: { field: string }) => e.field === field);
      assert.ok(err, `${field} in ${JSON.stringify(problem.errors)}`);
      assert.match(err.message, message);
    }
    assert.deepEqual(await Promise.all([count('cases'), count('intake'), count('person')]), before);
  });

  test('a body over 1 MB is refused with 413', async () => {
    const res = await file(minimalIntake({ story: 'x'.repeat(1024 * 1024 + 10) }));
    assert.equal(res.status, 413);
  });

  test('malformed JSON is a 400 problem, not a crash', async () => {
    const res = await t.request('/api/intakes', { method: 'POST', body: '{"story":', headers: { 'content-type': 'application/json' }, as: 'melder@voorbeeld.nl' });
    assert.equal(res.status, 400);
    assert.match(res.headers.get('content-type') ?? '', /problem\+json/);
  });

  test('an intake that fails half-way leaves nothing behind', async () => {
    const before = await Promise.all([count('cases'), count('intake'), count('person'), count('processing_log')]);
    // The case row is written after the household and its members; a constraint on it fails the whole unit.
    const { registerIntake } = await import('../../src/intake/register.ts');
    const { withTenant } = await import('../../src/platform/db/tenant.ts');
    const tenant = await t.db.kysely.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow();
    await assert.rejects(withTenant(t.db.kysely, { tenantId: tenant.id, userId: null }, (tx) =>
      registerIntake(tx, t.crypto, { tenantId: tenant.id, traceId: 't', actorId: null, origin: null },
        { ...minimalIntake({ household: { members: [{ name: 'Half Weg', birthDate: '1991-09-09' }] } }), consentMethod: 'telepathisch' } as never, { reporterUserId: null, receiptHash: null })));
    assert.deepEqual(await Promise.all([count('cases'), count('intake'), count('person'), count('processing_log')]), before);
  });
});
