import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cannotReceive, readerForOffer } from './model.ts';

const colleague = { id: 'b', roles: ['coordinator'], disabled_at: null };

test('only an active coordinator of the municipality, other than the owner, can receive a case', () => {
  assert.equal(cannotReceive(colleague, 'a'), null);
  assert.match(cannotReceive(undefined, 'a')!, /werkt niet bij deze gemeente/);
  assert.match(cannotReceive(colleague, 'b')!, /al de regisseur/);
  assert.match(cannotReceive({ ...colleague, disabled_at: new Date() }, 'a')!, /uitgeschakeld/);
  assert.match(cannotReceive({ ...colleague, roles: ['partner'] }, 'a')!, /ketenpartner/);
  assert.match(cannotReceive({ ...colleague, roles: ['mandate_holder'] }, 'a')!, /geen regisseur/);
  assert.equal(cannotReceive({ ...colleague, roles: ['coordinator', 'partner'] }, 'a'), null, 'staff who are also partner elsewhere count as staff');
});

test('the read access given with an offer is recognised by its moment', () => {
  const offeredAt = new Date('2026-03-02T10:00:00Z');
  assert.equal(readerForOffer({ role: 'reader', added_at: offeredAt }, offeredAt), true);
  assert.equal(readerForOffer({ role: 'reader', added_at: new Date('2026-03-01T10:00:00Z') }, offeredAt), false, 'was a reader before');
  assert.equal(readerForOffer({ role: 'contributor', added_at: offeredAt }, offeredAt), false);
  assert.equal(readerForOffer(undefined, offeredAt), false);
});
