import assert from 'node:assert/strict';
import { test } from 'node:test';
import { committedAmount, decisionProblems, defaultCorners, describeDecisionEvent, dueOn, excerpt, isOverdue, weighingProblems } from './model.ts';

test('a request is due five working days later, skipping weekends and Dutch holidays', () => {
  // Friday before King's Day (Monday 27 April 2026): the weekend and the holiday do not count.
  assert.equal(dueOn('2026-04-24', 5), '2026-05-04');
  // Ascension Day (Thursday 14 May 2026) does not count either.
  assert.equal(dueOn('2026-05-12', 5), '2026-05-20');
  // Christmas: 25 and 26 December, then the weekend.
  assert.equal(dueOn('2026-12-22', 5), '2026-12-30');
  // A request made on a Saturday counts from the next working days.
  assert.equal(dueOn('2026-11-21', 5), '2026-11-27');
  assert.equal(dueOn('2026-11-23', 1), '2026-11-24');
});

test('a request escalates only after its whole due day has passed', () => {
  const due = dueOn('2026-04-24', 5);
  assert.equal(isOverdue(due, '2026-05-04'), false, 'the due day itself is still in time');
  assert.equal(isOverdue(due, '2026-05-05'), true);
  // After an escalation the next level gets the same number of working days from the day it arrived.
  assert.equal(dueOn('2026-05-05', 5), '2026-05-12');
});

test('the weighing speaks to every corner of the values triangle', () => {
  const full = defaultCorners.map((c) => ({ corner: c.key, text: `Afweging voor ${c.name}, lang genoeg.` }));
  assert.deepEqual(weighingProblems(defaultCorners, full), []);
  const missing = weighingProblems(defaultCorners, full.filter((w) => w.corner !== 'rechtvaardig'));
  assert.deepEqual(missing.map((p) => p.field), ['weighing.rechtvaardig']);
  assert.match(missing[0].message, /Rechtvaardig/);
  const short = weighingProblems(defaultCorners, full.map((w) => (w.corner === 'doelmatig' ? { ...w, text: 'kort' } : w)));
  assert.deepEqual(short.map((p) => p.field), ['weighing.doelmatig']);
  const unknown = weighingProblems(defaultCorners, [...full, { corner: 'snel', text: 'Dit is geen hoek van de driehoek.' }]);
  assert.deepEqual(unknown.map((p) => p.field), ['weighing.3.corner']);
});

test('conditions belong to an approval with conditions; the approved amount is at most what was asked', () => {
  assert.deepEqual(decisionProblems({ outcome: 'approved' }, 100), []);
  assert.deepEqual(decisionProblems({ outcome: 'approved_with_conditions' }, 100).map((p) => p.field), ['conditions']);
  assert.deepEqual(decisionProblems({ outcome: 'declined', conditions: 'Alleen als...' }, 100).map((p) => p.field), ['conditions']);
  assert.deepEqual(decisionProblems({ outcome: 'approved', approvedCents: 101 }, 100).map((p) => p.field), ['approvedCents']);
  assert.deepEqual(decisionProblems({ outcome: 'declined', approvedCents: 50 }, 100).map((p) => p.field), ['approvedCents']);
  assert.equal(committedAmount('approved', 100, null), 100);
  assert.equal(committedAmount('approved_with_conditions', 100, 80), 80);
  assert.equal(committedAmount('declined', 100, null), 0);
});

test('timeline texts and excerpts', () => {
  assert.equal(describeDecisionEvent('decision_made', { outcome: 'approved_with_conditions' }), 'Besluit genomen: toegekend met voorwaarden');
  assert.equal(describeDecisionEvent('decision_escalated', { level: 'Manager' }), 'Besluit niet op tijd genomen: doorgezet naar Manager');
  assert.equal(describeDecisionEvent('something_else', {}), null);
  assert.equal(excerpt('kort'), 'kort');
  const long = excerpt('woord '.repeat(60), 40);
  assert.ok(long.length <= 41 && long.endsWith('…'));
});
