import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { withTenant } from '../../src/platform/db/tenant.ts';
import { type TestApp, testApp } from '../helpers/app.ts';

let t: TestApp;
let voorbeeld: string;
let elders: string;
before(async () => {
  t = await testApp();
  const rows = await t.db.kysely.selectFrom('tenant').select(['id', 'slug']).execute();
  voorbeeld = rows.find((r) => r.slug === 'voorbeeld')!.id;
  elders = rows.find((r) => r.slug === 'elders')!.id;
});
after(() => t.close());

describe('gemeenten gescheiden', () => {
  test("a coordinator of Gemeente Elders gets 404 for a Voorbeeld case whose id they know", async () => {
    const { items } = await (await t.request('/api/cases?view=inbox', { as: 'regisseur@voorbeeld.nl' })).json();
    const id = items[0].id;
    assert.equal((await t.request(`/api/cases/${id}`, { as: 'regisseur@voorbeeld.nl' })).status, 200);
    assert.equal((await t.request(`/api/cases/${id}`, { as: 'regisseur@elders.nl' })).status, 404);
    assert.equal((await t.request(`/api/cases/${id}/accept`, { method: 'POST', as: 'regisseur@elders.nl' })).status, 404);
    const eldersInbox = await (await t.request('/api/cases?view=inbox', { as: 'regisseur@elders.nl' })).json();
    assert.ok(!eldersInbox.items.some((i: { id: string }) => i.id === id));
  });

  test('the row-level security policy itself hides other municipalities (a query without where)', async () => {
    const total = Number((await t.db.kysely.selectFrom('cases').select((eb) => eb.fn.countAll().as('n')).where('tenant_id', '=', voorbeeld).executeTakeFirstOrThrow()).n);
    assert.ok(total > 0);
    const seen = await withTenant(t.db.kysely, { tenantId: elders, userId: null }, async (tx) => ({
      cases: await sql<{ n: number }>`select count(*)::int as n from cases`.execute(tx),
      people: await sql<{ n: number }>`select count(*)::int as n from person where tenant_id = ${voorbeeld}`.execute(tx),
      role: await sql<{ r: string }>`select current_user as r`.execute(tx),
    }));
    assert.equal(seen.role.rows[0].r, 'doorbraak_app');
    assert.equal(seen.cases.rows[0].n, 0);
    assert.equal(seen.people.rows[0].n, 0);
    const none = await withTenant(t.db.kysely, { tenantId: voorbeeld, userId: null }, (tx) =>
      sql<{ n: number }>`select count(*)::int as n from cases`.execute(tx));
    assert.equal(none.rows[0].n, total);
  });

  test("the policy refuses writing a row into another municipality", async () => {
    await assert.rejects(withTenant(t.db.kysely, { tenantId: elders, userId: null }, (tx) =>
      sql`insert into household (tenant_id, id) values (${voorbeeld}, gen_random_uuid())`.execute(tx)), /row-level security/);
  });

  test('without a municipality set the application role sees nothing', async () => {
    const res = await t.db.kysely.transaction().execute(async (tx) => {
      await sql`set local role doorbraak_app`.execute(tx);
      return sql<{ n: number }>`select count(*)::int as n from cases`.execute(tx);
    });
    assert.equal(res.rows[0].n, 0);
  });
});
