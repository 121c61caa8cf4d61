import { closureForOverview } from '../closure/overview.ts';
import { handoverForOverview } from '../handover/overview.ts';
import type { CaseAccess } from '../access/model.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { stepsOfCase } from './steps-store.ts';

/** The step states, kind, open handover, closure, follow-ups and recurrence for the case overview. */
export async function stepsOverview(tx: Tx, c: { id: string; household_id: string; access: CaseAccess }) {
  const [steps, closure, handover] = await Promise.all([
    stepsOfCase(tx, c, { showReasons: !c.access.partner }),
    closureForOverview(tx, c.id, c.access.sections.includes('plan')),
    handoverForOverview(tx, c.id, c.access.partner),
  ]);
  return { steps, ...closure, handover };
}
