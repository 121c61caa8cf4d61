import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextRun } from './schedule.ts';

const nightly = { name: 'n', kind: 'n', dailyAt: '02:30', timeZone: 'Europe/Amsterdam' };
const iso = (d: Date) => d.toISOString();

test('a daily time follows Dutch summer and winter time', () => {
  assert.equal(iso(nextRun(nightly, new Date('2030-01-10T12:00:00Z'))), '2030-01-11T01:30:00.000Z');
  assert.equal(iso(nextRun(nightly, new Date('2030-06-10T12:00:00Z'))), '2030-06-11T00:30:00.000Z');
  // Just before and exactly at the time: the same night, then the next.
  assert.equal(iso(nextRun(nightly, new Date('2030-06-11T00:29:59Z'))), '2030-06-11T00:30:00.000Z');
  assert.equal(iso(nextRun(nightly, new Date('2030-06-11T00:30:00Z'))), '2030-06-12T00:30:00.000Z');
});

test('the night the clock springs forward the skipped 02:30 runs once, just after the gap', () => {
  // 31 March 2030: 02:00 becomes 03:00 in the Netherlands.
  const run = nextRun(nightly, new Date('2030-03-30T12:00:00Z'));
  assert.equal(iso(run), '2030-03-31T01:30:00.000Z');
  assert.equal(iso(nextRun(nightly, run)), '2030-04-01T00:30:00.000Z');
});

test('the night the clock falls back the twice-occurring 02:30 runs once', () => {
  // 27 October 2030: 03:00 becomes 02:00, so 02:30 happens at 00:30 and at 01:30 UTC.
  const run = nextRun(nightly, new Date('2030-10-26T12:00:00Z'));
  assert.equal(iso(run), '2030-10-27T00:30:00.000Z');
  assert.equal(iso(nextRun(nightly, run)), '2030-10-28T01:30:00.000Z');
});

test('an interval keeps its rhythm and skips periods missed during downtime', () => {
  const minute = { name: 'm', kind: 'm', everySeconds: 60 };
  const prev = new Date('2030-01-01T00:00:00Z');
  assert.equal(iso(nextRun(minute, new Date('2030-01-01T00:00:05Z'), prev)), '2030-01-01T00:01:00.000Z');
  assert.equal(iso(nextRun(minute, new Date('2030-01-01T00:10:30Z'), prev)), '2030-01-01T00:11:00.000Z');
  assert.equal(iso(nextRun(minute, new Date('2030-01-01T00:00:05Z'))), '2030-01-01T00:01:05.000Z');
});
