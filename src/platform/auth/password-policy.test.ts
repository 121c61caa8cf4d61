import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPasswordPolicy } from './password-policy.ts';

const rachid = { email: 'rachid.regisseur@voorbeeld.nl', name: 'Rachid Regisseur' };

describe('checkPasswordPolicy', () => {
  test('a long, uncommon passphrase is accepted', () => {
    assert.equal(checkPasswordPolicy('paarse fiets onder de brug', rachid), null);
    assert.equal(checkPasswordPolicy('Kx9#mQ2!vLp7wZ', rachid), null);
    assert.equal(checkPasswordPolicy('rachid fietst naar het werk', rachid), null);
  });

  test('length: at least 12 characters (counted as characters, not bytes), at most 128', () => {
    assert.match(checkPasswordPolicy('Kx9#mQ2!vLp', rachid)!, /minstens 12 tekens/);
    assert.equal(checkPasswordPolicy('Kx9#mQ2!vLp7', rachid), null);
    // 11 characters, but 12 UTF-16 units: still too short.
    assert.match(checkPasswordPolicy('🚲fietsnaarz', {})!, /minstens 12 tekens/);
    assert.equal(checkPasswordPolicy('🚲fietsnaarze', {}), null);
    assert.match(checkPasswordPolicy('a'.repeat(64) + 'b'.repeat(65), {})!, /hoogstens 128 tekens/);
    assert.equal(checkPasswordPolicy('paarse fiets '.repeat(9).slice(0, 128), {}), null);
  });

  test('too few different characters is refused', () => {
    assert.match(checkPasswordPolicy('aaaaaaaaaaaaaaaa', {})!, /verschillende tekens/);
    assert.match(checkPasswordPolicy('abababababababab', {})!, /verschillende tekens/);
  });

  test('common and breached passwords are refused, regardless of capitals', () => {
    for (const pw of ['Welkom123!', 'WELKOM01', 'wachtwoord', 'voorjaar2024', 'welkom01']) {
      // Short ones fail on length first; with digits added to reach 12 they still fail on the list.
      const padded = pw.length >= 12 ? pw : `${pw}${'2024!!!!!!!!'.slice(0, 12 - pw.length)}`;
      assert.match(checkPasswordPolicy(padded, rachid)!, /veel gebruikt/, padded);
    }
    for (const pw of ['123456789012', 'QWERTYUIOP123', 'Password1234!', 'passwordpassword', 'P@ssw0rd2024!', 'Wachtwoord2024', 'welkomwelkom', 'Welkom123!welkom', 'Doorbraak2024!']) {
      assert.match(checkPasswordPolicy(pw, rachid)!, /veel gebruikt/, pw);
    }
  });

  test('the own e-mail address or name (with digits or symbols around it) is refused', () => {
    for (const pw of ['rachid.regisseur@voorbeeld.nl', 'Regisseur2024!!', 'rachidregisseur', 'RACHID-REGISSEUR-1', '!!Rachid!!2024']) {
      assert.match(checkPasswordPolicy(pw, rachid)!, /naam of e-mailadres/, pw);
    }
    // The same strings are fine for someone else.
    assert.equal(checkPasswordPolicy('rachidregisseur', { email: 'eva@elders.nl', name: 'Eva Elders' }), null);
  });
});
