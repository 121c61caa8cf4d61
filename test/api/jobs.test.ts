import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { jobHandlers, schedules } from '../../src/jobs.ts';
import { hit, sweepRateLimits } from '../../src/platform/auth/rate-limit.ts';
import { Crypto } from '../../src/platform/crypto/index.ts';
import { withTenant } from '../../src/platform/db/tenant.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import {
  backoffSeconds, claim, enqueue, enqueueDueSchedules, enqueueScheduleNow, ensureSchedules, jobOverview,
} from '../../src/platform/jobs/queue.ts';
import { type Handlers, Worker } from '../../src/platform/jobs/worker.ts';
import { cloneTemplate } from '../helpers/db.ts';

let db: Db;
let voorbeeld: string;
let elders: string;
before(async () => {
  db = await cloneTemplate();
  const tenants = await db.kysely.selectFrom('tenant').select(['id', 'slug']).execute();
  voorbeeld = tenants.find((t) => t.slug === 'voorbeeld')!.id;
  elders = tenants.find((t) => t.slug === 'elders')!.id;
});
after(() => db.close());

const T0 = new Date('2030-03-04T10:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const jobRow = (id: string) => db.kysely.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
/** A promise with its resolve function, to hold a handler until the test lets it go. */
function gate<T = void>() {
  let open!: (v: T) => void;
  const promise = new Promise<T>((r) => { open = r; });
  return { promise, open };
}

describe('jobs', () => {
  test('a request transaction can enqueue for its own municipality only, and cannot read the queue', async () => {
    const id = await withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, (tx) =>
      enqueue(tx, { kind: 'follow-up', tenantId: voorbeeld, payload: { caseId: 'x' }, runAt: at(0) }));
    const row = await jobRow(id);
    assert.equal(row.tenant_id, voorbeeld);
    assert.deepEqual(row.payload, { caseId: 'x' });
    await assert.rejects(withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, (tx) =>
      enqueue(tx, { kind: 'follow-up', tenantId: elders })), /row-level security/);
    await assert.rejects(withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, (tx) =>
      enqueue(tx, { kind: 'follow-up', tenantId: null })), /row-level security/);
    for (const stmt of [sql`select * from job`, sql`update job set attempts = 0`, sql`delete from job`, sql`select * from job_schedule`]) {
      await assert.rejects(withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, (tx) => stmt.execute(tx)), /permission denied/);
    }
    // A job enqueued in a transaction that rolls back never exists.
    let rolledBack = '';
    await assert.rejects(withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, async (tx) => {
      rolledBack = await enqueue(tx, { kind: 'follow-up', tenantId: voorbeeld });
      throw new Error('terugdraaien');
    }));
    assert.equal(await db.kysely.selectFrom('job').select('id').where('id', '=', rolledBack).executeTakeFirst(), undefined);
  });

  test('concurrent claims never hand out the same job twice', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add(await enqueue(db.kysely, { kind: 'race', runAt: at(0) }));
    const claimed: string[] = [];
    // Rounds of simultaneous claims until the queue is empty; each round races 8 claims.
    for (let round = 0; round < 20 && claimed.length < ids.size; round++) {
      const got = await Promise.all(Array.from({ length: 8 }, () => claim(db.kysely, { leases: { race: 60 }, now: at(1) })));
      claimed.push(...got.filter((j) => j !== undefined).map((j) => j.id));
    }
    assert.equal(claimed.length, 20);
    assert.deepEqual(new Set(claimed), ids);
    // Leased jobs are not handed out again while the lease lasts.
    assert.equal(await claim(db.kysely, { leases: { race: 60 }, now: at(2) }), undefined);
  });

  test('two workers on one database run every job exactly once, each taking different jobs', async () => {
    for (let i = 0; i < 6; i++) await enqueue(db.kysely, { kind: 'pair', runAt: at(0), payload: { n: i } });
    const runs: { worker: string; n: number }[] = [];
    // Both workers' first jobs wait for each other: proof that a second worker claims while the first is busy.
    const first = { a: gate(), b: gate() };
    const handlersFor = (name: 'a' | 'b'): Handlers => ({
      pair: async ({ payload }) => {
        const mine = runs.filter((r) => r.worker === name).length === 0;
        runs.push({ worker: name, n: payload.n as number });
        if (mine) {
          first[name].open();
          await first[name === 'a' ? 'b' : 'a'].promise;
        }
      },
    });
    const a = new Worker(db.kysely, handlersFor('a'), { clock: () => at(1), log: () => undefined });
    const b = new Worker(db.kysely, handlersFor('b'), { clock: () => at(1), log: () => undefined });
    await Promise.all([a.tick(), b.tick()]);
    assert.deepEqual(runs.map((r) => r.n).sort(), [0, 1, 2, 3, 4, 5]);
    assert.ok(runs.some((r) => r.worker === 'a') && runs.some((r) => r.worker === 'b'));
    const open = await db.kysely.selectFrom('job').select('id').where('kind', '=', 'pair').where('done_at', 'is', null).execute();
    assert.equal(open.length, 0);
  });

  test('a failing job is retried with growing waits, stores only the error code, and stops after its attempts', async () => {
    const id = await enqueue(db.kysely, { kind: 'flaky', runAt: at(0), maxAttempts: 3 });
    const lines: string[] = [];
    let calls = 0;
    let now = at(0);
    const worker = new Worker(db.kysely, {
      flaky: async () => {
        calls++;
        throw Object.assign(new Error('kon brief aan Hawa Kamara (BSN 999993367) niet maken'), { code: 'EPDF' });
      },
    }, { clock: () => now, log: (l) => lines.push(l) });

    assert.equal((await worker.runNext())?.status, 'failed');
    let row = await jobRow(id);
    assert.equal(row.attempts, 1);
    assert.equal(row.last_error, 'Error:EPDF');
    assert.equal(row.locked_until, null);
    assert.equal(new Date(row.run_at).getTime(), at(backoffSeconds(1)).getTime());
    assert.equal(backoffSeconds(1), 30);

    now = at(backoffSeconds(1) - 1);
    assert.equal(await worker.runNext(), undefined, 'not before the backoff has passed');
    now = at(backoffSeconds(1));
    assert.equal((await worker.runNext())?.status, 'failed');
    row = await jobRow(id);
    assert.equal(row.attempts, 2);
    assert.equal(new Date(row.run_at).getTime(), at(backoffSeconds(1) + backoffSeconds(2)).getTime());
    assert.equal(backoffSeconds(2), 60);

    now = at(3600);
    const last = await worker.runNext();
    assert.deepEqual(last, { status: 'failed', error: 'Error:EPDF', retryAt: null });
    assert.equal(await worker.runNext(), undefined, 'no attempts left');
    now = at(99_999);
    assert.equal(await worker.runNext(), undefined);
    assert.equal(calls, 3);
    assert.equal((await jobRow(id)).done_at, null);

    const overview = await jobOverview(db.kysely, now);
    assert.ok(overview.failed.some((f) => f.id === id && f.last_error === 'Error:EPDF'));
    const logged = lines.join('\n');
    assert.match(logged, /mislukt bij poging 3\/3 \(Error:EPDF\)/);
    assert.doesNotMatch(logged + JSON.stringify(overview), /Hawa|999993367|brief/);
  });

  test('a job that succeeds is marked done and not run again', async () => {
    const id = await enqueue(db.kysely, { kind: 'once', runAt: at(0) });
    let calls = 0;
    const worker = new Worker(db.kysely, { once: async () => { calls++; } }, { clock: () => at(5) });
    await worker.tick();
    await worker.tick();
    assert.equal(calls, 1);
    const row = await jobRow(id);
    assert.equal(new Date(row.done_at!).getTime(), at(5).getTime());
    assert.equal(row.attempts, 1);
  });

  test('a job whose worker died is taken over once its lease has run out', async () => {
    const id = await enqueue(db.kysely, { kind: 'orphan', runAt: at(0) });
    const claimed = await claim(db.kysely, { leases: { orphan: 60 }, now: at(0) });
    assert.equal(claimed?.id, id);
    const worker = new Worker(db.kysely, { orphan: async () => undefined }, { clock: () => at(59), leaseSeconds: 60 });
    assert.equal(await worker.runNext(), undefined, 'still leased');
    // The takeover runs under the handler's own lease, which wins over the worker's default.
    let leasedUntil: Date | null = null;
    const later = new Worker(db.kysely, {
      orphan: { run: async () => { leasedUntil = (await jobRow(id)).locked_until; }, leaseSeconds: 3600 },
    }, { clock: () => at(61), leaseSeconds: 60 });
    assert.equal((await later.runNext())?.status, 'done');
    assert.equal(new Date(leasedUntil!).getTime(), at(61 + 3600).getTime());
    assert.equal((await jobRow(id)).attempts, 2);
  });

  test('a schedule yields one job per period, even when written twice and ticked by two instances', async () => {
    const every = [{ name: 'test-minute', kind: 'tick', everySeconds: 60 }];
    await ensureSchedules(db.kysely, every, at(0));
    await ensureSchedules(db.kysely, every, at(30));
    const count = async () => Number((await db.kysely.selectFrom('job').select((eb) => eb.fn.countAll().as('n'))
      .where('schedule', '=', 'test-minute').executeTakeFirstOrThrow()).n);

    const created = await Promise.all([enqueueDueSchedules(db.kysely, at(1)), enqueueDueSchedules(db.kysely, at(1))]);
    assert.equal(created[0] + created[1], 1);
    assert.equal(await count(), 1);
    assert.equal(await enqueueDueSchedules(db.kysely, at(59)), 0, 'same period');

    // The next period's job waits while the previous one has not finished: no pile-up.
    assert.equal(await enqueueDueSchedules(db.kysely, at(61)), 0);
    assert.equal(await count(), 1);
    let runs = 0;
    const worker = new Worker(db.kysely, { tick: async () => { runs++; } }, { clock: () => at(62), schedules: every });
    await worker.tick();
    assert.equal(runs, 1);

    // After downtime the missed periods are skipped, not caught up.
    const w2 = new Worker(db.kysely, { tick: async () => { runs++; } }, { clock: () => at(600), schedules: every });
    await w2.tick();
    assert.equal(runs, 2);
    assert.equal(await count(), 2);
    const next = await db.kysely.selectFrom('job_schedule').select('next_run_at').where('name', '=', 'test-minute').executeTakeFirstOrThrow();
    assert.equal(new Date(next.next_run_at).getTime(), at(660).getTime());
  });

  test('a daily schedule is due at its local time, and a changed timing starts over', async () => {
    const daily = [{ name: 'test-daily', kind: 'nightly', dailyAt: '02:30', timeZone: 'Europe/Amsterdam' }];
    await ensureSchedules(db.kysely, daily, T0);
    const next = async () => new Date((await db.kysely.selectFrom('job_schedule').select('next_run_at')
      .where('name', '=', 'test-daily').executeTakeFirstOrThrow()).next_run_at).toISOString();
    // 4 March 2030 is winter time (UTC+1): 02:30 in Amsterdam is 01:30 UTC the next day.
    assert.equal(await next(), '2030-03-05T01:30:00.000Z');
    assert.equal(await enqueueDueSchedules(db.kysely, T0), 0);
    await ensureSchedules(db.kysely, [{ ...daily[0], dailyAt: '23:00' }], T0);
    assert.equal(await next(), '2030-03-04T22:00:00.000Z');
  });

  test('an operator can run a scheduled job now; an unknown name is refused', async () => {
    await ensureSchedules(db.kysely, [{ name: 'test-ops', kind: 'ops', everySeconds: 3600 }], at(0));
    assert.equal(await enqueueScheduleNow(db.kysely, 'bestaat-niet', at(0)), undefined);
    const id = await enqueueScheduleNow(db.kysely, 'test-ops', at(10));
    let ran = 0;
    const worker = new Worker(db.kysely, { ops: async () => { ran++; } }, { clock: () => at(10) });
    assert.equal((await worker.runNext(id))?.status, 'done');
    assert.equal(ran, 1);
  });

  test('stop waits for the running job to finish and be recorded', async () => {
    const id = await enqueue(db.kysely, { kind: 'slow', runAt: at(0) });
    const started = gate();
    const release = gate();
    let aborted = false;
    const worker = new Worker(db.kysely, {
      slow: async ({ signal }) => {
        started.open();
        await release.promise;
        aborted = signal.aborted;
      },
    }, { clock: () => at(1), pollMs: 10 });
    await worker.start();
    await started.promise;
    let stopped = false;
    const stopping = worker.stop().then(() => { stopped = true; });
    // Give stop every chance to return early: it must not while the job is still running.
    await new Promise((r) => setImmediate(r));
    assert.equal(stopped, false);
    release.open();
    await stopping;
    assert.equal(aborted, true, 'the handler was told to wrap up');
    assert.ok((await jobRow(id)).done_at, 'recorded as done before stop returned');
  });

  test('the rate-limit cleanup removes only buckets whose window has certainly ended', async () => {
    await hit(db.kysely, 'test:vers', { max: 5, windowSeconds: 900 });
    await hit(db.kysely, 'test:oud', { max: 5, windowSeconds: 900 });
    await sql`update rate_limit set window_start = now() - interval '25 hours' where bucket = 'test:oud'`.execute(db.kysely);
    assert.equal(await sweepRateLimits(db.kysely, new Date()), 1);
    const left = await db.kysely.selectFrom('rate_limit').select('bucket').where('bucket', 'like', 'test:%').execute();
    assert.deepEqual(left.map((r) => r.bucket), ['test:vers']);
  });

  test('every recurring job of the app has a handler, and retention runs at night in Dutch time', () => {
    const handlers = jobHandlers({ db: db.kysely, crypto: new Crypto('x'.repeat(32)), mailer: null });
    for (const s of schedules) assert.ok(handlers[s.kind], s.name);
    assert.deepEqual(Object.keys(handlers).sort(), [...new Set(schedules.map((s) => s.kind))].sort());
    assert.ok(typeof handlers.retention === 'object' && handlers.retention.leaseSeconds >= 3600, 'retention is not taken over while it runs');
    assert.deepEqual(schedules.find((s) => s.name === 'retention'), { name: 'retention', kind: 'retention', dailyAt: '02:30', timeZone: 'Europe/Amsterdam' });
    assert.equal(schedules.find((s) => s.name === 'outbox-delivery')?.everySeconds, 60);
    assert.equal(schedules.find((s) => s.name === 'rate-limit-cleanup')?.everySeconds, 3600);
  });
});
