import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { type TestApp, testApp } from '../helpers/app.ts';
import { caseOfMember, outsiderStatus, partnerSession } from '../helpers/access.ts';

/**
 * Generated teams, partners, consents, internal sections and break-glass rows; then every kind of
 * user asks for the case. Each answer must match the rules as the issue states them, restated
 * here independently of the code, and every allowed read must be in the processing log.
 */

const SECTIONS = ['story', 'household', 'life_domains', 'timeline', 'involvements', 'breakthrough', 'plan'] as const;
type Section = (typeof SECTIONS)[number];
const ORG_A = 'Woningcorporatie Stadswonen';
const ORG_B = 'UWV';

let t: TestApp;
let caseId: string;
let householdId: string;
let tenantId: string;
const ids: Record<string, string> = {};
const partners: Record<string, (path: string) => Promise<Response>> = {};

before(async () => {
  t = await testApp();
  ({ caseId, householdId } = await caseOfMember(t, 'Marloes Bakker'));
  tenantId = (await t.db.kysely.selectFrom('cases').select('tenant_id').where('id', '=', caseId).executeTakeFirstOrThrow()).tenant_id;
  for (const u of await t.db.kysely.selectFrom('app_user').select(['id', 'email']).execute()) ids[u.email] = u.id;
  // Two partner accounts from two organisations, made through the real invitation flow.
  for (const [key, org] of [['a', ORG_A], ['b', ORG_B]] as const) {
    await sql`insert into share_basis (tenant_id, id, case_id, organisation, sections, legal_basis, article, recorded_by)
      values (${tenantId}, ${uuidv7()}, ${caseId}, ${org}, ${['story']}, 'public_task', 'art. 2.3.5 Wmo 2015', ${ids['regisseur@voorbeeld.nl']})`.execute(t.db.kysely);
    const res = await t.request(`/api/cases/${caseId}/invitations`, {
      method: 'POST', as: 'regisseur@voorbeeld.nl',
      json: { email: `partner-${key}@example.nl`, name: `Partner ${key.toUpperCase()}`, organisation: org, role: 'reader', sections: ['story'] },
    });
    const { link } = await res.json();
    partners[key] = await partnerSession(t, link.split('#')[1], 'Een lang en sterk wachtwoord 2026');
    ids[`partner-${key}`] = (await t.db.kysely.selectFrom('app_user').select('id').where('email', '=', `partner-${key}@example.nl`).executeTakeFirstOrThrow()).id;
  }
});
after(() => t.close());

const sectionSet = fc.subarray([...SECTIONS]);
const scenario = fc.record({
  deciderMember: fc.constantFrom(null, 'contributor', 'reader'),
  deciderBreakGlass: fc.constantFrom(null, 'active', 'expired'),
  partnerA: fc.option(fc.record({ sections: sectionSet, override: fc.constantFrom(null, 'active', 'expired') }), { nil: null }),
  partnerB: fc.option(fc.record({ sections: sectionSet, override: fc.constant(null) }), { nil: null }),
  grounds: fc.array(fc.record({
    kind: fc.constantFrom('consent', 'basis'), org: fc.constantFrom(ORG_A, ORG_B, 'CAK'), sections: sectionSet, ended: fc.boolean(),
  }), { maxLength: 4 }),
  internal: sectionSet,
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The rules of the issue, for one user: which sections, or null for 404. */
function expected(s: Scenario, who: string): Section[] | null {
  if (who === 'regisseur@voorbeeld.nl') return [...SECTIONS];
  if (who === 'beslisser@voorbeeld.nl') {
    if (s.deciderMember) return [...SECTIONS];
    return s.deciderBreakGlass === 'active' ? [...SECTIONS] : null;
  }
  if (who === 'partner-a' || who === 'partner-b') {
    const p = who === 'partner-a' ? s.partnerA : s.partnerB;
    const org = who === 'partner-a' ? ORG_A : ORG_B;
    if (!p) return null;
    const covered = new Set(s.grounds.filter((g) => g.org === org && !g.ended).flatMap((g) => g.sections));
    return SECTIONS.filter((x) => p.sections.includes(x) && !s.internal.includes(x) && (p.override === 'active' || covered.has(x)));
  }
  return null; // policy, privacy officer, reporter, another municipality: not on the team
}

async function arrange(s: Scenario) {
  const db = t.db.kysely;
  const hour = (n: number) => new Date(Date.now() + n * 3600_000);
  await sql`delete from case_member where case_id = ${caseId} and role <> 'coordinator'`.execute(db);
  await sql`delete from break_glass where case_id = ${caseId}`.execute(db);
  await sql`delete from consent where case_id = ${caseId}`.execute(db);
  await sql`delete from share_basis where case_id = ${caseId}`.execute(db);
  await sql`update cases set internal_sections = ${s.internal} where id = ${caseId}`.execute(db);
  const member = (userId: string, role: string, sections: string[] | null, org: string | null, override: string | null) =>
    sql`insert into case_member (tenant_id, case_id, user_id, role, sections, organisation, override_until)
      values (${tenantId}, ${caseId}, ${userId}, ${role}, ${sections}, ${org}, ${override === null ? null : hour(override === 'active' ? 2 : -2)})`.execute(db);
  if (s.deciderMember) await member(ids['beslisser@voorbeeld.nl'], s.deciderMember, null, null, null);
  if (s.partnerA) await member(ids['partner-a'], 'reader', s.partnerA.sections, ORG_A, s.partnerA.override);
  if (s.partnerB) await member(ids['partner-b'], 'contributor', s.partnerB.sections, ORG_B, null);
  if (s.deciderBreakGlass) {
    await sql`insert into break_glass (tenant_id, id, case_id, user_id, reason, expires_at)
      values (${tenantId}, ${uuidv7()}, ${caseId}, ${ids['beslisser@voorbeeld.nl']}, 'test', ${hour(s.deciderBreakGlass === 'active' ? 1 : -1)})`.execute(db);
  }
  const person = (await db.selectFrom('person').select('id').where('household_id', '=', householdId).executeTakeFirstOrThrow()).id;
  for (const g of s.grounds) {
    if (g.kind === 'consent') {
      await sql`insert into consent (tenant_id, id, case_id, person_id, purpose, organisations, sections, method, given_on, recorded_by, withdrawn_at)
        values (${tenantId}, ${uuidv7()}, ${caseId}, ${person}, 'doel', ${[g.org]}, ${g.sections}, 'verbal', '2026-11-01', ${ids['regisseur@voorbeeld.nl']}, ${g.ended ? new Date() : null})`.execute(db);
    } else {
      await sql`insert into share_basis (tenant_id, id, case_id, organisation, sections, legal_basis, article, recorded_by, ended_at)
        values (${tenantId}, ${uuidv7()}, ${caseId}, ${g.org}, ${g.sections}, 'public_task', 'art. 1', ${ids['regisseur@voorbeeld.nl']}, ${g.ended ? new Date() : null})`.execute(db);
    }
  }
}

const reads = async () => Number((await sql<{ n: string }>`select count(*) as n from processing_log where case_id = ${caseId} and action = 'read'`.execute(t.db.kysely)).rows[0].n);

test('every read the API allows is allowed by the rules, shows only the allowed sections, and is logged', async () => {
  const members = (await t.db.kysely.selectFrom('person').select('id').where('household_id', '=', householdId).execute()).length;
  const users = ['regisseur@voorbeeld.nl', 'beslisser@voorbeeld.nl', 'partner-a', 'partner-b', 'beleid@voorbeeld.nl', 'privacy@voorbeeld.nl', 'melder@voorbeeld.nl', 'regisseur@elders.nl'];
  await fc.assert(fc.asyncProperty(scenario, async (s) => {
    await arrange(s);
    for (const who of users) {
      const before = await reads();
      const res = who.startsWith('partner-') ? await partners[who.slice(-1)](`/api/cases/${caseId}`) : await t.request(`/api/cases/${caseId}`, { as: who });
      const want = expected(s, who);
      if (want === null) {
        assert.equal(res.status, outsiderStatus(who), `${who} kreeg ${res.status}`);
        assert.equal(await reads(), before, `${who}: een geweigerde lezing hoort geen gelezen-regel te geven`);
        continue;
      }
      assert.equal(res.status, 200, `${who} kreeg ${res.status}`);
      const body = await res.json();
      assert.deepEqual(body.access.sections, want, who);
      assert.equal(body.story === null, !want.includes('story'), who);
      assert.equal(body.household === null, !want.includes('household'), who);
      if (who.startsWith('partner-')) assert.ok(!/\*{5}\d{4}|99999\d{4}/.test(JSON.stringify(body)), 'partners zien nooit een BSN');
      assert.equal(await reads(), before + members, `${who}: elke lezing staat per gezinslid in het verwerkingenlog`);
    }
  }), { numRuns: 40 });
});
