import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addYears, checkPolicyYears, defaultPolicy, erasureDecision, LEGAL_MINIMUM_YEARS, type RetentionCase, retentionEndsOn, retentionTerms,
} from './model.ts';

const closed = (over: Partial<RetentionCase> = {}): RetentionCase => ({
  kind: 'breakthrough', status: 'closed', lifeDomains: ['finances'], closedOn: '2020-03-15', lastChangedOn: '2020-03-15', ...over,
});

describe('bewaartermijn', () => {
  test('a closed case without youth help is kept the legal minimum of 7 years after closure', () => {
    assert.equal(LEGAL_MINIMUM_YEARS, 7);
    assert.equal(retentionEndsOn(closed(), defaultPolicy), '2027-03-15');
  });

  test('youth help (parenting) raises it to 20 years, whatever the municipality set', () => {
    const c = closed({ lifeDomains: ['finances', 'parenting'] });
    assert.equal(retentionEndsOn(c, defaultPolicy), '2040-03-15');
    assert.equal(retentionEndsOn(c, { ...defaultPolicy, breakthrough: 10 }), '2040-03-15');
    assert.match(retentionTerms(c, defaultPolicy)[0].ground, /Jeugdwet artikel 7\.3\.8/);
  });

  test('a longer municipal term for the kind wins over the law; other kinds are unaffected', () => {
    const policy = { ...defaultPolicy, consult: 12 };
    assert.equal(retentionEndsOn(closed({ kind: 'consult' }), policy), '2032-03-15');
    assert.equal(retentionEndsOn(closed({ kind: 'takeover' }), policy), '2027-03-15');
    assert.equal(retentionEndsOn(closed({ kind: 'consult', lifeDomains: ['parenting'] }), { ...policy, consult: 25 }), '2045-03-15');
  });

  test('a running case has no end yet; a referred case counts from its referral', () => {
    assert.equal(retentionEndsOn(closed({ status: 'active', closedOn: null }), defaultPolicy), null);
    assert.equal(retentionEndsOn(closed({ status: 'new', closedOn: null }), defaultPolicy), null);
    assert.equal(retentionEndsOn(closed({ status: 'referred', closedOn: null, lastChangedOn: '2021-06-01' }), defaultPolicy), '2028-06-01');
  });

  test('29 February lands on 28 February in a year without it', () => {
    assert.equal(addYears('2024-02-29', 7), '2031-02-28');
    assert.equal(addYears('2024-02-29', 4), '2028-02-29');
    assert.equal(addYears('2019-12-31', 1), '2020-12-31');
  });

  test('a municipality cannot choose less than the law asks', () => {
    assert.match(checkPolicyYears(6) ?? '', /Minstens 7 jaar/);
    assert.equal(checkPolicyYears(7), null);
    assert.equal(checkPolicyYears(30), null);
  });
});

describe('wissen (AVG artikel 17)', () => {
  const ref = (c: RetentionCase, reference = '2020-00001') => ({ ...c, reference });

  test('refused while a case runs, naming the case and the legal ground', () => {
    const d = erasureDecision([ref(closed()), ref(closed({ status: 'active', closedOn: null }), '2026-00007')], defaultPolicy, '2040-01-01');
    assert.equal(d.allowed, false);
    assert.ok(!d.allowed && d.legalGround.includes('2026-00007') && d.legalGround.includes('artikel 17 lid 3'));
  });

  test('refused within retention, naming the longest term and its source', () => {
    const d = erasureDecision([ref(closed()), ref(closed({ lifeDomains: ['parenting'] }), '2020-00002')], defaultPolicy, '2030-01-01');
    assert.ok(!d.allowed && d.legalGround.includes('2040-03-15') && d.legalGround.includes('Jeugdwet') && d.legalGround.includes('2020-00002'));
  });

  test('allowed from the day retention ends, and when there is no case at all', () => {
    assert.equal(erasureDecision([ref(closed())], defaultPolicy, '2027-03-14').allowed, false);
    assert.equal(erasureDecision([ref(closed())], defaultPolicy, '2027-03-15').allowed, true);
    assert.equal(erasureDecision([], defaultPolicy, '2026-01-01').allowed, true);
  });
});

describe('grond van de bewaartermijn', () => {
  test('when the municipality keeps exactly as long as the law, the law is the ground named', () => {
    assert.match(retentionTerms(closed(), defaultPolicy)[0].ground, /Archiefwet/);
    assert.match(retentionTerms(closed(), { ...defaultPolicy, breakthrough: 9 })[0].ground, /gemeente.*9 jaar/);
  });
});
