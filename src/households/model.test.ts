import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changedFields, matchKeyFor } from './model.ts';

describe('household members', () => {
  test('a member with a birth date gets the usual intake-linking key; without one a key that never links', () => {
    assert.equal(matchKeyFor('p1', 'Jan  Jansen', '1980-01-02'), 'jan jansen|1980-01-02');
    const a = matchKeyFor('p1', 'Jan Jansen', null);
    const b = matchKeyFor('p2', 'Jan Jansen', null);
    assert.notEqual(a, b);
    assert.ok(!a.includes('|'));
  });

  test('only fields whose value really differs count as changed', () => {
    const current = { name: 'Jan', birthDate: null, relation: 'zoon', bsn: '123456782' };
    assert.deepEqual(changedFields(current, { name: 'Jan', relation: 'zoon' }), []);
    assert.deepEqual(changedFields(current, { name: 'Jan', birthDate: '2014-09-02', bsn: null }), ['birthDate', 'bsn']);
  });
});
