import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchTotp, newTotpSecret, totpCode, totpCounter, totpUri } from './totp.ts';

// RFC 6238 appendix B: the ASCII secret "12345678901234567890", SHA-1, here cut to 6 digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const rfcVectors: [number, string][] = [
  [59, '287082'], [1111111109, '081804'], [1111111111, '050471'], [1234567890, '005924'], [2000000000, '279037'],
];

describe('totp', () => {
  test('codes match the RFC 6238 test vectors', () => {
    for (const [seconds, code] of rfcVectors) assert.equal(totpCode(RFC_SECRET, seconds * 1000), code, `t=${seconds}`);
  });

  test('a code is accepted in its own step and one step either side, not two', () => {
    const secret = newTotpSecret();
    const at = 1_700_000_000_000;
    const code = totpCode(secret, at);
    const step = totpCounter(at);
    assert.equal(matchTotp(secret, code, { at }), step);
    assert.equal(matchTotp(secret, code, { at: at + 30_000 }), step);
    assert.equal(matchTotp(secret, code, { at: at - 30_000 }), step);
    assert.equal(matchTotp(secret, code, { at: at + 60_000 }), null);
    assert.equal(matchTotp(secret, code, { at: at - 60_000 }), null);
  });

  test('a used step (or an earlier one) is refused: no replay', () => {
    const secret = newTotpSecret();
    const at = 1_700_000_000_000;
    const step = totpCounter(at);
    const code = totpCode(secret, at);
    assert.equal(matchTotp(secret, code, { at, lastCounter: step }), null);
    assert.equal(matchTotp(secret, code, { at, lastCounter: step + 1 }), null);
    assert.equal(matchTotp(secret, code, { at, lastCounter: step - 1 }), step);
    // The next step's code is fine after this one was used.
    assert.equal(matchTotp(secret, totpCode(secret, at + 30_000), { at: at + 30_000, lastCounter: step }), step + 1);
  });

  test('wrong, malformed and other-secret codes are refused; spaces are allowed', () => {
    const secret = newTotpSecret();
    const at = Date.now();
    const code = totpCode(secret, at);
    assert.equal(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { at }), totpCounter(at));
    assert.equal(matchTotp(secret, '12345', { at }), null);
    assert.equal(matchTotp(secret, 'abcdef', { at }), null);
    assert.equal(matchTotp(secret, `${code}0`, { at }), null);
    assert.equal(matchTotp(newTotpSecret(), code, { at: at + 90_000 }), null);
  });

  test('a new secret has 160 bits and the URI carries issuer, account and the standard parameters', () => {
    const secret = newTotpSecret();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.notEqual(secret, newTotpSecret());
    const uri = new URL(totpUri(secret, 'Doorbraak', 'regisseur@voorbeeld.nl'));
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.host, 'totp');
    assert.equal(decodeURIComponent(uri.pathname), '/Doorbraak:regisseur@voorbeeld.nl');
    assert.equal(uri.searchParams.get('secret'), secret);
    assert.equal(uri.searchParams.get('issuer'), 'Doorbraak');
    assert.equal(uri.searchParams.get('digits'), '6');
    assert.equal(uri.searchParams.get('period'), '30');
    assert.equal(uri.searchParams.get('algorithm'), 'SHA1');
  });
});
