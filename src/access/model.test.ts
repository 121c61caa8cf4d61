import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AccessFacts, caseSections, decideAccess, mayBreakGlass } from './model.ts';

const now = new Date('2026-11-22T12:00:00Z');
const later = new Date('2026-11-22T14:00:00Z');
const earlier = new Date('2026-11-22T10:00:00Z');
const facts = (over: Partial<AccessFacts>): AccessFacts => ({
  status: 'active', internalSections: [], userRoles: ['coordinator'], member: null, coveredSections: [],
  breakGlassUntil: null, now, ...over,
});

test('triage is open to coordinators; afterwards only the team sees a case', () => {
  assert.equal(decideAccess(facts({ status: 'new' }))?.via, 'triage');
  assert.equal(decideAccess(facts({ status: 'active' })), null);
  assert.equal(decideAccess(facts({ status: 'new', userRoles: ['policy'] })), null);
  const member = decideAccess(facts({ userRoles: ['reporter'], member: { role: 'reader', sections: null, overrideUntil: null } }));
  assert.deepEqual(member?.sections, [...caseSections]);
  assert.equal(member?.seesBsn, true);
});

test('a partner sees only shared sections that are covered and not internal, and never the BSN', () => {
  const partner = (over: Partial<AccessFacts>) => decideAccess(facts({
    userRoles: ['partner'], member: { role: 'reader', sections: ['story', 'household', 'timeline'], overrideUntil: null }, ...over,
  }));
  assert.deepEqual(partner({ coveredSections: ['story', 'household', 'life_domains'] })?.sections, ['story', 'household']);
  assert.deepEqual(partner({ coveredSections: ['story', 'household'], internalSections: ['household'] })?.sections, ['story']);
  assert.deepEqual(partner({ coveredSections: [] })?.sections, []);
  assert.equal(partner({ coveredSections: ['story'] })?.seesBsn, false);
  // An emergency override lifts the consent check, not the coordinator's internal marking.
  const overridden = decideAccess(facts({
    userRoles: ['partner'], internalSections: ['timeline'],
    member: { role: 'contributor', sections: ['story', 'timeline'], overrideUntil: later },
  }));
  assert.deepEqual(overridden?.sections, ['story']);
  const expired = decideAccess(facts({ userRoles: ['partner'], member: { role: 'reader', sections: ['story'], overrideUntil: earlier } }));
  assert.deepEqual(expired?.sections, []);
});

test('partners outside the team get nothing, not even through triage or break-glass', () => {
  assert.equal(decideAccess(facts({ userRoles: ['partner'], status: 'new' })), null);
  assert.equal(decideAccess(facts({ userRoles: ['partner'], breakGlassUntil: later })), null);
  assert.equal(mayBreakGlass(['partner']), false);
  assert.equal(mayBreakGlass(['policy']), false);
  assert.equal(mayBreakGlass(['coordinator']), true);
});

test('break-glass gives reading access until it expires', () => {
  assert.equal(decideAccess(facts({ breakGlassUntil: later }))?.via, 'break_glass');
  assert.equal(decideAccess(facts({ breakGlassUntil: later }))?.role, 'reader');
  assert.equal(decideAccess(facts({ breakGlassUntil: earlier })), null);
});

test('a mandate holder with a request pending at their level reads story, involvements, breakthrough and plan; never the BSN', () => {
  const mandate = decideAccess(facts({ userRoles: ['mandate_holder'], pendingDecision: true }));
  assert.deepEqual(mandate, { via: 'mandate', role: 'reader', sections: ['story', 'involvements', 'breakthrough', 'plan'], seesBsn: false, partner: false, until: null });
  assert.equal(decideAccess(facts({ userRoles: ['mandate_holder'], pendingDecision: false })), null, 'decided: the access is gone');
  assert.equal(decideAccess(facts({ userRoles: ['partner'], pendingDecision: true })), null, 'partners never hold a mandate');
  const member = decideAccess(facts({ userRoles: ['mandate_holder'], pendingDecision: true, member: { role: 'reader', sections: null, overrideUntil: null } }));
  assert.equal(member?.via, 'team', 'team membership goes first');
});
