import { membersOf } from '../households/store.ts';
import { maskBsn } from '../households/bsn.ts';
import { intakesOfCase } from '../intake/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type ProcessingActivity, type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { notFound } from '../platform/http/problem.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { accessTo } from '../access/case-access.ts';
import type { CaseAccess } from '../access/model.ts';
import { describeEvent, isOverdue, STORY_EXCERPT_LENGTH } from './model.ts';
import { getCase, timeline } from './store.ts';
import type { Reporter } from '../database.ts';
import { breakthroughOverview } from '../breakthrough/views.ts';
import { stepsOverview } from './steps-overview.ts';
import { householdOverview } from '../households/overview.ts';
import { decisionsOverview } from '../decisions/overview.ts';

/** Loads a case the user may see, with what they may see of it, or answers 404 as if it did not exist. */
export async function visibleCase(tx: Tx, user: SessionUser, id: string) {
  const c = await getCase(tx, id);
  const access = c ? await accessTo(tx, user, c) : null;
  if (!c || !access) throw notFound();
  return { ...c, access };
}

function presentAccess(a: CaseAccess) {
  return { via: a.via, role: a.role, sections: a.sections, partner: a.partner, until: a.until?.toISOString() ?? null };
}

/** The full case overview; the read itself is logged for every household member. */
export async function caseOverview(tx: Tx, crypto: Crypto, pc: ProcessingContext, user: SessionUser, id: string, activity: ProcessingActivity = 'casus-inzien') {
  const c = await visibleCase(tx, user, id);
  const sees = new Set<string>(c.access.sections);
  const [members, intakes, events, coordinator] = await Promise.all([
    membersOf(tx, [c.household_id]),
    sees.has('story') ? intakesOfCase(tx, id) : Promise.resolve([]),
    sees.has('timeline') ? timeline(tx, id) : Promise.resolve([]),
    c.coordinator_id
      ? tx.selectFrom('app_user').select(['id', 'name', 'email', 'phone']).where('id', '=', c.coordinator_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const breakthrough = await breakthroughOverview(tx, id, c.access.sections);
  const workflow = await stepsOverview(tx, c);
  const household = await householdOverview(tx, id, c.access.sections);
  const decisions = await decisionsOverview(tx, id, c.access);
  await logProcessing(tx, pc, {
    // A decider outside the team reads for the request at their level: logged as that purpose.
    activity: c.access.via === 'mandate' && activity === 'casus-inzien' ? 'mandaat-casus-inzien' : activity, action: 'read', objectType: 'case', objectId: id, caseId: id, legalBasis: c.legal_basis,
    subjects: members.map((m) => crypto.pseudonym('person', m.id)),
  });
  const [first, ...linked] = intakes;
  const today = amsterdamDate(new Date());
  const reporterOf = (r: unknown) => r as Reporter;
  return {
    id: c.id, reference: c.reference, status: c.status, step: c.step, kind: c.kind, urgency: c.urgency,
    storyExcerpt: (first?.story ?? '').slice(0, STORY_EXCERPT_LENGTH), story: sees.has('story') ? first?.story ?? '' : null,
    lifeDomains: sees.has('life_domains') ? c.life_domains : [], reportedAt: new Date(c.reported_at).toISOString(),
    firstContactDue: c.first_contact_due, startDue: c.start_due, nextDue: c.next_due, overdue: isOverdue(c.next_due, today),
    legalBasis: c.legal_basis, consentMethod: c.consent_method,
    household: sees.has('household') ? {
      id: c.household_id,
      members: members.map((m) => ({
        id: m.id, name: m.name, birthDate: m.birth_date, relation: m.relation, version: m.version,
        bsnMasked: m.bsn_encrypted && c.access.seesBsn ? maskBsn(crypto.decrypt(m.bsn_encrypted)) : null,
      })),
      contact: c.contact as unknown as Record<string, string>,
    } : null,
    reporter: sees.has('story') ? reporterOf(first?.reporter ?? { name: '' }) : null,
    coordinator: coordinator ?? null,
    acceptedAt: c.accepted_at ? new Date(c.accepted_at).toISOString() : null,
    referralReason: c.referral_reason, version: c.version, internalSections: c.internal_sections,
    access: presentAccess(c.access),
    linkedIntakes: linked.map((i) => ({ id: i.id, reportedAt: new Date(i.reported_at).toISOString(), story: i.story, reporter: reporterOf(i.reporter) })),
    ...breakthrough,
    ...workflow,
    ...household,
    ...decisions,
    timeline: events.map((e) => ({
      id: e.id, at: new Date(e.at).toISOString(), type: e.type, actor: e.actor,
      summary: describeEvent({ type: e.type, data: e.data as Record<string, unknown> }),
    })),
  };
}
