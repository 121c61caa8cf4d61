/**
 * Pure rules of the policy view: small counts are suppressed so no household can be recognised,
 * periods are weeks and quarters, and every figure can leave as CSV. No I/O.
 */

/** Counts from 1 to 4 are never shown; 0 is (it points at nobody). */
export const MIN_COUNT = 5;

/** The policy role sees figures only; these roles work with cases and may see what is in them. */
const CASE_ROLES = ['coordinator', 'mandate_holder', 'reporter', 'partner'];

/** Someone whose only access to cases is the policy role: asking for anything with personal data is 403. */
export function policyOnly(roles: readonly string[]): boolean {
  return roles.includes('policy') && !roles.some((r) => CASE_ROLES.includes(r));
}

export const POLICY_ONLY_DETAIL = 'Met de rol beleid ziet u alleen cijfers zonder persoonsgegevens. Gegevens over casussen of huishoudens zijn voor het casusteam.';

export const isSmall = (n: number) => n > 0 && n < MIN_COUNT;

/**
 * A row with its counts and with the figures derived from them (sums of money, shares, medians).
 * A count between 1 and 4 becomes null; when the row's base count is small, every derived figure
 * goes too, because a sum over two households says too much about each of them. Suppressed fields
 * are listed by name, so the screen and the CSV can say why a cell is empty.
 */
export function suppressRow<T extends Record<string, unknown>, C extends keyof T, D extends keyof T = never>(
  row: T, opts: { counts: C[]; derived?: D[]; base?: keyof T },
): Omit<T, C | D> & { [K in C | D]: T[K] | null } & { suppressed: string[] } {
  const out: Record<string, unknown> = { ...row };
  const suppressed: string[] = [];
  for (const k of opts.counts) {
    const v = row[k];
    if (typeof v === 'number' && isSmall(v)) {
      out[k as string] = null;
      suppressed.push(k as string);
    }
  }
  const baseValue = opts.base ? row[opts.base] : undefined;
  if (typeof baseValue === 'number' && isSmall(baseValue)) {
    for (const k of opts.derived ?? []) {
      if (row[k] !== null && row[k] !== undefined) {
        out[k as string] = null;
        suppressed.push(k as string);
      }
    }
  }
  return { ...(out as Omit<T, C | D> & { [K in C | D]: T[K] | null }), suppressed };
}

/**
 * Within norm against outside it: a share is only shown when both parts are 0 or at least 5, else
 * the share itself would reveal the small part (9 of 10 in time says one household waited).
 */
export function normShare(total: number, within: number): { total: number | null; within: number | null; percent: number | null; suppressed: string[] } {
  const outside = total - within;
  const suppressed: string[] = [];
  const t = isSmall(total) ? null : total;
  if (t === null) suppressed.push('total');
  const hidesPart = isSmall(within) || isSmall(outside);
  const w = t === null || hidesPart ? null : within;
  if (w === null && total > 0) suppressed.push('within');
  const percent = w === null || !total ? null : Math.round((within / total) * 100);
  if (percent === null && total > 0) suppressed.push('percent');
  return { total: t, within: w, percent, suppressed };
}

/** The median of whole numbers, or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : Math.round(((s[mid - 1] + s[mid]) / 2) * 10) / 10;
}

// ── periods ────────────────────────────────────────────────────────────
const DAY = 86_400_000;
const parse = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
const format = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The Monday of the ISO week of a date (YYYY-MM-DD). */
export function weekStart(date: string): string {
  const ms = parse(date);
  const dow = (new Date(ms).getUTCDay() + 6) % 7;
  return format(ms - dow * DAY);
}

/** ISO week label: '2025-W07'. The week belongs to the year of its Thursday. */
export function isoWeek(date: string): string {
  const thursday = parse(weekStart(date)) + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The last `n` weeks up to and including the week of `today`, oldest first, as Mondays. */
export function lastWeeks(today: string, n: number): string[] {
  const current = parse(weekStart(today));
  return Array.from({ length: n }, (_, i) => format(current - (n - 1 - i) * 7 * DAY));
}

/** '2025-K3': the quarter as Dutch municipal budgets name it. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-K${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First day of the quarter `n - 1` quarters before the quarter of `today`. */
export function quartersStart(today: string, n: number): string {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) - (n - 1);
  const year = y + Math.floor(q / 4);
  const month = ((q % 4) + 4) % 4 * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** The last `n` quarters up to and including the quarter of `today`, oldest first. */
export function lastQuarters(today: string, n: number): string[] {
  const first = quartersStart(today, n);
  return Array.from({ length: n }, (_, i) => {
    const m = Number(first.slice(5, 7)) - 1 + i * 3;
    return quarterOf(`${Number(first.slice(0, 4)) + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`);
  });
}

// ── CSV ────────────────────────────────────────────────────────────────
/** Written in a suppressed cell, so a spreadsheet shows why it is empty. */
export const SUPPRESSED = 'onderdrukt (minder dan 5)';

export interface CsvColumn<R> { header: string; value: (r: R) => string | number | null; key?: string }

const cell = (v: string | number | null) => {
  const s = v === null ? '' : String(v);
  // Semicolons because Dutch spreadsheets read the comma as the decimal sign; formulas are defused.
  const safe = /^[=+\-@]/.test(s) && !/^-?\d+(,\d+)?$/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** A CSV for Dutch spreadsheets: BOM, semicolons, CRLF; suppressed cells say so. */
export function toCsv<R extends { suppressed?: string[] }>(rows: R[], columns: CsvColumn<R>[]): string {
  const lines = [columns.map((c) => cell(c.header)).join(';')];
  for (const r of rows) {
    lines.push(columns.map((c) => (c.key && r.suppressed?.includes(c.key) ? cell(SUPPRESSED) : cell(c.value(r)))).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Cents as euros with a decimal comma, as a Dutch spreadsheet expects ('1234,50'). */
export function csvEuros(cents: number | null): string | null {
  if (cents === null) return null;
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
