import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  amsterdamDate,
  isAfterToday,
  dutchHolidays,
  isWorkingDay,
  workingDaysBetween,
} from './working-days.ts';

test('Easter-derived holidays match known Easter dates', () => {
  // Eerste Paasdag is Easter Sunday itself.
  const cases: [number, string][] = [
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'], // latest possible Easter
    [2285, '2285-03-22'], // earliest possible Easter
  ];
  for (const [year, easter] of cases) {
    assert.ok(dutchHolidays(year).includes(easter), `${year}: expected Easter ${easter}`);
  }
});

test('full holiday list for 2026 (non-lustrum year)', () => {
  assert.deepEqual(dutchHolidays(2026), [
    '2026-01-01', // Nieuwjaarsdag
    '2026-04-03', // Goede Vrijdag
    '2026-04-05', // Eerste Paasdag
    '2026-04-06', // Tweede Paasdag
    '2026-04-27', // Koningsdag (Monday)
    '2026-05-14', // Hemelvaartsdag
    '2026-05-24', // Eerste Pinksterdag
    '2026-05-25', // Tweede Pinksterdag
    '2026-12-25', // Eerste Kerstdag
    '2026-12-26', // Tweede Kerstdag
  ]);
});

test('full holiday list for 2024 (Koningsdag on Saturday stays on the 27th)', () => {
  assert.deepEqual(dutchHolidays(2024), [
    '2024-01-01',
    '2024-03-29',
    '2024-03-31',
    '2024-04-01',
    '2024-04-27',
    '2024-05-09',
    '2024-05-19',
    '2024-05-20',
    '2024-12-25',
    '2024-12-26',
  ]);
});

test('Koningsdag 2025 moves to 26 April because 27 April 2025 is a Sunday', () => {
  const h = dutchHolidays(2025);
  assert.ok(h.includes('2025-04-26'));
  assert.ok(!h.includes('2025-04-27'));
});

test('Hemelvaartsdag 2026 is 14 May', () => {
  assert.ok(dutchHolidays(2026).includes('2026-05-14'));
  assert.equal(isWorkingDay('2026-05-14'), false);
  assert.equal(isWorkingDay('2026-05-13'), true);
});

test('Bevrijdingsdag only counts in lustrum years', () => {
  // 2026-05-05 is a Tuesday: an ordinary working day.
  assert.ok(!dutchHolidays(2026).includes('2026-05-05'));
  assert.equal(isWorkingDay('2026-05-05'), true);
  // 2025 % 5 === 0, so 5 May 2025 (a Monday) is a day off.
  assert.ok(dutchHolidays(2025).includes('2025-05-05'));
  assert.equal(isWorkingDay('2025-05-05'), false);
  // 2030-05-05 is listed, but it is a Sunday so it is not a working day regardless.
  assert.ok(dutchHolidays(2030).includes('2030-05-05'));
  assert.equal(isWorkingDay('2030-05-05'), false);
  assert.equal(isWorkingDay('2030-05-06'), true);
});

test('dutchHolidays returns a fresh array so the memo cannot be corrupted', () => {
  const first = dutchHolidays(2026);
  first.length = 0;
  assert.equal(dutchHolidays(2026).length, 10);
});

test('isWorkingDay excludes weekends', () => {
  assert.equal(isWorkingDay('2026-04-11'), false); // Saturday
  assert.equal(isWorkingDay('2026-04-12'), false); // Sunday
  assert.equal(isWorkingDay('2026-04-13'), true); // Monday
});

test('adding 5 working days to Fri 2026-12-18 skips the weekend and Christmas', () => {
  // Mon 21 (1), Tue 22 (2), Wed 23 (3), Thu 24 (4), Fri 25 Kerst, Sat 26, Sun 27, Mon 28 (5).
  assert.equal(addWorkingDays('2026-12-18', 5), '2026-12-28');
});

test('adding 1 working day to Thu 2026-04-02 skips Good Friday through Easter Monday', () => {
  assert.equal(addWorkingDays('2026-04-02', 1), '2026-04-07');
});

test('addWorkingDays crosses the year boundary and Nieuwjaarsdag', () => {
  // 2027-01-01 is a Friday holiday, then the weekend.
  assert.equal(addWorkingDays('2026-12-31', 1), '2027-01-04');
});

test('addWorkingDays with n = 0', () => {
  assert.equal(addWorkingDays('2026-04-02', 0), '2026-04-02');
  assert.equal(addWorkingDays('2026-04-03', 0), '2026-04-07');
  assert.equal(addWorkingDays('2026-04-11', 0), '2026-04-13');
});

test('addWorkingDays with negative n goes backwards', () => {
  assert.equal(addWorkingDays('2026-04-07', -1), '2026-04-02');
  assert.equal(addWorkingDays('2026-12-28', -5), '2026-12-18');
  assert.equal(addWorkingDays('2026-04-13', -1), '2026-04-10');
});

test('workingDaysBetween counts days after from up to and including to', () => {
  assert.equal(workingDaysBetween('2026-12-18', '2026-12-28'), 5);
  assert.equal(workingDaysBetween('2026-12-28', '2026-12-18'), -5);
  assert.equal(workingDaysBetween('2026-04-02', '2026-04-07'), 1);
  assert.equal(workingDaysBetween('2026-04-13', '2026-04-13'), 0);
  assert.equal(workingDaysBetween('2026-04-10', '2026-04-12'), 0); // Fri -> Sun
  assert.equal(workingDaysBetween('2026-04-10', '2026-04-13'), 1); // Fri -> Mon
});

test('workingDaysBetween inverts addWorkingDays', () => {
  for (let day = 1; day <= 31; day++) {
    const start = `2026-12-${String(day).padStart(2, '0')}`;
    if (!isWorkingDay(start)) continue;
    for (const n of [1, 3, 10, 30]) {
      const end = addWorkingDays(start, n);
      assert.equal(workingDaysBetween(start, end), n, `${start} + ${n}`);
      assert.equal(addWorkingDays(end, -n), start, `${end} - ${n}`);
    }
  }
});

test('malformed or impossible dates are rejected', () => {
  assert.throws(() => isWorkingDay('2026-02-30'), RangeError);
  assert.throws(() => isWorkingDay('2026-4-1'), RangeError);
  assert.throws(() => addWorkingDays('18-12-2026', 1), RangeError);
  assert.throws(() => addWorkingDays('2026-12-18', 1.5), RangeError);
});

test('amsterdamDate uses the Amsterdam calendar date, not UTC', () => {
  // CET (UTC+1): 23:30 UTC is already the next day in Amsterdam.
  assert.equal(amsterdamDate(new Date('2026-03-28T23:30:00Z')), '2026-03-29');
  assert.equal(amsterdamDate(new Date('2026-12-31T23:00:00Z')), '2027-01-01');
  assert.equal(amsterdamDate(new Date('2026-12-31T22:59:59Z')), '2026-12-31');
  // CEST (UTC+2) in summer.
  assert.equal(amsterdamDate(new Date('2026-07-01T22:00:00Z')), '2026-07-02');
  assert.equal(amsterdamDate(new Date('2026-07-01T21:59:59Z')), '2026-07-01');
});

test('isAfterToday counts by the Amsterdam calendar: just before midnight UTC, tomorrow in UTC terms is today', () => {
  const lateEvening = new Date('2026-11-22T23:30:00Z'); // 00:30 on 23 November in Amsterdam
  assert.equal(isAfterToday('2026-11-23', lateEvening), false);
  assert.equal(isAfterToday('2026-11-24', lateEvening), true);
  assert.equal(isAfterToday('2026-11-22', lateEvening), false);
});
