import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loginStage, mfaRequiredFor, providerDidSecondFactor, safeRedirectPath } from './model.ts';

describe('accounts model', () => {
  test('a second factor is required only for roles that see personal data, and only when the municipality wants it', () => {
    assert.equal(mfaRequiredFor(['coordinator', 'reporter'], true), true);
    assert.equal(mfaRequiredFor(['partner'], true), true);
    assert.equal(mfaRequiredFor(['reporter'], true), false);
    assert.equal(mfaRequiredFor(['policy'], true), false);
    assert.equal(mfaRequiredFor(['administrator'], false), false);
  });

  test('login stage: code when enrolled, setup when required but not enrolled, else logged in', () => {
    const base = { roles: ['coordinator'], municipalityRequiresMfa: true, totpEnabled: false, secondFactorDone: false };
    assert.equal(loginStage(base), 'mfa_setup');
    assert.equal(loginStage({ ...base, totpEnabled: true }), 'mfa');
    assert.equal(loginStage({ ...base, municipalityRequiresMfa: false }), 'full');
    assert.equal(loginStage({ ...base, municipalityRequiresMfa: false, totpEnabled: true }), 'mfa');
    assert.equal(loginStage({ ...base, roles: ['reporter'] }), 'full');
    assert.equal(loginStage({ ...base, totpEnabled: true, secondFactorDone: true }), 'full');
  });

  test("an identity provider's amr counts as a second factor only with 'mfa' or 'otp'", () => {
    assert.equal(providerDidSecondFactor(['pwd', 'mfa']), true);
    assert.equal(providerDidSecondFactor(['otp']), true);
    assert.equal(providerDidSecondFactor(['pwd']), false);
    assert.equal(providerDidSecondFactor([]), false);
  });

  test('only same-site relative paths survive as the place to go after login', () => {
    assert.equal(safeRedirectPath('/casussen?view=mine#top'), '/casussen?view=mine#top');
    assert.equal(safeRedirectPath('/a/../b'), '/b');
    for (const bad of ['https://kwaad.example/x', '//kwaad.example/x', '/\\kwaad.example', 'javascript:alert(1)', 'casussen', '', undefined, '/x\r\nSet-Cookie: a=b']) {
      assert.equal(safeRedirectPath(bad), '/', String(bad));
    }
  });
});
