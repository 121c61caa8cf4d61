import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { PriceUnit } from './model.ts';

/** The price-list area owns price_item. */

export interface PriceValues {
  service: string; unit: PriceUnit; tariffCents: number; source: string | null; validFrom: string; validUntil: string | null;
}

const columns = ['id', 'service', 'unit', 'tariff_cents', 'source', 'valid_from', 'valid_until', 'version'] as const;
type Row = { id: string; service: string; unit: PriceUnit; tariff_cents: string; source: string | null; valid_from: string; valid_until: string | null; version: number };

const toItem = (r: Row) => ({
  id: r.id, service: r.service, unit: r.unit, tariffCents: Number(r.tariff_cents), source: r.source,
  validFrom: r.valid_from, validUntil: r.valid_until, version: r.version,
});
export type PriceItemRow = ReturnType<typeof toItem>;

/** The whole list (optionally what applies on one day), by service and newest tariff first. */
export async function priceItems(tx: Tx, on?: string): Promise<PriceItemRow[]> {
  let q = tx.selectFrom('price_item').select(columns);
  if (on) {
    q = q.where('valid_from', '<=', on).where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', on)]));
  }
  const rows = await q.orderBy(sql`lower(service)`).orderBy('valid_from', 'desc').orderBy('id').execute();
  return rows.map((r) => toItem(r as Row));
}

export async function priceItem(tx: Tx, id: string): Promise<PriceItemRow | undefined> {
  const row = await tx.selectFrom('price_item').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toItem(row as Row) : undefined;
}

export async function insertPriceItem(tx: Tx, tenantId: string, v: PriceValues): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('price_item').values({
    tenant_id: tenantId, id, service: v.service, unit: v.unit, tariff_cents: v.tariffCents, source: v.source,
    valid_from: v.validFrom, valid_until: v.validUntil,
  }).execute();
  return id;
}

/** Changes an item only at the version the administrator saw; undefined when someone changed it first. */
export function updatePriceItem(tx: Tx, id: string, version: number, v: PriceValues) {
  return tx.updateTable('price_item').set({
    service: v.service, unit: v.unit, tariff_cents: v.tariffCents, source: v.source, valid_from: v.validFrom,
    valid_until: v.validUntil, version: sql`version + 1`,
  } as never).where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}
