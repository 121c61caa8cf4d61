// Euros as Dutch users type them ("1.250,50", "€ 500", "12,5") to integer cents, and back.

export type ParsedEuros = { ok: true; cents: number | null } | { ok: false; reason: 'format' | 'negative' | 'too_large' };

const MAX_CENTS = 100_000_000_00;

/**
 * Reads an amount in euros. A comma is the decimal sign and dots group thousands ("1.250,50").
 * Without a comma, dots between groups of three digits group thousands ("1.250" is 1250), and a
 * single dot before one or two digits is a decimal point ("12.50"). Empty means: not filled in.
 */
export function parseEuros(input: string): ParsedEuros {
  let s = input.replace(/[\s\u00a0]/g, '').replace(/^€/, '').replace(/^eur(o)?/i, '').replace(/,-$/, '');
  if (s === '') return { ok: true, cents: null };
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1).replace(/^€/, '');
  let whole: string;
  let fraction = '';
  if (s.includes(',')) {
    const parts = s.split(',');
    if (parts.length !== 2) return { ok: false, reason: 'format' };
    [whole, fraction] = parts;
    if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole)) return { ok: false, reason: 'format' };
    whole = whole.replace(/\./g, '');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(s)) {
    whole = s.replace(/\./g, '');
  } else if (/^\d*\.\d{1,2}$/.test(s)) {
    [whole, fraction] = s.split('.');
  } else {
    whole = s;
  }
  if (whole === '') whole = '0';
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return { ok: false, reason: 'format' };
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (negative && cents > 0) return { ok: false, reason: 'negative' };
  if (cents > MAX_CENTS) return { ok: false, reason: 'too_large' };
  return { ok: true, cents };
}

/** Cents as the text of an input: "1.250,50", or "500" for whole euros; empty for null. */
export function centsToInput(cents: number | null): string {
  if (cents === null) return '';
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const grouped = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0, useGrouping: true }).format(whole);
  return rest ? `${grouped},${String(rest).padStart(2, '0')}` : grouped;
}

/** Cents for reading, in the user's language: "€ 1.250" (whole euros) or "€ 1.250,50". */
export function formatEuros(cents: number, locale: string, exact = false): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: exact && cents % 100 !== 0 ? 2 : 0,
    maximumFractionDigits: exact ? 2 : 0,
  }).format(cents / 100);
}
