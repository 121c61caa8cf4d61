import { visibleCase } from '../cases/overview.ts';
import { addEvent } from '../cases/store.ts';
import { coveredSections } from '../consent/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { invalid, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingActivity, type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { type CaseSection, canManageTeam, isPartner } from './model.ts';
import { invitationRows, team } from './store.ts';

/** Use cases of the case team shared by the team, invitation and break-glass routes. */

/** The case, when the user is its coordinator; anyone else gets 404 as if it did not exist. */
export async function managedCase(tx: Tx, user: SessionUser, id: string) {
  const c = await visibleCase(tx, user, id);
  if (!canManageTeam(c.access)) throw notFound();
  return c;
}

/** The team with the case's version, so the next change of the internal sections can be checked against it. */
export async function presentTeam(tx: Tx, kase: { id: string; internal_sections: string[]; version: number }) {
  const [members, invitations] = await Promise.all([team(tx, kase.id), invitationsOf(tx, kase.id)]);
  return {
    members: members.map((m) => ({
      userId: m.user_id, name: m.name, email: m.email, phone: m.phone, organisation: m.organisation ?? m.home_organisation,
      role: m.role, partner: isPartner(m.roles ?? []), sections: m.sections as CaseSection[] | null,
      addedAt: new Date(m.added_at).toISOString(), overrideUntil: m.override_until ? new Date(m.override_until).toISOString() : null,
    })),
    invitations, internalSections: kase.internal_sections as CaseSection[], version: kase.version,
  };
}

/** Every team change is a processing of the household's data (who gets to see it) and goes to the audit trail. */
export async function recordTeamChange(deps: { crypto: Crypto }, tx: Tx, pc: ProcessingContext, c: { id: string; household_id: string; legal_basis: string }, action: string, data: Record<string, unknown>, activity: ProcessingActivity = 'casusteam-beheren') {
  await addEvent(tx, pc.tenantId, c.id, action, pc.actorId, data);
  await logProcessing(tx, pc, {
    activity, action: 'update', objectType: 'case_team', objectId: c.id, caseId: c.id, legalBasis: c.legal_basis,
    subjects: await householdSubjects(tx, deps.crypto, c.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{ actorId: pc.actorId, action: `case.${action}`, objectType: 'case', objectId: c.id, data }]);
}

type InvitationRow = Awaited<ReturnType<typeof invitationRows>>[number];

export function statusOf(i: Pick<InvitationRow, 'accepted_at' | 'revoked_at' | 'expires_at'>, now = new Date()) {
  if (i.accepted_at) return 'accepted' as const;
  if (i.revoked_at) return 'revoked' as const;
  return new Date(i.expires_at) <= now ? 'expired' as const : 'pending' as const;
}

function presentInvitation(i: InvitationRow) {
  return {
    id: i.id, email: i.email, name: i.name, organisation: i.organisation, role: i.role, sections: i.sections as CaseSection[],
    status: statusOf(i), createdAt: new Date(i.created_at).toISOString(), expiresAt: new Date(i.expires_at).toISOString(),
    emergency: !!i.override_reason,
  };
}

export async function invitationsOf(tx: Tx, caseId: string) {
  return (await invitationRows(tx, caseId)).map(presentInvitation);
}

export async function hasRight(tx: Tx, tenantId: string, userId: string, right: string): Promise<boolean> {
  const row = await tx.selectFrom('membership').select('rights').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
  return !!row?.rights.includes(right);
}

/**
 * Sharing a section with a partner needs a consent or other legal basis that covers it for their
 * organisation (unless an emergency override runs), and never includes internal sections.
 */
/** The sections as the coordinator sees them on screen, for messages. */
const SECTION_NAMES: Record<CaseSection, string> = {
  story: 'verhaal', household: 'huishouden', life_domains: 'leefgebieden', timeline: 'tijdlijn',
  involvements: 'betrokkenen en kosten', breakthrough: 'perspectief en doorbraak', plan: 'perspectiefplan',
};
const named = (sections: string[]) => sections.map((s) => SECTION_NAMES[s as CaseSection] ?? s).join(', ');

export async function requireGround(tx: Tx, caseId: string, organisation: string, sections: string[], internalSections: string[], overrideActive: boolean) {
  const inside = sections.filter((s) => internalSections.includes(s));
  if (inside.length) throw invalid([{ field: 'sections', message: `Deze onderdelen zijn intern en worden niet gedeeld: ${named(inside)}` }]);
  if (overrideActive) return;
  const covered = await coveredSections(tx, caseId, organisation);
  const missing = sections.filter((s) => !covered.includes(s));
  if (missing.length) {
    throw invalid([{
      field: 'sections',
      message: `Er is geen toestemming of andere grondslag om dit te delen met deze organisatie: ${named(missing)}. Leg eerst toestemming of een wettelijke grondslag vast.`,
    }]);
  }
}
