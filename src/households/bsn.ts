/**
 * Burgerservicenummer (BSN) helpers.
 *
 * BSNs are personal data: show them masked wherever the full number isn't needed.
 */

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/**
 * Strips spaces and dots; an 8-digit result is left-padded with a 0 because BSNs
 * with a leading zero are often written without it. Anything else is returned
 * stripped but otherwise unchanged, so it still fails validation.
 */
export function normalizeBsn(bsn: string): string {
  const stripped = bsn.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(stripped) ? `0${stripped}` : stripped;
}

/**
 * Exactly 9 digits (or 8, read with a leading 0) passing the eleven-test.
 * Deliberately strict: formatted input ('1112.22.333') should go through
 * normalizeBsn first.
 */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{8,9}$/.test(bsn)) return false;
  const digits = bsn.padStart(9, '0');
  // All zeros passes the eleven-test arithmetically but is never issued.
  if (digits === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i] * Number(digits[i]);
  return sum % 11 === 0;
}

/** '*****1234': only the last 4 digits of the normalized BSN stay visible. */
export function maskBsn(bsn: string): string {
  const normalized = normalizeBsn(bsn);
  // Too short to reveal 4 digits without exposing the whole value.
  if (normalized.length <= 4) return '*********';
  return `*****${normalized.slice(-4)}`;
}
