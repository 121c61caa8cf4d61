import { membersOf } from '../households/store.ts';
import { maskBsn } from '../households/bsn.ts';
import { intakesOfCase } from '../intake/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type ProcessingActivity, type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { notFound } from '../platform/http/problem.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { describeEvent, isOverdue, maySee, STORY_EXCERPT_LENGTH, type CaseStatus } from './model.ts';
import { getCase, isTeamMember, timeline } from './store.ts';
import type { Reporter } from '../database.ts';

/** Loads a case the user may see, or answers 404 as if it did not exist. */
export async function visibleCase(tx: Tx, user: SessionUser, id: string) {
  const c = await getCase(tx, id);
  if (!c || !maySee({ status: c.status as CaseStatus }, user, await isTeamMember(tx, id, user.userId))) throw notFound();
  return c;
}

/** The full case overview; the read itself is logged for every household member. */
export async function caseOverview(tx: Tx, crypto: Crypto, pc: ProcessingContext, user: SessionUser, id: string, activity: ProcessingActivity = 'casus-inzien') {
  const c = await visibleCase(tx, user, id);
  const [members, intakes, events, coordinator] = await Promise.all([
    membersOf(tx, [c.household_id]),
    intakesOfCase(tx, id),
    timeline(tx, id),
    c.coordinator_id
      ? tx.selectFrom('app_user').select(['id', 'name', 'email', 'phone']).where('id', '=', c.coordinator_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  await logProcessing(tx, pc, {
    activity, action: 'read', objectType: 'case', objectId: id, caseId: id, legalBasis: c.legal_basis,
    subjects: members.map((m) => crypto.pseudonym('person', m.id)),
  });
  const [first, ...linked] = intakes;
  const today = amsterdamDate(new Date());
  const reporterOf = (r: unknown) => r as Reporter;
  return {
    id: c.id, reference: c.reference, status: c.status, step: c.step, kind: c.kind, urgency: c.urgency,
    storyExcerpt: (first?.story ?? '').slice(0, STORY_EXCERPT_LENGTH), story: first?.story ?? '',
    lifeDomains: c.life_domains, reportedAt: new Date(c.reported_at).toISOString(),
    firstContactDue: c.first_contact_due, startDue: c.start_due, nextDue: c.next_due, overdue: isOverdue(c.next_due, today),
    legalBasis: c.legal_basis, consentMethod: c.consent_method,
    household: {
      id: c.household_id,
      members: members.map((m) => ({
        id: m.id, name: m.name, birthDate: m.birth_date, relation: m.relation,
        bsnMasked: m.bsn_encrypted ? maskBsn(crypto.decrypt(m.bsn_encrypted)) : null,
      })),
      contact: c.contact as unknown as Record<string, string>,
    },
    reporter: reporterOf(first?.reporter ?? { name: '' }),
    coordinator: coordinator ?? null,
    acceptedAt: c.accepted_at ? new Date(c.accepted_at).toISOString() : null,
    referralReason: c.referral_reason, version: c.version,
    linkedIntakes: linked.map((i) => ({ id: i.id, reportedAt: new Date(i.reported_at).toISOString(), story: i.story, reporter: reporterOf(i.reporter) })),
    timeline: events.map((e) => ({
      id: e.id, at: new Date(e.at).toISOString(), type: e.type, actor: e.actor,
      summary: describeEvent({ type: e.type, data: e.data as Record<string, unknown> }),
    })),
  };
}
