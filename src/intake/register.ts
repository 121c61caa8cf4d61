import { sql } from 'kysely';
import { lifeDomains as allDomains, type LifeDomain } from '../cases/model.ts';
import { addEvent, findOpenCase, insertCase, mergeIntake, nextReference } from '../cases/store.ts';
import { householdMatchKeys, memberMatchKey } from '../households/matching.ts';
import { addMembers, createHousehold, findKnownMembers, membersOf } from '../households/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { noteRecurrence } from '../closure/recurrence.ts';
import { dueDates } from './model.ts';
import type { IntakeInput } from './schema.ts';
import { insertIntake } from './store.ts';

export interface RegisterOptions {
  reporterUserId: string | null;
  receiptHash: string | null;
  now?: Date;
}

export interface Registered {
  caseId: string; intakeId: string; reference: string; linked: boolean; firstContactDue: string; startDue: string;
}

/**
 * Files an intake. One household, one plan: when any member is already in an open case (same BSN,
 * or same name and birth date) the intake joins that case and its coordinator sees it; otherwise a
 * new household and case start in triage.
 */
export async function registerIntake(tx: Tx, crypto: Crypto, pc: ProcessingContext, input: IntakeInput, opts: RegisterOptions): Promise<Registered> {
  const tenantId = pc.tenantId;
  const now = opts.now ?? new Date();
  const reportedOn = amsterdamDate(now);
  const due = dueDates(reportedOn, input.urgency);
  const members = input.household.members.map((m) => ({
    name: m.name, birthDate: m.birthDate, relation: m.relation ?? null,
    bsnEncrypted: m.bsn ? crypto.encrypt(m.bsn) : null,
    bsnHash: m.bsn ? crypto.searchHash(m.bsn) : null,
    // The schema requires a name and a birth date, so every member has a key.
    matchKey: memberMatchKey(m)!,
  }));
  const bsnHashes = members.flatMap((m) => (m.bsnHash ? [m.bsnHash] : []));
  const matchKeys = householdMatchKeys(input.household.members);

  // Two intakes about one household at the same moment must not both start a case.
  for (const key of [...bsnHashes, ...matchKeys].sort()) {
    await sql`select pg_advisory_xact_lock(hashtextextended(${`${tenantId}|${key}`}, 0))`.execute(tx);
  }
  const known = await findKnownMembers(tx, bsnHashes, matchKeys);
  const open = known.length ? await findOpenCase(tx, [...new Set(known.map((k) => k.household_id))]) : undefined;

  let caseId: string;
  let reference: string;
  let householdId: string;
  let newMemberIds: string[];
  if (open) {
    caseId = open.id;
    reference = open.reference;
    householdId = open.household_id;
    const inHousehold = known.filter((k) => k.household_id === householdId);
    const fresh = members.filter((m) => !inHousehold.some((k) => (m.bsnHash && k.bsn_hash === m.bsnHash) || k.match_key === m.matchKey));
    newMemberIds = await addMembers(tx, tenantId, householdId, fresh);
    const merged = allDomains.filter((d) => open.life_domains.includes(d) || input.lifeDomains.includes(d));
    const urgentNow = input.urgency === 'urgent' && open.status === 'new' && due.firstContactDue < open.first_contact_due;
    await mergeIntake(tx, caseId, merged, urgentNow ? due.firstContactDue : null, now);
  } else {
    householdId = await createHousehold(tx, tenantId);
    newMemberIds = await addMembers(tx, tenantId, householdId, members);
    reference = await nextReference(tx, tenantId, Number(reportedOn.slice(0, 4)));
    caseId = await insertCase(tx, {
      tenantId, householdId, reference, urgency: input.urgency, lifeDomains: input.lifeDomains as LifeDomain[],
      legalBasis: input.legalBasis, consentMethod: input.consentMethod ?? null, contact: input.household.contact ?? {},
      reportedAt: now, firstContactDue: due.firstContactDue, startDue: due.startDue,
    });
    // Known people whose case closed within a year: the household came back (a recurrence).
    if (known.length) await noteRecurrence(tx, tenantId, caseId, [...new Set(known.map((k) => k.household_id))], now, opts.reporterUserId);
  }

  const intakeId = await insertIntake(tx, {
    tenantId, caseId, reportedAt: now, story: input.story, lifeDomains: input.lifeDomains, urgency: input.urgency,
    reporter: input.reporter, reporterUserId: opts.reporterUserId, legalBasis: input.legalBasis,
    consentMethod: input.consentMethod ?? null, receiptHash: opts.receiptHash, ...due,
  });
  await addEvent(tx, tenantId, caseId, open ? 'intake_linked' : 'intake_received', opts.reporterUserId, { intakeId, urgency: input.urgency }, now);
  if (open && newMemberIds.length) await addEvent(tx, tenantId, caseId, 'members_added', opts.reporterUserId, { count: newMemberIds.length }, now);

  const subjects = (await membersOf(tx, [householdId])).map((p) => crypto.pseudonym('person', p.id));
  await logProcessing(tx, pc, {
    activity: 'intake-registreren', action: 'create', objectType: 'intake', objectId: intakeId, caseId,
    legalBasis: input.legalBasis, subjects,
  });
  await appendAudit(tx, tenantId, [{
    actorId: opts.reporterUserId, action: open ? 'intake.linked' : 'intake.created', objectType: 'case', objectId: caseId,
    data: { intakeId, members: members.length, newMembers: newMemberIds.length, urgency: input.urgency, public: opts.receiptHash !== null },
  }]);
  return { caseId, intakeId, reference, linked: !!open, ...due };
}
