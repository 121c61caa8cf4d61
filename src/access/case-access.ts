import { coveredSections } from '../consent/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type CaseAccess, decideAccess, isPartner } from './model.ts';
import { activeBreakGlass, teamMember } from './store.ts';
import { pendingAtLevelOf } from '../decisions/store.ts';

/** Gathers the facts for one user and case and applies the rules; null means: answer 404. */
export async function accessTo(tx: Tx, user: SessionUser, c: { id: string; status: string; internal_sections: string[] }, now = new Date()): Promise<CaseAccess | null> {
  const member = await teamMember(tx, c.id, user.userId);
  const partner = isPartner(user.roles);
  const covered = member && partner ? await coveredSections(tx, c.id, member.organisation ?? '') : [];
  const breakGlassUntil = member || partner ? null : await activeBreakGlass(tx, c.id, user.userId, now);
  const pendingDecision = !member && !partner && !breakGlassUntil && await pendingAtLevelOf(tx, c.id, user.userId);
  return decideAccess({
    status: c.status, internalSections: c.internal_sections, userRoles: user.roles, member, coveredSections: covered,
    breakGlassUntil, pendingDecision, now,
  });
}
