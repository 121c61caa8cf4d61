import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type BlockerGroup, costBand, proposalFor, proposals, pseudonymise, statusProblems, tally, trend, windowStart,
} from './model.ts';

const group = (over: Partial<BlockerGroup>): BlockerGroup => ({
  basis: 'rule', key: 'r1', label: 'Wet basisregistratie personen art. 2.39', inWindow: 0, lastClosedAt: null, sinceClosed: 0, hasOpen: false, ...over,
});

describe('the threshold', () => {
  test('three cases in the window make a proposal at the default of 3; two do not', () => {
    assert.equal(proposalFor(group({ inWindow: 2 }), 3), null);
    assert.deepEqual(proposalFor(group({ inWindow: 3 }), 3), { basis: 'rule', key: 'r1', label: 'Wet basisregistratie personen art. 2.39', cases: 3 });
  });

  test('the municipality chooses N', () => {
    assert.equal(proposalFor(group({ inWindow: 3 }), 5), null);
    assert.ok(proposalFor(group({ inWindow: 2 }), 2));
  });

  test('no proposal while a bottleneck for it is open', () => {
    assert.equal(proposalFor(group({ inWindow: 9, hasOpen: true }), 3), null);
  });

  test('after a closed bottleneck only cases reported since count', () => {
    assert.equal(proposalFor(group({ inWindow: 9, lastClosedAt: '2025-03-01', sinceClosed: 2 }), 3), null);
    assert.equal(proposalFor(group({ inWindow: 9, lastClosedAt: '2025-03-01', sinceClosed: 3 }), 3)?.cases, 3);
  });

  test('most cases first, a rule before an organisation when equal', () => {
    const list = proposals([
      group({ basis: 'organisation', key: 'cak', label: 'CAK', inWindow: 4 }),
      group({ key: 'r2', label: 'Participatiewet art. 35', inWindow: 4 }),
      group({ key: 'r3', label: 'Wet kinderopvang', inWindow: 6 }),
      group({ key: 'r4', label: 'Te weinig', inWindow: 1 }),
    ], 3);
    assert.deepEqual(list.map((p) => p.label), ['Wet kinderopvang', 'Participatiewet art. 35', 'CAK']);
  });

  test('the window is twelve calendar months back, the 31st becoming the last day of a shorter month', () => {
    assert.equal(windowStart('2025-06-15', 12), '2024-06-15');
    assert.equal(windowStart('2025-03-31', 1), '2025-02-28');
    assert.equal(windowStart('2025-01-10', 3), '2024-10-10');
  });
});

describe('status', () => {
  test('resolved needs what changed and how; not taken up needs why', () => {
    assert.deepEqual(statusProblems({ status: 'on_agenda' }), []);
    assert.deepEqual(statusProblems({ status: 'resolved', reason: 'kort' }).map((p) => p.field), ['resolution', 'reason']);
    assert.deepEqual(statusProblems({ status: 'resolved', resolution: 'rule_changed', reason: 'Beleidsregel briefadres aangepast per kwartaal' }), []);
    assert.deepEqual(statusProblems({ status: 'not_taken_up', reason: '' }).map((p) => p.field), ['reason']);
    assert.deepEqual(statusProblems({ status: 'signalled', resolution: 'rule_changed' }).map((p) => p.field), ['resolution']);
  });
});

describe('evidence', () => {
  test('cases get a letter, a quarter and cost bands, never a date or an amount', () => {
    const out = pseudonymise([
      { caseId: 'b', reportedOn: '2025-05-02', status: 'active', step: 4, lifeDomains: ['housing'], kinds: ['registration'], agencies: 2, currentYearlyCents: 1_250_000, flagged: false },
      { caseId: 'a', reportedOn: '2025-01-20', status: 'new', step: 1, lifeDomains: ['income'], kinds: [], agencies: 0, currentYearlyCents: 0, flagged: true },
    ]);
    assert.deepEqual(out.map((c) => [c.label, c.quarter, c.status, c.yearlyCost]), [
      ['Casus A', '2025-K1', 'aangemeld', 'geen vastgelegde kosten'], ['Casus B', '2025-K2', 'loopt', '€ 10.000 – € 25.000'],
    ]);
    assert.deepEqual(out[1].lifeDomains, ['Wonen']);
    assert.deepEqual(out[1].kinds, ['registratie']);
    assert.ok(!JSON.stringify(out).includes('2025-05-02'));
  });

  test('trend per quarter keeps empty quarters; tally counts each case once per value', () => {
    assert.deepEqual(trend(['2025-01-05', '2025-02-01', '2025-07-01'], ['2025-K1', '2025-K2', '2025-K3']),
      [{ quarter: '2025-K1', cases: 2 }, { quarter: '2025-K2', cases: 0 }, { quarter: '2025-K3', cases: 1 }]);
    assert.deepEqual(tally([['a', 'a', 'b'], ['b']], (v) => v.toUpperCase()), [{ value: 'b', label: 'B', cases: 2 }, { value: 'a', label: 'A', cases: 1 }]);
  });

  test('cost bands', () => {
    assert.equal(costBand(250_000_00), 'meer dan € 100.000');
    assert.equal(costBand(500_000), 'tot € 5.000');
  });
});
