/**
 * The custom-solutions budget (maatwerkbudget): pure arithmetic on integer cents, no I/O.
 * An approved decision commits money; payments and releases draw that commitment down. The ledger is
 * append-only, so every total here is recomputed from the entries and always reconciles:
 * remaining + open commitments + paid = budget.
 */

export const entryKinds = ['commitment', 'payment', 'release'] as const;
export type EntryKind = (typeof entryKinds)[number];

export const entryKindLabel: Record<EntryKind, string> = { commitment: 'Verplichting', payment: 'Betaling', release: 'Vrijval' };

export interface LedgerEntry {
  kind: EntryKind;
  amountCents: number;
  /** YYYY-MM-DD */
  date: string;
  decisionId: string;
}

export interface Totals {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  releasedCents: number;
  /** Committed and not yet paid or released. */
  openCents: number;
  /** What is still free to commit; negative when the budget was overdrawn by a higher mandate. */
  remainingCents: number;
}

export function totals(budgetCents: number, entries: LedgerEntry[]): Totals {
  const sum = (k: EntryKind) => entries.filter((e) => e.kind === k).reduce((s, e) => s + e.amountCents, 0);
  const committedCents = sum('commitment');
  const paidCents = sum('payment');
  const releasedCents = sum('release');
  const openCents = committedCents - paidCents - releasedCents;
  return { budgetCents, committedCents, paidCents, releasedCents, openCents, remainingCents: budgetCents - committedCents + releasedCents };
}

/** What is still open on one decision: its commitment minus what was paid or released. */
export function openOn(entries: LedgerEntry[], decisionId: string): number {
  return totals(0, entries.filter((e) => e.decisionId === decisionId)).openCents;
}

export interface MonthTotals {
  /** YYYY-MM */
  month: string;
  committedCents: number;
  paidCents: number;
  releasedCents: number;
}

/**
 * Per month: the twelve months of the budget year, plus any month outside it in which an entry of
 * this budget fell (a payment in January for a commitment of December), in calendar order.
 */
export function byMonth(year: number, entries: LedgerEntry[]): MonthTotals[] {
  const months = new Map<string, MonthTotals>();
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    months.set(month, { month, committedCents: 0, paidCents: 0, releasedCents: 0 });
  }
  for (const e of entries) {
    const month = e.date.slice(0, 7);
    const row = months.get(month) ?? { month, committedCents: 0, paidCents: 0, releasedCents: 0 };
    if (e.kind === 'commitment') row.committedCents += e.amountCents;
    else if (e.kind === 'payment') row.paidCents += e.amountCents;
    else row.releasedCents += e.amountCents;
    months.set(month, row);
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** Whether committing this amount would take more than is left in the budget. */
export function wouldOverdraw(t: Pick<Totals, 'remainingCents'>, amountCents: number): boolean {
  return amountCents > 0 && amountCents > t.remainingCents;
}

/**
 * Why a payment or release of this amount cannot be booked against what is open on the decision,
 * or null when it can. Paying more than was committed needs a new decision, not a bigger payment.
 */
export function drawProblem(kind: 'payment' | 'release', amountCents: number, openCents: number): string | null {
  if (!Number.isInteger(amountCents) || amountCents <= 0) return 'Vul een bedrag in hele centen in, groter dan 0';
  if (openCents <= 0) {
    return kind === 'payment'
      ? 'Er staat op dit besluit niets meer open om te betalen. Voor meer geld is een nieuw besluit nodig.'
      : 'Er staat op dit besluit niets meer open om vrij te geven.';
  }
  if (amountCents > openCents) {
    return kind === 'payment'
      ? `U betaalt meer dan er is vastgelegd: er staat nog ${formatCents(openCents)} open. Voor meer geld is een nieuw besluit nodig.`
      : `U geeft meer vrij dan er openstaat: er staat nog ${formatCents(openCents)} open.`;
  }
  return null;
}

/** Dutch notation with cents: 197000 → '€ 1.970,00'. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}€ ${Math.floor(abs / 100).toLocaleString('nl-NL')},${String(abs % 100).padStart(2, '0')}`;
}

/** For a CSV read by Dutch spreadsheet software: '1970,00' without thousands separators. */
export function csvAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
