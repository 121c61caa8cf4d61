import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  csvEuros, isoWeek, lastQuarters, lastWeeks, median, normShare, policyOnly, quarterOf, suppressRow, SUPPRESSED, toCsv, weekStart,
} from './model.ts';

describe('small counts', () => {
  test('1 to 4 become null with a flag; 0 and 5 stay', () => {
    const row = suppressRow({ step: 1, open: 3, closed: 0, total: 5 }, { counts: ['open', 'closed', 'total'] });
    assert.deepEqual(row, { step: 1, open: null, closed: 0, total: 5, suppressed: ['open'] });
  });

  test('money over fewer than 5 cases goes with the count', () => {
    const row = suppressRow({ quarter: '2025-K1', cases: 2, currentYearlyCents: 1_234_500, oneOffCents: 0 },
      { counts: ['cases'], base: 'cases', derived: ['currentYearlyCents', 'oneOffCents'] });
    assert.deepEqual(row, { quarter: '2025-K1', cases: null, currentYearlyCents: null, oneOffCents: null, suppressed: ['cases', 'currentYearlyCents', 'oneOffCents'] });
    const big = suppressRow({ cases: 7, currentYearlyCents: 100 }, { counts: ['cases'], base: 'cases', derived: ['currentYearlyCents'] });
    assert.deepEqual(big.suppressed, []);
  });

  test('a share is hidden when either part is small, so "9 of 10 in time" cannot point at the one', () => {
    assert.deepEqual(normShare(10, 9), { total: 10, within: null, percent: null, suppressed: ['within', 'percent'] });
    assert.deepEqual(normShare(10, 5), { total: 10, within: 5, percent: 50, suppressed: [] });
    assert.deepEqual(normShare(12, 12), { total: 12, within: 12, percent: 100, suppressed: [] });
    assert.deepEqual(normShare(3, 3), { total: null, within: null, percent: null, suppressed: ['total', 'within', 'percent'] });
    assert.deepEqual(normShare(0, 0), { total: 0, within: 0, percent: null, suppressed: [] });
  });

  test('only the policy role, without a case role, is policy-only', () => {
    assert.equal(policyOnly(['policy']), true);
    assert.equal(policyOnly(['policy', 'administrator']), true);
    assert.equal(policyOnly(['policy', 'coordinator']), false);
    assert.equal(policyOnly(['coordinator']), false);
  });
});

describe('periods', () => {
  test('ISO weeks start on Monday and belong to the year of their Thursday', () => {
    assert.equal(weekStart('2025-01-01'), '2024-12-30');
    assert.equal(isoWeek('2025-01-01'), '2025-W01');
    assert.equal(isoWeek('2021-01-03'), '2020-W53');
    assert.equal(isoWeek('2025-02-12'), '2025-W07');
    assert.deepEqual(lastWeeks('2025-02-12', 3), ['2025-01-27', '2025-02-03', '2025-02-10']);
  });

  test('quarters across a year boundary', () => {
    assert.equal(quarterOf('2025-11-30'), '2025-K4');
    assert.deepEqual(lastQuarters('2025-02-12', 4), ['2024-K2', '2024-K3', '2024-K4', '2025-K1']);
  });

  test('median of an even and odd count', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([1, 2, 3, 4]), 2.5);
    assert.equal(median([]), null);
  });
});

test('CSV for Dutch spreadsheets: BOM, semicolons, decimal comma, suppressed cells named, formulas defused', () => {
  const rows = [{ name: '=SOM(A1)', cases: null as number | null, cents: 123_450, suppressed: ['cases'] }, { name: 'a;b', cases: 6, cents: -5, suppressed: [] }];
  const csv = toCsv(rows, [
    { header: 'Naam', value: (r) => r.name },
    { header: 'Casussen', value: (r) => r.cases, key: 'cases' },
    { header: 'Bedrag (euro)', value: (r) => csvEuros(r.cents) },
  ]);
  assert.equal(csv, `\uFEFFNaam;Casussen;Bedrag (euro)\r\n'=SOM(A1);${SUPPRESSED};1234,50\r\n"a;b";6;-0,05\r\n`);
});
