import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type MandateLevel, type RequestFacts, describeMandate, mayDecide, minimumRank, routeRequest } from './model.ts';

const level = (rank: number, name: string, maxCents: number | null, holders: string[], over: Partial<MandateLevel> = {}): MandateLevel => ({
  id: `l${rank}`, rank, name, maxCents, lifeDomains: [], ruleIds: [], active: true,
  holders: holders.map((userId) => ({ userId, mayDecideOwn: false })), ...over,
});

// The demo ladder: coordinator ≤ €500, team lead ≤ €2,500, manager ≤ €10,000, director ≤ €50,000, alderman unlimited.
const ladder = [
  level(1, 'Regisseur', 50_000, ['rachid', 'chris']),
  level(2, 'Teamleider', 250_000, ['bea']),
  level(3, 'Manager', 1_000_000, ['mila']),
  level(4, 'Directeur', 5_000_000, []),
  level(5, 'Wethouder', null, ['wim']),
];
const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
  amountCents: 0, lifeDomains: ['finances'], ruleIds: [], requesterId: 'rachid', overdraws: false, ...over,
});

test('a request goes to the lowest level whose mandate covers the amount', () => {
  assert.equal(routeRequest(ladder, facts({ amountCents: 40_000 }))?.level.name, 'Regisseur');
  assert.equal(routeRequest(ladder, facts({ amountCents: 50_000 }))?.level.name, 'Regisseur', 'the limit itself is within the mandate');
  const teamLead = routeRequest(ladder, facts({ amountCents: 50_001 }))!;
  assert.equal(teamLead.level.name, 'Teamleider');
  assert.deepEqual(teamLead.skipped, [{ levelId: 'l1', name: 'Regisseur', reason: 'amount' }]);
  assert.equal(routeRequest(ladder, facts({ amountCents: 900_000 }))?.level.name, 'Manager');
  assert.equal(routeRequest(ladder, facts({ amountCents: 10_000_000 }))?.level.name, 'Wethouder');
});

test('a level with nobody who may decide is passed over; when none has anyone, the lowest is taken and marked unheld', () => {
  const director = routeRequest(ladder, facts({ amountCents: 2_000_000 }))!;
  assert.equal(director.level.name, 'Wethouder');
  assert.deepEqual(director.skipped.map((s) => s.reason), ['amount', 'amount', 'amount', 'no_holder']);
  const empty = ladder.map((l) => ({ ...l, holders: [] }));
  const unheld = routeRequest(empty, facts({ amountCents: 100 }))!;
  assert.equal(unheld.level.name, 'Regisseur');
  assert.equal(unheld.unheld, true);
});

test('the requester cannot decide their own request: only colleagues count, unless the right is explicit', () => {
  const alone = [level(1, 'Regisseur', 50_000, ['rachid']), ...ladder.slice(1)];
  const routed = routeRequest(alone, facts({ amountCents: 10_000 }))!;
  assert.equal(routed.level.name, 'Teamleider');
  assert.equal(routed.skipped[0].reason, 'no_holder');
  assert.equal(mayDecide(alone, facts({ amountCents: 10_000 }), 1, 'rachid').ok, false);
  const refusal = mayDecide(alone, facts({ amountCents: 10_000 }), 1, 'rachid');
  assert.equal(!refusal.ok && refusal.reason, 'own_request');

  const withRight = [{ ...alone[0], holders: [{ userId: 'rachid', mayDecideOwn: true }] }, ...ladder.slice(1)];
  assert.equal(routeRequest(withRight, facts({ amountCents: 10_000 }))?.level.name, 'Regisseur');
  assert.equal(mayDecide(withRight, facts({ amountCents: 10_000 }), 1, 'rachid').ok, true);
});

test('narrowed levels only cover requests entirely within their life domains or rules', () => {
  const youth = level(2, 'Teamleider jeugd', 500_000, ['jan'], { lifeDomains: ['parenting', 'mental_health'] });
  const special = level(3, 'Bijzondere bijstand', 300_000, ['els'], { ruleIds: ['PW-35'] });
  const levels = [ladder[0], youth, special, { ...ladder[2], rank: 4, id: 'l4' }];
  assert.equal(routeRequest(levels, facts({ amountCents: 200_000, lifeDomains: ['parenting'] }))?.level.name, 'Teamleider jeugd');
  const mixed = routeRequest(levels, facts({ amountCents: 200_000, lifeDomains: ['parenting', 'housing'], ruleIds: ['PW-35'] }))!;
  assert.equal(mixed.level.name, 'Bijzondere bijstand');
  assert.equal(mixed.skipped[1].reason, 'life_domains');
  const noRule = routeRequest(levels, facts({ amountCents: 200_000, lifeDomains: ['housing'], ruleIds: [] }))!;
  assert.equal(noRule.level.name, 'Manager', 'a rule-narrowed level does not take a request about no rule');
  assert.equal(noRule.skipped[2].reason, 'rules');
});

test('a request that would overdraw the budget needs the covering level above the normal one', () => {
  assert.equal(minimumRank(ladder, facts({ amountCents: 40_000 })), 1);
  assert.equal(minimumRank(ladder, facts({ amountCents: 40_000, overdraws: true })), 2);
  const routed = routeRequest(ladder, facts({ amountCents: 40_000, overdraws: true }))!;
  assert.equal(routed.level.name, 'Teamleider');
  assert.deepEqual(routed.skipped, [{ levelId: 'l1', name: 'Regisseur', reason: 'budget' }]);
  assert.equal(minimumRank(ladder, facts({ amountCents: 10_000_000, overdraws: true })), 5, 'the top level stays the top level');
  assert.equal(minimumRank([level(1, 'Regisseur', 100, ['x'])], facts({ amountCents: 200 })), null, 'nothing covers it');
  assert.equal(routeRequest([level(1, 'Regisseur', 100, ['x'])], facts({ amountCents: 200 })), null);
});

test('escalation goes strictly above the current level', () => {
  assert.equal(routeRequest(ladder, facts({ amountCents: 100_000 }), 2)?.level.name, 'Manager');
  assert.equal(routeRequest(ladder, facts({ amountCents: 100_000 }), 3)?.level.name, 'Wethouder', 'the director level has no holder');
  assert.equal(routeRequest(ladder, facts({ amountCents: 100_000 }), 5), null, 'nothing above the top');
});

test('deciding above your mandate is refused; a higher holder may decide a lower request; inactive levels do not count', () => {
  const f = facts({ amountCents: 200_000, requesterId: 'rachid' });
  const coordinator = mayDecide(ladder, f, 2, 'chris');
  assert.equal(!coordinator.ok && coordinator.reason, 'above_mandate');
  assert.equal(!coordinator.ok && coordinator.highest?.name, 'Regisseur');
  assert.deepEqual(mayDecide(ladder, f, 2, 'bea'), { ok: true, level: ladder[1] });
  assert.equal(mayDecide(ladder, f, 2, 'mila').ok, true);
  const stranger = mayDecide(ladder, f, 2, 'nobody');
  assert.equal(!stranger.ok && stranger.reason, 'no_mandate');
  const escalated = mayDecide(ladder, f, 3, 'bea');
  assert.equal(!escalated.ok && escalated.reason, 'above_mandate', 'once escalated, the lower level no longer decides');
  const overdrawn = mayDecide(ladder, { ...f, overdraws: true }, 2, 'bea');
  assert.equal(!overdrawn.ok && overdrawn.reason, 'above_mandate', 'overdrawing needs the next level');
  const inactive = ladder.map((l) => (l.rank === 2 ? { ...l, active: false } : l));
  assert.equal(mayDecide(inactive, f, 2, 'bea').ok, false);
});

test('the mandate in words', () => {
  assert.equal(describeMandate(250_000), 'tot en met € 2.500');
  assert.equal(describeMandate(50_050), 'tot en met € 500,50');
  assert.equal(describeMandate(null), 'onbeperkt');
});
