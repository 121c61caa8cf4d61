/**
 * Warm handover: pure rules, no I/O. A coordinator offers a case to a colleague with a note; until
 * the colleague accepts, the first one stays the owner, so a case is never without a coordinator.
 */
import { isPartner } from '../access/model.ts';

export const handoverStatuses = ['offered', 'accepted', 'refused', 'withdrawn'] as const;
export type HandoverStatus = (typeof handoverStatuses)[number];

export interface Receiver {
  id: string;
  roles: string[];
  disabled_at: Date | null;
}

/**
 * Why this person cannot take the case over, or null when they can: they must be a coordinator of
 * this municipality, not disabled, not a partner, and not the coordinator already.
 */
export function cannotReceive(who: Receiver | undefined, currentCoordinatorId: string | null): string | null {
  if (!who) return 'Deze persoon werkt niet bij deze gemeente. Kies een collega-regisseur.';
  if (who.id === currentCoordinatorId) return 'U bent zelf al de regisseur. Kies een collega.';
  if (who.disabled_at) return 'Dit account is uitgeschakeld. Kies een collega die nu werkt.';
  if (isPartner(who.roles)) return 'Een ketenpartner kan geen regisseur worden. Kies een collega-regisseur van de gemeente.';
  if (!who.roles.includes('coordinator')) return 'Deze collega is geen regisseur en kan de casus niet overnemen. Kies een collega-regisseur.';
  return null;
}

/**
 * Whether the receiver's read access was given for this offer (and goes again when it is refused or
 * withdrawn): they joined as reader at the moment of the offer, not before.
 */
export function readerForOffer(member: { role: string; added_at: Date | string } | undefined, offeredAt: Date | string): boolean {
  return !!member && member.role === 'reader' && new Date(member.added_at).getTime() >= new Date(offeredAt).getTime();
}
