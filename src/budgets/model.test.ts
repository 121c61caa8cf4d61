import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { type LedgerEntry, byMonth, csvAmount, csvField, drawProblem, formatCents, openOn, totals, wouldOverdraw } from './model.ts';

/** A booking as the coordinator or decider tries it; the ledger accepts it or refuses it. */
type Op =
  | { kind: 'commitment'; amountCents: number; month: number }
  | { kind: 'payment' | 'release'; pick: number; amountCents: number; month: number };

const cents = fc.integer({ min: 1, max: 2_000_000 });
const month = fc.integer({ min: 1, max: 13 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('commitment' as const), amountCents: cents, month }),
  fc.record({ kind: fc.constantFrom('payment' as const, 'release' as const), pick: fc.nat(), amountCents: cents, month }),
);

const day = (m: number) => (m <= 12 ? `2026-${String(m).padStart(2, '0')}-15` : '2027-01-10');

test('generated commitments, payments and releases always reconcile', () => {
  fc.assert(fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.array(op, { maxLength: 60 }), (budget, ops) => {
    const ledger: LedgerEntry[] = [];
    const decisions: string[] = [];
    // An independent tally kept step by step, to compare with what the model recomputes.
    const tally = { committed: 0, paid: 0, released: 0, open: new Map<string, number>() };
    for (const o of ops) {
      if (o.kind === 'commitment') {
        const decisionId = `d${decisions.length}`;
        const before = totals(budget, ledger);
        assert.equal(wouldOverdraw(before, o.amountCents), o.amountCents > budget - tally.committed + tally.released);
        decisions.push(decisionId);
        ledger.push({ kind: 'commitment', amountCents: o.amountCents, date: day(o.month), decisionId });
        tally.committed += o.amountCents;
        tally.open.set(decisionId, o.amountCents);
        continue;
      }
      if (decisions.length === 0) continue;
      const decisionId = decisions[o.pick % decisions.length];
      const open = openOn(ledger, decisionId);
      assert.equal(open, tally.open.get(decisionId));
      const problem = drawProblem(o.kind, o.amountCents, open);
      if (o.amountCents > open) {
        assert.notEqual(problem, null, 'drawing more than is open is refused');
        continue;
      }
      assert.equal(problem, null);
      ledger.push({ kind: o.kind, amountCents: o.amountCents, date: day(o.month), decisionId });
      if (o.kind === 'payment') tally.paid += o.amountCents;
      else tally.released += o.amountCents;
      tally.open.set(decisionId, open - o.amountCents);
    }

    const t = totals(budget, ledger);
    assert.equal(t.committedCents, tally.committed);
    assert.equal(t.paidCents, tally.paid);
    assert.equal(t.releasedCents, tally.released);
    assert.equal(t.remainingCents + t.openCents + t.paidCents, budget, 'remaining + open + paid = budget');
    assert.ok(t.paidCents + t.releasedCents <= t.committedCents);
    let openSum = 0;
    for (const d of decisions) {
      const open = openOn(ledger, d);
      assert.ok(open >= 0, 'no decision is ever paid beyond its commitment');
      openSum += open;
    }
    assert.equal(openSum, t.openCents);
    const months = byMonth(2026, ledger);
    assert.ok(months.length >= 12);
    assert.deepEqual(months.map((m) => m.month), [...months.map((m) => m.month)].sort());
    assert.equal(months.reduce((s, m) => s + m.committedCents, 0), t.committedCents);
    assert.equal(months.reduce((s, m) => s + m.paidCents, 0), t.paidCents);
    assert.equal(months.reduce((s, m) => s + m.releasedCents, 0), t.releasedCents);
    for (const v of Object.values(t)) assert.ok(Number.isSafeInteger(v), 'integer cents throughout');
  }), { numRuns: 300 });
});

test('paying more than committed is refused in plain Dutch; an exact payment is fine', () => {
  assert.match(drawProblem('payment', 150_001, 150_000)!, /meer dan er is vastgelegd: er staat nog € 1\.500,00 open/);
  assert.equal(drawProblem('payment', 150_000, 150_000), null);
  assert.match(drawProblem('release', 1, 0)!, /niets meer open/);
  assert.match(drawProblem('payment', 0, 10)!, /groter dan 0/);
});

test('amounts for people and for spreadsheets', () => {
  assert.equal(formatCents(197_000), '€ 1.970,00');
  assert.equal(formatCents(5), '€ 0,05');
  assert.equal(formatCents(-12_345_67), '-€ 12.345,67');
  assert.equal(csvAmount(1_234_567), '12345,67');
  assert.equal(csvField('Dierenpension "De Mand"; Den Haag'), '"Dierenpension ""De Mand""; Den Haag"');
  assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
});
