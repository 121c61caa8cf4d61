import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentStep, emptyFacts, missingFor, type StepFacts, stepStates } from './steps.ts';

const full: StepFacts = {
  story: true, householdMembers: 3, lifeDomainsAssessed: 2, involvements: 4, perspectiveOwnWords: true, perspectiveNeeds: true,
  blockerProblem: true, blockerKinds: 1, blockerRules: 1, proposedStep: true, costSum: true, planActions: 2,
};
const codes = (step: 1 | 2 | 3 | 4 | 5 | 6, f: StepFacts) => missingFor(step, f).map((m) => m.code);

describe('step completeness', () => {
  test('with nothing filled in, every step names what is missing', () => {
    assert.deepEqual(codes(1, emptyFacts), ['story', 'household_member', 'life_domain']);
    assert.deepEqual(codes(2, emptyFacts), ['involvement']);
    assert.deepEqual(codes(3, emptyFacts), ['own_words', 'needs']);
    assert.deepEqual(codes(4, emptyFacts), ['blocker_problem', 'blocker_kind', 'proposed_step']);
    assert.deepEqual(codes(5, emptyFacts), ['blocker_rule_or_kind', 'cost_sum']);
    assert.deepEqual(codes(6, emptyFacts), ['plan_action']);
  });

  test('with the essentials there, nothing is missing', () => {
    for (const step of [1, 2, 3, 4, 5, 6] as const) assert.deepEqual(codes(step, full), [], `stap ${step}`);
  });

  test('each essential on its own makes its step incomplete', () => {
    assert.deepEqual(codes(1, { ...full, story: false }), ['story']);
    assert.deepEqual(codes(1, { ...full, householdMembers: 0 }), ['household_member']);
    assert.deepEqual(codes(1, { ...full, lifeDomainsAssessed: 0 }), ['life_domain']);
    assert.deepEqual(codes(3, { ...full, perspectiveNeeds: false }), ['needs']);
    assert.deepEqual(codes(4, { ...full, proposedStep: false }), ['proposed_step']);
    assert.deepEqual(codes(6, { ...full, planActions: 0 }), ['plan_action']);
  });

  test('step 5 needs a rule or a kind of blocker, and the cost sum', () => {
    assert.deepEqual(codes(5, { ...full, blockerRules: 0 }), [], 'a kind is enough');
    assert.deepEqual(codes(5, { ...full, blockerKinds: 0 }), [], 'a rule is enough');
    assert.deepEqual(codes(5, { ...full, blockerKinds: 0, blockerRules: 0 }), ['blocker_rule_or_kind']);
    assert.deepEqual(codes(5, { ...full, costSum: false }), ['cost_sum']);
  });

  test('the missing texts are Dutch sentences', () => {
    for (const m of missingFor(1, emptyFacts)) assert.match(m.text, /^[A-Z][a-zé ,]+/);
  });
});

describe('where the case stands', () => {
  test('the first step that is not complete', () => {
    assert.equal(currentStep([]), 1);
    assert.equal(currentStep([1, 2]), 3);
    assert.equal(currentStep([1, 3, 4]), 2, 'a gap sends the case back to it');
    assert.equal(currentStep([2, 3, 4, 5, 6]), 1);
  });

  test('with every step complete the case stays at step 6', () => {
    assert.equal(currentStep([1, 2, 3, 4, 5, 6]), 6);
  });

  test('step states combine the stored rows with what is missing now', () => {
    const at = new Date('2026-03-02T10:00:00Z');
    const states = stepStates({ ...full, involvements: 0 }, [
      { step: 1, completedAt: at, completedBy: { id: 'u', name: 'R' }, reopenedAt: null, reopenReason: null },
      { step: 2, completedAt: at, completedBy: { id: 'u', name: 'R' }, reopenedAt: null, reopenReason: null },
      { step: 3, completedAt: null, completedBy: null, reopenedAt: at, reopenReason: 'nieuwe wens' },
    ]);
    assert.deepEqual(states.map((s) => s.state), ['complete', 'complete', 'open', 'open', 'open', 'open']);
    assert.equal(states[0].completedAt, at.toISOString());
    assert.deepEqual(states[1].missingCodes, ['involvement'], 'a completed step still says what went missing since');
    assert.equal(states[2].reopenedAt, at.toISOString());
    assert.equal(states[2].completedBy, null);
    assert.equal(states[5].name, 'Uitvoeren, volgen & leren');
  });
});
