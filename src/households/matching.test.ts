import { test } from 'node:test';
import assert from 'node:assert/strict';
import { householdMatchKeys, normalizeName } from './matching.ts';

test('normalizeName ignores case, accents and extra whitespace', () => {
  assert.equal(normalizeName('José  de Vries'), 'jose de vries');
  assert.equal(normalizeName('  ANOUK\tvan  der Bël '), 'anouk van der bel');
  assert.equal(normalizeName('Çelik Öztürk'), 'celik ozturk');
});

test('normalizeName handles precomposed and decomposed input the same', () => {
  const precomposed = 'Jos\u00e9';
  const decomposed = 'Jose\u0301';
  assert.notEqual(precomposed, decomposed);
  assert.equal(normalizeName(precomposed), normalizeName(decomposed));
});

test('normalizeName keeps names that differ in letters distinct', () => {
  assert.notEqual(normalizeName('de Vries'), normalizeName('de Vriez'));
});

test('householdMatchKeys links the same person across intakes', () => {
  const existing = householdMatchKeys([
    { name: 'José  de Vries', birthDate: '1980-03-14' },
    { name: 'Sanne de Vries', birthDate: '2012-07-01' },
  ]);
  assert.deepEqual(existing, ['jose de vries|1980-03-14', 'sanne de vries|2012-07-01']);

  const intake = householdMatchKeys([{ name: 'jose de vries', birthDate: '1980-03-14' }]);
  assert.ok(intake.some((k) => existing.includes(k)));
});

test('householdMatchKeys does not match a different birth date', () => {
  const a = householdMatchKeys([{ name: 'Jose de Vries', birthDate: '1980-03-14' }]);
  const b = householdMatchKeys([{ name: 'Jose de Vries', birthDate: '1980-03-15' }]);
  assert.notDeepEqual(a, b);
  assert.ok(!b.some((k) => a.includes(k)));
});

test('householdMatchKeys skips members with an empty name or birth date', () => {
  const keys = householdMatchKeys([
    { name: '   ', birthDate: '1980-03-14' },
    { name: 'Jose de Vries', birthDate: '' },
    { name: 'Sanne de Vries', birthDate: '2012-07-01' },
  ]);
  assert.deepEqual(keys, ['sanne de vries|2012-07-01']);
});
