import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../database.ts';
import { addTeamMember } from '../access/store.ts';
import { addEvent } from '../cases/store.ts';
import { registerIntake } from '../intake/register.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import { type Tx, withSystem, withTenant } from '../platform/db/tenant.ts';
import { insertConsent } from '../consent/store.ts';
import { newTraceId } from '../platform/log/processing.ts';
import { addWorkingDays, amsterdamDate } from '../platform/time/working-days.ts';
import { demoCases } from './demo-cases.ts';
import { seedBreakthrough } from './seed-breakthrough.ts';
import { seedHousehold } from './seed-household.ts';
import { seedSteps } from './seed-steps.ts';
import { seedLearning } from './seed-learning.ts';
import { seedDecisions } from './seed-decisions.ts';

export const DEMO_PASSWORD = 'doorbraak';

export const demoUsers = [
  { email: 'melder@voorbeeld.nl', name: 'Sanne Melder', roles: ['reporter'], organisation: 'Wijkteam Centrum', tenant: 'voorbeeld' },
  { email: 'regisseur@voorbeeld.nl', name: 'Rachid Regisseur', roles: ['coordinator', 'reporter'], organisation: 'Doorbraakteam', tenant: 'voorbeeld', phone: '070 353 00 01' },
  { email: 'beslisser@voorbeeld.nl', name: 'Bea Beslisser', roles: ['mandate_holder'], organisation: 'Doorbraakteam', tenant: 'voorbeeld' },
  { email: 'manager@voorbeeld.nl', name: 'Mila Manager', roles: ['mandate_holder'], organisation: 'Sociaal Domein', tenant: 'voorbeeld' },
  { email: 'beleid@voorbeeld.nl', name: 'Bart Beleid', roles: ['policy'], organisation: 'Beleid Sociaal Domein', tenant: 'voorbeeld' },
  { email: 'privacy@voorbeeld.nl', name: 'Priya Privacy', roles: ['privacy_officer'], organisation: 'Functionaris Gegevensbescherming', tenant: 'voorbeeld' },
  { email: 'beheer@voorbeeld.nl', name: 'Bram Beheer', roles: ['administrator'], organisation: 'Functioneel beheer', tenant: 'voorbeeld' },
  { email: 'collega@voorbeeld.nl', name: 'Chris Collega', roles: ['coordinator'], organisation: 'Doorbraakteam', tenant: 'voorbeeld', phone: '070 353 00 02' },
  { email: 'partner@woonstad.nl', name: 'Wim Woonstad', roles: ['partner'], organisation: 'Woningcorporatie Woonstad', tenant: 'voorbeeld' },
  { email: 'regisseur@elders.nl', name: 'Eva Elders', roles: ['coordinator', 'reporter'], organisation: 'Doorbraakteam Elders', tenant: 'elders', phone: '0318 00 00 02' },
] as const;

// The demo logs in with password only; a real municipality gets the second factor required by default.
const tenants = [
  { slug: 'voorbeeld', name: 'Gemeente Voorbeeld', mfa_required: false },
  { slug: 'elders', name: 'Gemeente Elders', mfa_required: false },
];

/** Demo municipalities, one user per role and the demo cases; does nothing when they already exist. */
export async function seedDemo(db: Kysely<Database>, crypto: Crypto): Promise<boolean> {
  const exists = await db.selectFrom('tenant').select('id').where('slug', '=', 'voorbeeld').executeTakeFirst();
  if (exists) return false;
  const hashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  const ids = await withSystem(db, async (tx) => {
    const tenantIds: Record<string, string> = {};
    for (const t of tenants) {
      tenantIds[t.slug] = uuidv7();
      await tx.insertInto('tenant').values({ id: tenantIds[t.slug], ...t }).execute();
    }
    const userIds: Record<string, string> = {};
    for (const [i, u] of demoUsers.entries()) {
      userIds[u.email] = uuidv7();
      await tx.insertInto('app_user').values({ id: userIds[u.email], email: u.email, name: u.name, phone: 'phone' in u ? u.phone : null, password_hash: hashes[i] }).execute();
      await tx.insertInto('membership').values({ tenant_id: tenantIds[u.tenant], user_id: userIds[u.email], roles: [...u.roles], organisation: u.organisation }).execute();
    }
    return { tenantIds, userIds };
  });

  const tenantId = ids.tenantIds.voorbeeld;
  const coordinatorId = ids.userIds['regisseur@voorbeeld.nl'];
  const reporterId = ids.userIds['melder@voorbeeld.nl'];
  const today = amsterdamDate(new Date());
  for (const d of demoCases) {
    const reportedOn = addWorkingDays(today, -d.reportedWorkingDaysAgo);
    const now = new Date(`${reportedOn}T09:30:00+01:00`);
    await withTenant(db, { tenantId, userId: null }, async (tx) => {
      const pc = { tenantId, traceId: newTraceId(), actorId: null, origin: 'demo' };
      const { caseId } = await registerIntake(tx, crypto, pc, {
        household: d.household, story: d.story, lifeDomains: d.lifeDomains, urgency: d.urgency, reporter: d.reporter,
        legalBasis: d.legalBasis, consentMethod: d.consentMethod,
      }, { reporterUserId: d.reporter.organisation.startsWith('Wijkteam') ? reporterId : null, receiptHash: null, now });
      if (d.status === 'new') return;
      const acceptedAt = new Date(`${addWorkingDays(reportedOn, 1)}T11:00:00+01:00`);
      if (d.status === 'referred') {
        await tx.updateTable('cases').set({ status: 'referred', referral_reason: d.referralReason ?? 'Past in de standaardroute.', next_due: null }).where('id', '=', caseId).execute();
        await addEvent(tx, tenantId, caseId, 'referred', coordinatorId, {}, acceptedAt);
        return;
      }
      await tx.updateTable('cases').set({
        status: d.status, step: d.step, coordinator_id: coordinatorId, accepted_at: acceptedAt,
        next_due: d.status === 'active' && d.step === 1 ? addWorkingDays(reportedOn, 10) : null,
        closed_at: d.status === 'closed' ? new Date() : null,
      }).where('id', '=', caseId).execute();
      await addTeamMember(tx, tenantId, caseId, coordinatorId, { role: 'coordinator', addedBy: coordinatorId });
      await addEvent(tx, tenantId, caseId, 'accepted', coordinatorId, {}, acceptedAt);
      if (d.sharedWithPartner) await shareWithPartner(tx, tenantId, caseId, coordinatorId, ids.userIds['partner@woonstad.nl'], reportedOn);
      for (let step = 2; step <= d.step; step++) {
        await addEvent(tx, tenantId, caseId, 'step_changed', coordinatorId, { step }, new Date(acceptedAt.getTime() + step * 2 * 86400_000));
      }
      if (d.status === 'closed') await addEvent(tx, tenantId, caseId, 'closed', coordinatorId, {}, new Date(acceptedAt.getTime() + 20 * 86400_000));
    });
  }
  await seedBreakthrough(db, ids);
  await seedHousehold(db, ids);
  await seedSteps(db, ids);
  await seedDecisions(db, ids);
  // Last: it computes the policy figures over everything seeded before it.
  await seedLearning(db, ids);
  return true;
}

/** Consent of the household's first member for the housing corporation, and its partner professional on the team. */
async function shareWithPartner(tx: Tx, tenantId: string, caseId: string, coordinatorId: string, partnerId: string, givenOn: string) {
  const organisation = 'Woningcorporatie Woonstad';
  const sections = ['story', 'life_domains'];
  const person = await tx.selectFrom('person as p').innerJoin('cases as c', 'c.household_id', 'p.household_id')
    .select('p.id').where('c.id', '=', caseId).orderBy('p.created_at').executeTakeFirstOrThrow();
  await insertConsent(tx, {
    tenantId, caseId, personId: person.id, purpose: 'Huurachterstand oplossen en uitzetting voorkomen', organisations: [organisation],
    sections, method: 'written', givenOn, recordedBy: coordinatorId,
  });
  await addTeamMember(tx, tenantId, caseId, partnerId, { role: 'contributor', sections, organisation, addedBy: coordinatorId });
  await addEvent(tx, tenantId, caseId, 'partner_joined', coordinatorId, { member: partnerId, sections });
}
