import assert from 'node:assert/strict';
import { test } from 'node:test';
import { covered, sameOrganisation } from './model.ts';

test('organisation names match without case and extra spaces', () => {
  assert.equal(sameOrganisation('  GGZ  Rivierduinen', 'ggz rivierduinen'), true);
  assert.equal(sameOrganisation('GGZ Rivierduinen', 'GGZ Delfland'), false);
});

test('only active grounds for the organisation cover sections', () => {
  const grounds = [
    { organisations: ['CAK', 'UWV'], sections: ['story'], active: true },
    { organisations: ['UWV'], sections: ['household'], active: false },
    { organisations: ['IND'], sections: ['timeline'], active: true },
  ];
  assert.deepEqual(covered(grounds, 'uwv'), ['story']);
  assert.deepEqual(covered(grounds, 'IND'), ['timeline']);
  assert.deepEqual(covered(grounds, 'SVB'), []);
});
