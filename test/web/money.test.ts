import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { centsToInput, formatEuros, parseEuros } from '../../web/src/pages/workflow/breakthrough/money.ts';

describe('euros as Dutch users type them', () => {
  test('comma decimals and dot thousands', () => {
    const cases: [string, number | null][] = [
      ['1.250,50', 125_050], ['1250,5', 125_050], ['€ 500', 50_000], ['500,-', 50_000], ['1.250', 125_000], ['1.250.000', 125_000_000],
      ['12.50', 1_250], ['0,99', 99], [',5', 50], ['', null], ['  ', null], ['€1.250,00', 125_000], ['18 500', 1_850_000],
    ];
    for (const [input, cents] of cases) assert.deepEqual(parseEuros(input), { ok: true, cents }, input);
  });

  test('negative, malformed and absurd amounts are refused with a reason', () => {
    assert.deepEqual(parseEuros('-10'), { ok: false, reason: 'negative' });
    assert.deepEqual(parseEuros('-€ 1.250,50'), { ok: false, reason: 'negative' });
    for (const bad of ['1,2,3', '12,345', 'tien euro', '1.25.0', '12.5.0', '1.2,50']) assert.deepEqual(parseEuros(bad), { ok: false, reason: 'format' }, bad);
    assert.deepEqual(parseEuros('99999999999'), { ok: false, reason: 'too_large' });
  });

  test('back to the input and for reading', () => {
    assert.equal(centsToInput(125_050), '1.250,50');
    assert.equal(centsToInput(50_000), '500');
    assert.equal(centsToInput(null), '');
    for (const cents of [0, 5, 99, 125_050, 1_850_000]) assert.deepEqual(parseEuros(centsToInput(cents)), { ok: true, cents });
    assert.equal(formatEuros(125_050, 'nl-NL').replace(/\s/g, ' '), '€ 1.251');
    assert.equal(formatEuros(125_050, 'nl-NL', true).replace(/\s/g, ' '), '€ 1.250,50');
    assert.equal(formatEuros(-50_000, 'en-GB'), '-€500');
  });
});
