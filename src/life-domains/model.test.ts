import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { currentPerDomain, describeAssessment, duplicateDomains, whereItBurns } from './model.ts';

const a = (id: string, domain: string, state: 'stable' | 'under_pressure' | 'crisis', assessedAt: string) => ({ id, domain, state, assessedAt });

describe('life-domain assessments', () => {
  const history = [
    a('01', 'housing', 'under_pressure', '2026-11-01T09:00:00.000Z'),
    a('02', 'addiction', 'crisis', '2026-11-01T09:00:00.000Z'),
    a('03', 'housing', 'crisis', '2026-11-03T09:00:00.000Z'),
    a('04', 'finances', 'stable', '2026-11-02T09:00:00.000Z'),
    a('05', 'finances', 'under_pressure', '2026-11-02T09:00:00.000Z'),
  ];

  test('the latest assessment per domain is current, the rest is history; in the fixed order of the domains', () => {
    const current = currentPerDomain(history);
    assert.deepEqual(current.map((c) => [c.domain, c.state]), [['finances', 'under_pressure'], ['housing', 'crisis'], ['addiction', 'crisis']]);
  });

  test('at a glance: crisis first, then under pressure, then stable', () => {
    const burning = whereItBurns([...currentPerDomain(history), a('06', 'income', 'stable', '2026-11-04T00:00:00.000Z')]);
    assert.deepEqual(burning.map((c) => c.domain), ['housing', 'addiction', 'finances', 'income']);
  });

  test('a domain twice in one save is named', () => {
    assert.deepEqual(duplicateDomains(['housing', 'income', 'housing']), ['housing']);
    assert.deepEqual(duplicateDomains(['housing', 'income']), []);
  });

  test('the timeline line names domain and state in Dutch, from codes only', () => {
    assert.equal(describeAssessment({ domain: 'housing', state: 'crisis' }), 'Leefgebied wonen beoordeeld: crisis');
    assert.equal(describeAssessment({ domain: 'mental_health', state: 'under_pressure' }), 'Leefgebied psychische gezondheid beoordeeld: onder druk');
  });
});
