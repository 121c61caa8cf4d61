import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { withTenant } from '../../src/platform/db/tenant.ts';
import { verifyAuditChains } from '../../src/platform/log/audit.ts';
import { type TestApp, minimalIntake, testApp } from '../helpers/app.ts';

let t: TestApp;
let tenantId: string;
before(async () => {
  t = await testApp();
  tenantId = (await t.db.kysely.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirstOrThrow()).id;
  await t.request('/api/intakes', { method: 'POST', json: minimalIntake(), as: 'melder@voorbeeld.nl' });
});
after(() => t.close());

const problemsOf = async () => (await verifyAuditChains(t.db.kysely)).find((r) => r.tenantId === tenantId)!;

describe('audittrail', () => {
  test('an untouched chain verifies and holds no personal data', async () => {
    const r = await problemsOf();
    assert.ok(r.rows > 10);
    assert.deepEqual(r.problems, []);
    const text = JSON.stringify(await t.db.kysely.selectFrom('audit_chain').select('data').execute());
    assert.ok(!text.includes('Jan Testpersoon') && !text.includes('schulden'));
  });

  test('the application role can neither change nor delete audit or processing-log rows', async () => {
    for (const stmt of [
      sql`update audit_chain set action = 'x'`, sql`delete from audit_chain`,
      sql`update processing_log set activity = 'x'`, sql`delete from processing_log`, sql`delete from case_event`,
    ]) {
      await assert.rejects(withTenant(t.db.kysely, { tenantId, userId: null }, (tx) => stmt.execute(tx)), /permission denied/);
    }
  });

  test('verify-log finds an altered row and a removed row (changed by the owner, outside the app)', async () => {
    await sql`update audit_chain set data = '{"urgency":"urgent"}' where tenant_id = ${tenantId} and seq = 3`.execute(t.db.kysely);
    let r = await problemsOf();
    assert.ok(r.problems.some((p) => p === 'regel 3: inhoud is gewijzigd'), r.problems.join());
    await sql`delete from audit_chain where tenant_id = ${tenantId} and seq = 5`.execute(t.db.kysely);
    r = await problemsOf();
    assert.ok(r.problems.some((p) => p === 'regel 5 ontbreekt'), r.problems.join());
  });
});
