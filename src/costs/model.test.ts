import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { costSum, describeCostSum, euros, paysOffWithin } from './model.ts';

describe('kostensom', () => {
  // The father and the car: taxi transport for two boys against a €500 repair.
  const car = { currentYearlyCents: 1_440_000, oneOffCents: 50_000, yearlyCents: 0 };

  test('muddling on against breaking through over 1, 3 and 5 years', () => {
    assert.deepEqual(costSum(car).map((h) => [h.years, h.muddlingOnCents, h.breakthroughCents, h.avoidedCents]), [
      [1, 1_440_000, 50_000, 1_390_000],
      [3, 4_320_000, 50_000, 4_270_000],
      [5, 7_200_000, 50_000, 7_150_000],
    ]);
  });

  test('a breakthrough that costs more than it saves shows a negative avoided cost and no pay-off', () => {
    const dear = { currentYearlyCents: 100_000, oneOffCents: 1_000_000, yearlyCents: 50_000 };
    assert.equal(costSum(dear)[2].avoidedCents, 500_000 - 1_250_000);
    assert.equal(paysOffWithin(dear), null);
    assert.match(describeCostSum(dear, 1), /niet goedkoper/);
  });

  test('pays off in the first horizon where the avoided cost is no longer negative', () => {
    assert.equal(paysOffWithin({ currentYearlyCents: 100_000, oneOffCents: 250_000, yearlyCents: 0 }), 3);
  });

  test('in words, with Dutch amounts', () => {
    assert.equal(euros(1_440_000), '€ 14.400');
    assert.equal(euros(-5_000), '-€ 50');
    assert.equal(describeCostSum(car, 3),
      'Nu zijn 3 organisaties betrokken. Die ondersteuning kost € 14.400 per jaar. De doorbraak kost eenmalig € 500 en daarna € 0 per jaar. Dat verdient zich binnen een jaar terug: na één jaar is € 13.900 bespaard, na vijf jaar € 71.500.');
  });

  test('one agency in the singular, none said plainly', () => {
    assert.match(describeCostSum(car, 1), /^Nu is 1 organisatie betrokken\. /);
    assert.match(describeCostSum({ ...car, currentYearlyCents: 0 }, 0), /^Er is nog geen betrokken organisatie vastgelegd \(stap 2\)/);
  });
});
