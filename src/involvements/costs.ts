import { addEvent, getCase } from '../cases/store.ts';
import { refreshCaseCost } from '../costs/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import type { PriceUnit } from '../price-list/model.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { costBuildUp, isCurrent, resolveCost } from './model.ts';
import { type InvolvementRow, involvementsOf, runningWithPriceItem, setYearlyCost } from './store.ts';

/** Use cases of the involvements' cost shared by the routes, the case overview and the price list. */

export function presentInvolvement(i: InvolvementRow, today: string) {
  const { caseId: _caseId, ...rest } = i;
  return { ...rest, current: isCurrent(i, today) };
}

/** The involvements of a case with what the running ones cost a year and how that is built up. */
export async function involvementsOverview(tx: Tx, caseId: string, today = amsterdamDate(new Date())) {
  const items = await involvementsOf(tx, caseId);
  return { items: items.map((i) => presentInvolvement(i, today)), ...costBuildUp(items, today) };
}

/**
 * A running involvement's cost follows its price item: when the administrator corrects a tariff or
 * unit, every running involvement with that item is recomputed, its case's cost sum stored again,
 * and the change put on the case's timeline and in the processing log.
 * Ended involvements keep the cost they had. Returns how many were recomputed.
 */
export async function repriceInvolvements(tx: Tx, crypto: Crypto, pc: ProcessingContext, item: { id: string; unit: PriceUnit; tariffCents: number; service: string }) {
  const today = amsterdamDate(new Date());
  const running = await runningWithPriceItem(tx, item.id, today);
  const cases = new Set<string>();
  let recomputed = 0;
  for (const r of running) {
    const cost = resolveCost({ item, unitsPerYear: r.units_per_year === null ? null : Number(r.units_per_year), manualYearlyCents: null });
    // A unit that now needs a number the involvement never had keeps its cost until someone fills it in.
    if (!cost.ok) continue;
    await setYearlyCost(tx, r.id, cost.yearlyCostCents, cost.unitsPerYear!);
    await addEvent(tx, pc.tenantId, r.case_id, 'involvement_repriced', pc.actorId, { involvementId: r.id, priceItemId: item.id, yearlyCostCents: cost.yearlyCostCents });
    cases.add(r.case_id);
    recomputed++;
  }
  for (const caseId of cases) {
    await refreshCaseCost(tx, pc.tenantId, caseId);
    const kase = await getCase(tx, caseId);
    if (!kase) continue;
    await logProcessing(tx, pc, {
      activity: 'betrokkenen-bijhouden', action: 'update', objectType: 'involvement', objectId: item.id, caseId,
      legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, crypto, kase.household_id),
    });
  }
  return recomputed;
}
