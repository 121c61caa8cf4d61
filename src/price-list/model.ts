/** Pure rules for the municipality's price list: what a unit of support costs. Money in integer cents. */

export const priceUnits = ['year', 'month', 'week', 'day', 'hour', 'trajectory', 'event'] as const;
export type PriceUnit = (typeof priceUnits)[number];

/** "per …" in plain Dutch, for labels and the cost build-up. */
export const unitLabel: Record<PriceUnit, { one: string; many: string }> = {
  year: { one: 'jaar', many: 'jaar' }, month: { one: 'maand', many: 'maanden' }, week: { one: 'week', many: 'weken' },
  day: { one: 'dag', many: 'dagen' }, hour: { one: 'uur', many: 'uur' }, trajectory: { one: 'traject', many: 'trajecten' },
  event: { one: 'keer', many: 'keer' },
};

/** The highest tariff per unit we accept: one million euros. */
export const MAX_TARIFF_CENTS = 100_000_000;

export interface PriceItemDates {
  validFrom: string;
  validUntil: string | null;
}

/** Whether a price item applies on a day ('YYYY-MM-DD'); valid until is the last day it applies. */
export function validOn(item: PriceItemDates, day: string): boolean {
  return item.validFrom <= day && (item.validUntil === null || item.validUntil >= day);
}

/** A period that ends before it starts is a typing error. */
export function periodError(item: PriceItemDates): string | null {
  return item.validUntil !== null && item.validUntil < item.validFrom ? 'De einddatum ligt vóór de begindatum' : null;
}
