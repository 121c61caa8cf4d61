import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { agencyKey, costBuildUp, defaultUnitsPerYear, isCurrent, periodError, resolveCost, yearlyCostCents } from './model.ts';

const hour = { unit: 'hour' as const, tariffCents: 10_000, service: 'Ambulante jeugdhulp' };

describe('yearly cost of an involvement', () => {
  test('tariff times units per year, in whole cents', () => {
    // 6 hours a week for 40 weeks at € 100 an hour.
    assert.equal(yearlyCostCents(10_000, 240), 2_400_000);
    // The father and the car: a taxi for two boys, 190 school days each, at € 38 a day.
    assert.equal(yearlyCostCents(3_800, 380), 1_444_000);
    // Hundredths of a unit count, and the result is rounded to the cent: 2.5 × € 0,33 = € 0,825 → 83 cents.
    assert.equal(yearlyCostCents(33, 2.5), 83);
    assert.equal(yearlyCostCents(3_500, 0.1), 350);
  });

  test('never depends on binary rounding of the units: equal to integer arithmetic on hundredths', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (tariff, hundredths) => {
      const expected = Math.round((tariff * hundredths) / 100);
      assert.equal(yearlyCostCents(tariff, hundredths / 100), expected);
    }));
  });

  test('a price item computes the cost; a yearly tariff or a trajectory counts once unless said otherwise', () => {
    assert.deepEqual(resolveCost({ item: hour, unitsPerYear: 92, manualYearlyCents: null }), { ok: true, yearlyCostCents: 920_000, unitsPerYear: 92 });
    const year = { unit: 'year' as const, tariffCents: 6_500_000, service: 'Beschermd wonen' };
    assert.deepEqual(resolveCost({ item: year, unitsPerYear: null, manualYearlyCents: null }), { ok: true, yearlyCostCents: 6_500_000, unitsPerYear: 1 });
    assert.deepEqual(resolveCost({ item: year, unitsPerYear: 0.5, manualYearlyCents: null }), { ok: true, yearlyCostCents: 3_250_000, unitsPerYear: 0.5 });
    assert.equal(defaultUnitsPerYear('trajectory'), 1);
    assert.equal(defaultUnitsPerYear('hour'), null);
  });

  test('hours, days or events without a number are refused, naming the field in Dutch', () => {
    const r = resolveCost({ item: hour, unitsPerYear: null, manualYearlyCents: null });
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.field, 'unitsPerYear');
    assert.match(!r.ok ? r.message : '', /hoeveel uur per jaar/);
  });

  test('a typed-in yearly cost is only for a service that is not on the price list', () => {
    const refused = resolveCost({ item: hour, unitsPerYear: 10, manualYearlyCents: 5_000 });
    assert.equal(!refused.ok && refused.field, 'yearlyCostCents');
    assert.deepEqual(resolveCost({ item: null, unitsPerYear: null, manualYearlyCents: 160_000 }), { ok: true, yearlyCostCents: 160_000, unitsPerYear: null });
    // Unknown cost without a price item counts as nothing, so the total stays a sum of known amounts.
    assert.deepEqual(resolveCost({ item: null, unitsPerYear: 4, manualYearlyCents: null }), { ok: true, yearlyCostCents: 0, unitsPerYear: 4 });
  });
});

describe('what the current support costs a year ("doormodderen")', () => {
  const today = '2026-11-22';
  const items = [
    { organisation: 'Jeugd-GGZ', service: 'Behandeling', yearlyCostCents: 1_200_000, endedOn: null },
    { organisation: 'Wijkteam Centrum', service: 'Begeleiding', yearlyCostCents: 782_000, endedOn: null },
    { organisation: 'wijkteam  centrum ', service: 'Huisbezoek', yearlyCostCents: 18_000, endedOn: '2026-12-31' },
    { organisation: 'Schuldhulpverlening', service: 'Traject', yearlyCostCents: 300_000, endedOn: '2026-11-22' },
    { organisation: 'Politie', service: 'Meldingen', yearlyCostCents: 160_000, endedOn: '2026-01-05' },
  ];

  test('counts only what still runs: ended today or earlier no longer counts', () => {
    assert.equal(isCurrent({ endedOn: null }, today), true);
    assert.equal(isCurrent({ endedOn: '2026-11-23' }, today), true);
    assert.equal(isCurrent({ endedOn: today }, today), false);
    const b = costBuildUp(items, today);
    assert.equal(b.yearlyTotalCents, 1_200_000 + 782_000 + 18_000);
  });

  test('one organisation is one agency however it is written; built up per organisation, the dearest first', () => {
    const b = costBuildUp(items, today);
    assert.equal(b.agencies, 2);
    assert.equal(agencyKey(' Wijkteam   Centrum'), agencyKey('wijkteam centrum'));
    assert.deepEqual(b.byOrganisation.map((o) => [o.organisation, o.yearlyCents, o.services, o.sharePercent]), [
      ['Jeugd-GGZ', 1_200_000, ['Behandeling'], 60],
      ['Wijkteam Centrum', 800_000, ['Begeleiding', 'Huisbezoek'], 40],
    ]);
  });

  test('no running support: nothing, and no division by zero', () => {
    assert.deepEqual(costBuildUp([], today), { agencies: 0, yearlyTotalCents: 0, byOrganisation: [] });
    const free = costBuildUp([{ organisation: 'Buurtvrouw', service: 'Oppas', yearlyCostCents: 0, endedOn: null }], today);
    assert.equal(free.byOrganisation[0].sharePercent, 0);
    assert.equal(free.agencies, 1);
  });

  test('the total is always the sum of the parts', () => {
    const involvement = fc.record({
      organisation: fc.constantFrom('A', 'a ', 'B', 'C'), service: fc.constantFrom('x', 'y'),
      yearlyCostCents: fc.integer({ min: 0, max: 10_000_000 }), endedOn: fc.option(fc.constantFrom('2026-01-01', today, '2027-01-01'), { nil: null }),
    });
    fc.assert(fc.property(fc.array(involvement, { maxLength: 20 }), (list) => {
      const b = costBuildUp(list, today);
      assert.equal(b.byOrganisation.reduce((s, o) => s + o.yearlyCents, 0), b.yearlyTotalCents);
      assert.equal(b.byOrganisation.length, b.agencies);
    }));
  });

  test('an end before the start is refused', () => {
    assert.match(periodError('2026-05-01', '2026-04-30') ?? '', /vóór de startdatum/);
    assert.equal(periodError('2026-05-01', '2026-05-01'), null);
    assert.equal(periodError(null, '2026-05-01'), null);
  });
});
