import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import { type TestApp, testApp } from '../helpers/app.ts';

// bottleneck_key is what systemic bottlenecks count; triggers keep it in step with blockers,
// involvements and case status in the same transaction. Each change below is checked against a
// rebuild of the case's rows from the source tables.

let t: TestApp;
let tenantId: string;
let caseId: string;
before(async () => {
  t = await testApp();
  // A demo case with a blocker, a rule and an organisation involved.
  const row = (await sql<{ tenant_id: string; case_id: string }>`
    select b.tenant_id, b.case_id from blocker b
    where exists (select 1 from blocker_rule r where r.case_id = b.case_id) and exists (select 1 from involvement i where i.case_id = b.case_id)
    order by b.case_id limit 1`.execute(t.db.kysely)).rows[0];
  ({ tenant_id: tenantId, case_id: caseId } = row);
});
after(() => t.close());

type Key = { basis: string; key: string; label: string | null; open: boolean };
const keys = async (): Promise<Key[]> => (await sql<Key>`
  select basis, key, label, open from bottleneck_key where case_id = ${caseId} order by basis, key`.execute(t.db.kysely)).rows;

/** What the triggers left must equal a fresh rebuild from the source tables. */
async function assertInStep(): Promise<Key[]> {
  const kept = await keys();
  await sql`select bottleneck_keys_rebuild(${tenantId}::uuid, array[${caseId}::uuid])`.execute(t.db.kysely);
  assert.deepEqual(kept, await keys());
  return kept;
}

test('the demo data is counted: rules and organisations of cases with a blocker', async () => {
  const kept = await assertInStep();
  assert.ok(kept.some((k) => k.basis === 'rule'));
  assert.ok(kept.some((k) => k.basis === 'organisation'));
  const total = (await sql<{ n: number }>`select count(*)::int as n from bottleneck_key`.execute(t.db.kysely)).rows[0].n;
  assert.ok(total > 10);
});

test('an organisation typed differently counts as the same one; a renamed one moves', async () => {
  const inv = await t.db.kysely.selectFrom('involvement').select(['id', 'organisation']).where('case_id', '=', caseId).executeTakeFirstOrThrow();
  await t.db.kysely.updateTable('involvement').set({ organisation: `  ${inv.organisation.toUpperCase()}  ` }).where('id', '=', inv.id).execute();
  const normalised = inv.organisation.trim().replace(/\s+/g, ' ').toLowerCase();
  assert.ok((await assertInStep()).some((k) => k.basis === 'organisation' && k.key === normalised));
  await t.db.kysely.updateTable('involvement').set({ organisation: 'Stichting   Nieuwe  Naam' }).where('id', '=', inv.id).execute();
  const after = await assertInStep();
  assert.ok(after.some((k) => k.key === 'stichting nieuwe naam' && k.label === 'Stichting   Nieuwe  Naam'));
});

test('a rule taken off the blocker, and a closed case, follow at once', async () => {
  const rule = await t.db.kysely.selectFrom('blocker_rule').select('rule_id').where('case_id', '=', caseId).executeTakeFirstOrThrow();
  await t.db.kysely.deleteFrom('blocker_rule').where('case_id', '=', caseId).where('rule_id', '=', rule.rule_id).execute();
  assert.ok(!(await assertInStep()).some((k) => k.basis === 'rule' && k.key === rule.rule_id));
  await t.db.kysely.insertInto('blocker_rule').values({ tenant_id: tenantId, case_id: caseId, rule_id: rule.rule_id }).execute();
  assert.ok((await assertInStep()).some((k) => k.basis === 'rule' && k.key === rule.rule_id));

  await t.db.kysely.updateTable('cases').set({ status: 'closed' }).where('id', '=', caseId).execute();
  const closed = await assertInStep();
  assert.ok(closed.length > 0 && closed.every((k) => !k.open));
});

test('without a blocker, the organisations of a case no longer count; its rules go with the blocker', async () => {
  await t.db.kysely.deleteFrom('blocker_rule').where('case_id', '=', caseId).execute();
  await t.db.kysely.deleteFrom('blocker').where('case_id', '=', caseId).execute();
  assert.deepEqual(await assertInStep(), []);
});

test('the app role reads only its own municipality and cannot write', async () => {
  const other = (await t.db.kysely.selectFrom('tenant').select('id').where('id', '<>', tenantId).executeTakeFirstOrThrow()).id;
  const seen = await t.db.kysely.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${other}, true)`.execute(tx);
    await sql`set local role doorbraak_app`.execute(tx);
    const rows = (await sql<{ tenant_id: string }>`select distinct tenant_id from bottleneck_key`.execute(tx)).rows;
    await assert.rejects(sql`delete from bottleneck_key`.execute(tx), /permission denied/);
    return rows;
  });
  assert.ok(seen.every((r) => r.tenant_id === other));
});
