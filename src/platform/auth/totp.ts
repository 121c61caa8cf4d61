import crypto from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app reads them: 6 digits, a new code
 * every 30 seconds, HMAC-SHA-1. SHA-1 is what the apps support everywhere; within HMAC it is not weak.
 */
const PERIOD = 30;
const DIGITS = 6;
const ALGORITHM = 'SHA1';
/** One step either side absorbs clock drift between phone and server. */
const WINDOW = 1;

function totp(secretBase32: string, label = '', issuer = ''): TOTP {
  return new TOTP({ issuer, label, algorithm: ALGORITHM, digits: DIGITS, period: PERIOD, secret: Secret.fromBase32(secretBase32) });
}

/** A new random secret of 160 bits (the size RFC 4226 recommends), in base32 for typing into an app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// address a QR code carries; the label shows up in the app next to the code. */
export function totpUri(secretBase32: string, issuer: string, account: string): string {
  return totp(secretBase32, account, issuer).toString();
}

/** The time step a moment falls in. */
export function totpCounter(at: number = Date.now()): number {
  return Math.floor(at / 1000 / PERIOD);
}

/** The code for a moment (for tests and for showing that setup works). */
export function totpCode(secretBase32: string, at: number = Date.now()): string {
  return totp(secretBase32).generate({ timestamp: at });
}

/**
 * Checks a code against the secret around `at`. Returns the time step it belongs to, or null when it
 * is wrong — or when that step is not later than `lastCounter`: a code that was used once (or an
 * older one) is refused, so a code seen over someone's shoulder cannot be used again.
 */
export function matchTotp(secretBase32: string, code: string, opts: { at?: number; lastCounter?: number | null } = {}): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const at = opts.at ?? Date.now();
  const now = totpCounter(at);
  let found: number | null = null;
  // Every step in the window is compared, in constant time, so timing says nothing about which matched.
  for (let step = now - WINDOW; step <= now + WINDOW; step++) {
    const expected = totp(secretBase32).generate({ timestamp: step * PERIOD * 1000 });
    if (crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(token)) && found === null) found = step;
  }
  if (found === null) return null;
  if (opts.lastCounter != null && found <= opts.lastCounter) return null;
  return found;
}
