import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dueDates } from '../intake/model.ts';
import { describeEvent, isOverdue, nextDue } from './model.ts';

test('due dates: 5 working days for first contact (1 when urgent), 10 for the start, skipping Christmas', () => {
  assert.deepEqual(dueDates('2026-12-18', 'normal'), { firstContactDue: '2026-12-28', startDue: '2027-01-05' });
  assert.equal(dueDates('2026-12-24', 'urgent').firstContactDue, '2026-12-28');
});

test('the next due date follows the status and step', () => {
  const base = { firstContactDue: '2026-11-01', startDue: '2026-11-10' };
  assert.equal(nextDue({ ...base, status: 'new', step: 1 }), '2026-11-01');
  assert.equal(nextDue({ ...base, status: 'active', step: 1 }), '2026-11-10');
  assert.equal(nextDue({ ...base, status: 'active', step: 3 }), null);
  assert.equal(nextDue({ ...base, status: 'referred', step: 1 }), null);
  assert.equal(isOverdue('2026-11-01', '2026-11-02'), true);
  assert.equal(isOverdue('2026-11-02', '2026-11-02'), false);
  assert.equal(isOverdue(null, '2026-11-02'), false);
});

test('timeline lines are plain Dutch', () => {
  assert.equal(describeEvent({ type: 'intake_received', data: { urgency: 'urgent' } }), 'Urgente aanmelding ontvangen');
  assert.equal(describeEvent({ type: 'step_changed', data: { step: 4 } }), 'Stap 4: Knelpunt & doorbraak');
});
