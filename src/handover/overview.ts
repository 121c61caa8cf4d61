import type { Tx } from '../platform/db/tenant.ts';
import { type HandoverRow, openHandover } from './store.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export function presentHandover(h: HandoverRow) {
  return {
    id: h.id, caseId: h.case_id, from: { id: h.from_user, name: h.from_name }, to: { id: h.to_user, name: h.to_name },
    note: h.note, status: h.status, answer: h.answer, offeredAt: iso(h.offered_at)!, answeredAt: iso(h.answered_at),
  };
}

/** The open offer of a case for the overview; null for partners, who never see handover notes. */
export async function handoverForOverview(tx: Tx, caseId: string, partner: boolean) {
  if (partner) return null;
  const h = await openHandover(tx, caseId);
  return h ? presentHandover(h) : null;
}
