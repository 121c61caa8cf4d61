import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { conflict, forbidden, notFound } from '../platform/http/problem.ts';
import { visibleCase } from '../cases/overview.ts';
import { type CaseSection, canContribute } from './model.ts';

/**
 * A case part (household, life domains, involvements, …) as the user may use it. Outside the team,
 * or a section not shared with a partner: 404, as if it did not exist. Reading is enough to look;
 * changing needs a contributing team member on a case that is still running.
 */
export async function caseSection(tx: Tx, user: SessionUser, id: string, section: CaseSection, mode: 'read' | 'change') {
  const c = await visibleCase(tx, user, id);
  if (!c.access.sections.includes(section)) throw notFound();
  if (mode === 'change') {
    if (!canContribute(c.access)) throw forbidden('U kunt deze casus inzien, maar niet wijzigen. Vraag de regisseur om u te laten meewerken.');
    if (c.status === 'closed' || c.status === 'referred') {
      throw conflict('Deze casus loopt niet meer (afgesloten of terugverwezen). Er kan niets meer aan worden gewijzigd.');
    }
  }
  return c;
}
