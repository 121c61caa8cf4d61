import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  breakthroughActionText, changedFields, describeConflict, normalizeText, ownerLabel, ownerProblems, proposePlan, sortActions,
} from './model.ts';

const coordinator = { id: 'u1', name: 'Rachid Regisseur' };

describe('the plan proposed from steps 3 and 4', () => {
  test('own words become a goal, the breakthrough a goal with an action for the coordinator', () => {
    const p = proposePlan({ ownWords: 'Over een jaar woon ik zelfstandig.', proposedStep: 'Gemeente betaalt de reparatie', coordinator }, { goals: [], actions: [] });
    assert.deepEqual(p.goals, [
      { text: 'Over een jaar woon ik zelfstandig.', source: 'perspective' },
      { text: 'Gemeente betaalt de reparatie', source: 'breakthrough' },
    ]);
    assert.equal(p.actions.length, 1);
    assert.equal(p.actions[0].ownerUserId, 'u1');
    assert.equal(p.actions[0].ownerKind, 'professional');
    assert.match(p.actions[0].what, /Gemeente betaalt de reparatie/);
  });

  test('nothing already in the plan is proposed again, whatever the case, spacing or end punctuation', () => {
    const existing = {
      goals: [{ text: 'over een jaar  woon ik zelfstandig' }, { text: 'Gemeente betaalt de reparatie!' }],
      actions: [{ what: breakthroughActionText('Gemeente betaalt de reparatie') }],
    };
    const p = proposePlan({ ownWords: 'Over een jaar woon ik zelfstandig.', proposedStep: 'Gemeente betaalt de reparatie', coordinator }, existing);
    assert.deepEqual(p, { goals: [], actions: [] });
  });

  test('empty steps propose nothing; the same text in both steps gives one goal; no coordinator, no action', () => {
    assert.deepEqual(proposePlan({ ownWords: '  ', proposedStep: null, coordinator }, { goals: [], actions: [] }), { goals: [], actions: [] });
    const same = proposePlan({ ownWords: 'Een oppas', proposedStep: 'een oppas.', coordinator: null }, { goals: [], actions: [] });
    assert.deepEqual(same.goals.map((g) => g.source), ['perspective']);
    assert.equal(same.actions.length, 0);
  });
});

describe('owners of actions', () => {
  test('an action without an owner names ownerKind; a professional or network member without a name names ownerName', () => {
    assert.deepEqual(ownerProblems({}).map((p) => p.field), ['ownerKind']);
    assert.deepEqual(ownerProblems({ ownerKind: 'professional', ownerName: ' ' }).map((p) => p.field), ['ownerName']);
    assert.deepEqual(ownerProblems({ ownerKind: 'network' }).map((p) => p.field), ['ownerName']);
    assert.deepEqual(ownerProblems({ ownerKind: 'professional', ownerUserId: 'u1' }), []);
    assert.deepEqual(ownerProblems({ ownerKind: 'household' }), []);
  });

  test('the household reads who does it in plain words', () => {
    assert.equal(ownerLabel({ ownerKind: 'household', ownerName: '' }), 'U zelf');
    assert.equal(ownerLabel({ ownerKind: 'network', ownerName: ' zus Marieke ' }), 'zus Marieke');
  });
});

describe('conflicts', () => {
  test('the 409 names who changed it and which fields differ from what was sent', () => {
    const diff = changedFields({ ownWords: 'a', needs: 'b', kinds: ['rule', 'money'] }, { ownWords: 'a ', needs: 'c', kinds: ['money', 'rule'] },
      { ownWords: 'eigen woorden', needs: 'behoeften', kinds: 'soort' });
    assert.deepEqual(diff, ['behoeften']);
    const text = describeConflict('het perspectief', { name: 'Chris Collega', at: new Date('2026-03-05T13:07:00Z'), version: 3 }, diff);
    assert.match(text, /^Chris Collega heeft het perspectief net gewijzigd om 14:07 \(nu versie 3\)\. Verschil met uw invoer: behoeften\./);
    assert.match(describeConflict('deze actie', null, []), /verwijderd/);
  });

  test('fields that were not sent are not reported as differences', () => {
    assert.deepEqual(changedFields({ a: 'x', b: 'y' }, { a: 'x' }, { a: 'A', b: 'B' }), []);
  });
});

test('actions: open work first by due date, done and dropped last', () => {
  const a = (id: string, status: 'open' | 'in_progress' | 'done' | 'dropped', dueOn: string | null) => ({ id, status, dueOn, createdAt: id });
  const sorted = sortActions([a('1', 'done', '2026-01-01'), a('2', 'open', null), a('3', 'in_progress', '2026-02-01'), a('4', 'dropped', '2026-01-01'), a('5', 'open', '2026-01-15')]);
  assert.deepEqual(sorted.map((x) => x.id), ['5', '3', '2', '1', '4']);
  assert.equal(normalizeText('  Eén  DOEL. '), 'eén doel');
});
