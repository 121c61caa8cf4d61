import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { PriceUnit } from '../price-list/model.ts';

/** The involvements area owns involvement (the price items it points at belong to the price list). */

export interface InvolvementValues {
  organisation: string; contactName: string | null; contactDetails: string | null; priceItemId: string | null; service: string;
  since: string | null; unitsPerYear: number | null; intensity: string | null; yearlyCostCents: number; endedOn: string | null;
}

function toInvolvement(r: {
  id: string; case_id: string; organisation: string; contact_name: string | null; contact_details: string | null; price_item_id: string | null;
  service: string; since: string | null; units_per_year: string | null; intensity: string | null; yearly_cost_cents: string;
  ended_on: string | null; version: number; item_service: string | null; item_unit: PriceUnit | null; item_tariff: string | null;
}) {
  return {
    id: r.id, caseId: r.case_id, organisation: r.organisation, contactName: r.contact_name, contactDetails: r.contact_details,
    priceItem: r.price_item_id ? { id: r.price_item_id, service: r.item_service ?? '', unit: r.item_unit!, tariffCents: Number(r.item_tariff) } : null,
    service: r.service, since: r.since, unitsPerYear: r.units_per_year === null ? null : Number(r.units_per_year), intensity: r.intensity,
    yearlyCostCents: Number(r.yearly_cost_cents), endedOn: r.ended_on, version: r.version,
  };
}
export type InvolvementRow = ReturnType<typeof toInvolvement>;

function selectInvolvements(tx: Tx) {
  return tx.selectFrom('involvement as i').leftJoin('price_item as p', 'p.id', 'i.price_item_id')
    .select(['i.id', 'i.case_id', 'i.organisation', 'i.contact_name', 'i.contact_details', 'i.price_item_id', 'i.service', 'i.since',
      'i.units_per_year', 'i.intensity', 'i.yearly_cost_cents', 'i.ended_on', 'i.version',
      'p.service as item_service', 'p.unit as item_unit', 'p.tariff_cents as item_tariff']);
}

/** Every involvement of a case: running ones first, then by start date and organisation. */
export async function involvementsOf(tx: Tx, caseId: string): Promise<InvolvementRow[]> {
  const rows = await selectInvolvements(tx).where('i.case_id', '=', caseId)
    .orderBy(sql`i.ended_on is not null`).orderBy(sql`i.since nulls first`).orderBy(sql`lower(i.organisation)`).orderBy('i.id')
    .execute();
  return rows.map(toInvolvement);
}

export async function involvement(tx: Tx, caseId: string, id: string): Promise<InvolvementRow | undefined> {
  const row = await selectInvolvements(tx).where('i.case_id', '=', caseId).where('i.id', '=', id).executeTakeFirst();
  return row ? toInvolvement(row) : undefined;
}

const columns = (v: InvolvementValues) => ({
  organisation: v.organisation, contact_name: v.contactName, contact_details: v.contactDetails, price_item_id: v.priceItemId,
  service: v.service, since: v.since, units_per_year: v.unitsPerYear, intensity: v.intensity, yearly_cost_cents: v.yearlyCostCents,
  ended_on: v.endedOn,
});

export async function insertInvolvement(tx: Tx, tenantId: string, caseId: string, createdBy: string | null, v: InvolvementValues): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('involvement').values({ tenant_id: tenantId, id, case_id: caseId, created_by: createdBy, ...columns(v) }).execute();
  return id;
}

/** Changes an involvement only at the version the user saw; undefined when someone changed it first. */
export function updateInvolvement(tx: Tx, id: string, version: number, v: InvolvementValues) {
  return tx.updateTable('involvement').set({ ...columns(v), version: sql`version + 1` } as never)
    .where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

/** Running involvements per price item, for the price list ("in use"). */
export async function runningPerPriceItem(tx: Tx, today: string): Promise<Map<string, number>> {
  const rows = await tx.selectFrom('involvement').select(['price_item_id', sql<number>`count(*)::int`.as('n')])
    .where('price_item_id', 'is not', null)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]))
    .groupBy('price_item_id').execute();
  return new Map(rows.map((r) => [r.price_item_id!, Number(r.n)]));
}

/** The running involvements that use one price item, across the municipality's cases. */
export function runningWithPriceItem(tx: Tx, priceItemId: string, today: string) {
  return tx.selectFrom('involvement').select(['id', 'case_id', 'units_per_year'])
    .where('price_item_id', '=', priceItemId)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>', today)]))
    .execute();
}

export async function setYearlyCost(tx: Tx, id: string, yearlyCostCents: number, unitsPerYear: number): Promise<void> {
  await tx.updateTable('involvement').set({ yearly_cost_cents: yearlyCostCents, units_per_year: unitsPerYear, version: sql`version + 1` } as never)
    .where('id', '=', id).execute();
}
