import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths, closureErrors, followUpDueDates, isRecurrence, kindErrors } from './model.ts';

const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('recurrence', () => {
  test('a new intake within a year after closure is a recurrence', () => {
    assert.equal(isRecurrence('2026-03-10', '2026-03-10'), true, 'the same day');
    assert.equal(isRecurrence('2026-03-10', '2026-09-01'), true);
    assert.equal(isRecurrence('2026-03-10', '2027-03-10'), true, 'exactly a year later');
  });

  test('later than a year, or before the closure, is not', () => {
    assert.equal(isRecurrence('2026-03-10', '2027-03-11'), false);
    assert.equal(isRecurrence('2026-03-10', '2029-01-01'), false);
    assert.equal(isRecurrence('2026-03-10', '2026-03-09'), false);
  });

  test('instants count by the Dutch calendar day', () => {
    // 23:30 UTC on 9 March 2027 is already 10 March in Amsterdam: still within the year.
    assert.equal(isRecurrence(new Date('2026-03-10T08:00:00Z'), new Date('2027-03-09T23:30:00Z')), true);
    // 23:30 UTC on 10 March 2027 is 11 March in Amsterdam: one day too late.
    assert.equal(isRecurrence(new Date('2026-03-10T08:00:00Z'), new Date('2027-03-10T23:30:00Z')), false);
  });
});

describe('follow-up dates', () => {
  test('months later, clamped to the end of a shorter month', () => {
    assert.equal(addMonths('2026-01-15', 3), '2026-04-15');
    assert.equal(addMonths('2026-08-31', 6), '2027-02-28');
    assert.equal(addMonths('2027-08-31', 6), '2028-02-29');
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
    assert.equal(addMonths('2026-10-05', 12), '2027-10-05');
  });

  test('3, 6 and 12 months after closure, on a working day', () => {
    // 2026-03-05 + 3 months = Fri 5 June; + 6 = Sat 5 Sep → Mon 7 Sep; + 12 = Fri 5 March 2027.
    assert.deepEqual(followUpDueDates('2026-03-05'), [
      { months: 3, dueOn: '2026-06-05' }, { months: 6, dueOn: '2026-09-07' }, { months: 12, dueOn: '2027-03-05' },
    ]);
    // 2025-09-25 + 3 months = Christmas 2025 (Thursday) → Monday 29 December.
    assert.equal(followUpDueDates('2025-09-25')[0].dueOn, '2025-12-29');
  });
});

describe('case kinds and closure', () => {
  test('a temporary takeover needs a return date that is not in the past', () => {
    assert.deepEqual(fields(kindErrors({ kind: 'takeover' }, '2026-03-01')), ['plannedReturn']);
    assert.deepEqual(fields(kindErrors({ kind: 'takeover', plannedReturn: '2026-02-28' }, '2026-03-01')), ['plannedReturn']);
    assert.deepEqual(kindErrors({ kind: 'takeover', plannedReturn: '2026-03-01' }, '2026-03-01'), []);
    assert.deepEqual(kindErrors({ kind: 'consult' }, '2026-03-01'), []);
  });

  test('closing needs the resident’s own words', () => {
    assert.deepEqual(fields(closureErrors({ kind: 'breakthrough', outcome: 'breakthrough', residentWords: '  ' })), ['residentWords']);
    assert.deepEqual(closureErrors({ kind: 'breakthrough', outcome: 'breakthrough', residentWords: 'Ik kan weer slapen.' }), []);
  });

  test('advice closes with "advice given" and the advice written down', () => {
    assert.deepEqual(fields(closureErrors({ kind: 'consult', outcome: 'breakthrough', residentWords: 'Fijn', advice: 'Bel de CAK' })), ['outcome']);
    assert.deepEqual(fields(closureErrors({ kind: 'consult', outcome: 'advice_given', residentWords: 'Fijn' })), ['advice']);
    assert.deepEqual(closureErrors({ kind: 'consult', outcome: 'advice_given', residentWords: 'Fijn', advice: 'Bel de CAK' }), []);
    assert.deepEqual(fields(closureErrors({ kind: 'breakthrough', outcome: 'advice_given', residentWords: 'Fijn' })), ['outcome']);
  });

  test('a takeover ends with a warm handover back, recorded as a note', () => {
    assert.deepEqual(fields(closureErrors({ kind: 'takeover', outcome: 'returned', residentWords: 'Fijn' })), ['outcomeNote']);
    assert.deepEqual(closureErrors({ kind: 'takeover', outcome: 'returned', residentWords: 'Fijn', outcomeNote: 'Samen met de wijkcoach besproken' }), []);
  });
});
