/**
 * Pure rules for the agencies involved with a household and what their support costs a year
 * ("doormodderen"): no I/O. Money in integer cents.
 */
import { type PriceUnit, unitLabel } from '../price-list/model.ts';

/** Units per year are kept with two decimals (numeric(10, 2)); the most we accept. */
export const MAX_UNITS_PER_YEAR = 100_000;

/**
 * Tariff × units per year, rounded to whole cents. Units are taken in hundredths (as stored), so
 * the result never depends on how binary floating point rounds 0.1.
 */
export function yearlyCostCents(tariffCents: number, unitsPerYear: number): number {
  const hundredths = Math.round(unitsPerYear * 100);
  return Math.round((tariffCents * hundredths) / 100);
}

/** A yearly tariff or a trajectory counts once a year unless said otherwise; other units need a number. */
export function defaultUnitsPerYear(unit: PriceUnit): number | null {
  return unit === 'year' || unit === 'trajectory' ? 1 : null;
}

export interface PriceFacts {
  unit: PriceUnit;
  tariffCents: number;
  service: string;
}

export interface CostWish {
  /** The price item chosen, or null for a service that is not on the list. */
  item: PriceFacts | null;
  unitsPerYear: number | null;
  /** A yearly cost typed in by hand: only for a service that is not on the price list. */
  manualYearlyCents: number | null;
}

export type CostOutcome =
  | { ok: true; yearlyCostCents: number; unitsPerYear: number | null }
  | { ok: false; field: 'unitsPerYear' | 'yearlyCostCents'; message: string };

/**
 * The yearly cost of one involvement. With a price item it is always computed (tariff × units per
 * year) and a typed-in amount is refused; without one the typed-in amount counts (0 when unknown).
 */
export function resolveCost(w: CostWish): CostOutcome {
  if (!w.item) return { ok: true, yearlyCostCents: w.manualYearlyCents ?? 0, unitsPerYear: w.unitsPerYear };
  if (w.manualYearlyCents !== null) {
    return { ok: false, field: 'yearlyCostCents', message: 'De kosten per jaar volgen uit de prijslijst. Vul ze alleen zelf in bij een dienst die niet op de prijslijst staat.' };
  }
  const units = w.unitsPerYear ?? defaultUnitsPerYear(w.item.unit);
  if (units === null) {
    return { ok: false, field: 'unitsPerYear', message: `Vul in hoeveel ${unitLabel[w.item.unit].many} per jaar, bijvoorbeeld 40` };
  }
  return { ok: true, yearlyCostCents: yearlyCostCents(w.item.tariffCents, units), unitsPerYear: units };
}

export interface CostedInvolvement {
  organisation: string;
  service: string;
  yearlyCostCents: number;
  endedOn: string | null;
}

/** Still running on this day: not ended, or ending later (the same rule as the stored cost sum). */
export function isCurrent(i: { endedOn: string | null }, today: string): boolean {
  return i.endedOn === null || i.endedOn > today;
}

/** Organisations are one agency however they are capitalised or spaced. */
export const agencyKey = (organisation: string) => organisation.trim().replace(/\s+/g, ' ').toLowerCase();

export interface CostBuildUp {
  agencies: number;
  yearlyTotalCents: number;
  /** Per organisation, the most expensive first: how the yearly total is built up. */
  byOrganisation: { organisation: string; yearlyCents: number; services: string[]; sharePercent: number }[];
}

/** What the current support costs a year ("doormodderen"), and how that is built up. */
export function costBuildUp(items: CostedInvolvement[], today: string): CostBuildUp {
  const current = items.filter((i) => isCurrent(i, today));
  const groups = new Map<string, { organisation: string; yearlyCents: number; services: string[] }>();
  for (const i of current) {
    const key = agencyKey(i.organisation);
    const g = groups.get(key) ?? { organisation: i.organisation.trim(), yearlyCents: 0, services: [] };
    g.yearlyCents += i.yearlyCostCents;
    if (!g.services.includes(i.service)) g.services.push(i.service);
    groups.set(key, g);
  }
  const yearlyTotalCents = current.reduce((sum, i) => sum + i.yearlyCostCents, 0);
  const byOrganisation = [...groups.values()]
    .sort((a, b) => b.yearlyCents - a.yearlyCents || a.organisation.localeCompare(b.organisation, 'nl'))
    .map((g) => ({ ...g, sharePercent: yearlyTotalCents > 0 ? Math.round((g.yearlyCents / yearlyTotalCents) * 100) : 0 }));
  return { agencies: groups.size, yearlyTotalCents, byOrganisation };
}

/** An end before the start is a typing error. */
export function periodError(since: string | null, endedOn: string | null): string | null {
  return since && endedOn && endedOn < since ? 'De einddatum ligt vóór de startdatum' : null;
}
