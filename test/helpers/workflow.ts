import { uuidv7 } from 'uuidv7';
import { type TestApp, minimalIntake } from './app.ts';

export const COORDINATOR = 'regisseur@voorbeeld.nl';
export const COLLEAGUE = 'collega@voorbeeld.nl';

/** A fresh case, filed by the demo reporter and accepted by the demo coordinator. */
export async function acceptedCase(t: TestApp, member: { name: string; birthDate: string }) {
  const filed = await t.request('/api/intakes', {
    method: 'POST', as: 'melder@voorbeeld.nl', json: minimalIntake({ household: { members: [member] } }),
  });
  if (filed.status !== 201) throw new Error(`aanmelden mislukt: ${filed.status} ${await filed.text()}`);
  const { caseId, reference } = await filed.json();
  const accepted = await t.request(`/api/cases/${caseId}/accept`, { method: 'POST', as: COORDINATOR });
  if (accepted.status !== 200) throw new Error(`oppakken mislukt: ${accepted.status}`);
  return { caseId: caseId as string, reference: reference as string };
}

async function tenantOf(t: TestApp, caseId: string) {
  return (await t.db.kysely.selectFrom('cases').select('tenant_id').where('id', '=', caseId).executeTakeFirstOrThrow()).tenant_id;
}

/**
 * Fills in what a step needs, straight in the tables the other parts own (their own tests cover
 * their endpoints): life domains, an involvement, perspective, blocker, cost sum, a plan action.
 */
export async function fill(t: TestApp, caseId: string, what: ('life_domain' | 'involvement' | 'perspective' | 'blocker' | 'cost_sum' | 'plan_action')[]) {
  const db = t.db.kysely;
  const tenant_id = await tenantOf(t, caseId);
  for (const w of what) {
    if (w === 'life_domain') {
      await db.insertInto('life_domain_assessment').values({ tenant_id, id: uuidv7(), case_id: caseId, domain: 'finances', state: 'crisis' }).execute();
    } else if (w === 'involvement') {
      await db.insertInto('involvement').values({
        tenant_id, id: uuidv7(), case_id: caseId, organisation: 'Schuldhulpverlening', service: 'Schuldhulpverlening', yearly_cost_cents: 250_000,
      }).execute();
    } else if (w === 'perspective') {
      await db.insertInto('perspective').values({ tenant_id, case_id: caseId, own_words: 'Rust in huis', needs: 'Een vast aanspreekpunt' })
        .onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doUpdateSet({ own_words: 'Rust in huis', needs: 'Een vast aanspreekpunt' })).execute();
    } else if (w === 'blocker') {
      const values = { problem: 'De auto is kapot', kinds: ['money'], proposed_step: 'Reparatie betalen' };
      await db.insertInto('blocker').values({ tenant_id, case_id: caseId, ...values })
        .onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doUpdateSet(values)).execute();
    } else if (w === 'cost_sum') {
      await db.insertInto('case_cost').values({
        tenant_id, case_id: caseId, current_yearly_cents: 250_000, one_off_cents: 50_000, yearly_cents: 0,
        avoided_1y_cents: 200_000, avoided_3y_cents: 700_000, avoided_5y_cents: 1_200_000, agencies: 1,
      }).onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doNothing()).execute();
    } else {
      await db.insertInto('plan_action').values({
        tenant_id, id: uuidv7(), case_id: caseId, what: 'Garage bellen', owner_kind: 'household', owner_name: 'Vader',
      }).execute();
    }
  }
}

/** The case's version as the API reports it. */
export async function versionOf(t: TestApp, caseId: string, as = COORDINATOR): Promise<number> {
  const res = await t.request(`/api/cases/${caseId}/steps`, { as });
  return (await res.json()).version;
}

export async function userId(t: TestApp, email: string): Promise<string> {
  return (await t.db.kysely.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}

export async function notificationsOf(t: TestApp, email: string, caseId: string, kind: string) {
  return t.db.kysely.selectFrom('notification').innerJoin('app_user as u', 'u.id', 'notification.user_id')
    .select(['notification.id', 'notification.data']).where('u.email', '=', email)
    .where('notification.case_id', '=', caseId).where('notification.kind', '=', kind).execute();
}
