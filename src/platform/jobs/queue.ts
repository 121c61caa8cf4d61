import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.ts';
import { type Schedule, firstRun, nextRun } from './schedule.ts';

export interface NewJob {
  kind: string;
  /** Ids and settings only, never personal data: operators read payloads. */
  payload?: Record<string, unknown>;
  runAt?: Date;
  tenantId?: string | null;
  maxAttempts?: number;
}

export interface ClaimedJob {
  id: string;
  tenantId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  schedule: string | null;
  /** This run's number, counting from 1. */
  attempt: number;
  maxAttempts: number;
}

const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 6 * 3600;

/** Seconds to wait before the next try after the given (1-based) failed attempt: 30 s, 1 min, 2 min … at most 6 h. */
export function backoffSeconds(attempt: number): number {
  return Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** Math.max(0, attempt - 1));
}

/**
 * What may be stored and printed about a failure: the error's name and code, never its message,
 * which may quote an address, a name or a query parameter.
 */
export function errorCode(e: unknown): string {
  const err = (e ?? {}) as { name?: unknown; code?: unknown; responseCode?: unknown };
  const parts = [typeof err.name === 'string' ? err.name : 'Error', err.code, err.responseCode]
    .filter((p) => typeof p === 'string' || typeof p === 'number')
    .map((p) => String(p).replace(/[^A-Za-z0-9_.-]/g, '').slice(0, 40))
    .filter(Boolean);
  return parts.join(':') || 'Error';
}

/**
 * Adds a job in the caller's transaction, so it exists exactly when the work that asked for it
 * commits. Inside a request the app role may only add jobs for its own municipality.
 */
export async function enqueue(db: Kysely<Database>, job: NewJob & { schedule?: string | null }): Promise<string> {
  const id = uuidv7();
  await db.insertInto('job').values({
    id, tenant_id: job.tenantId ?? null, kind: job.kind, payload: JSON.stringify(job.payload ?? {}),
    schedule: job.schedule ?? null, run_at: job.runAt ?? new Date(),
    ...(job.maxAttempts ? { max_attempts: job.maxAttempts } : {}),
  }).execute();
  return id;
}

interface JobRow {
  id: string; tenant_id: string | null; kind: string; payload: Record<string, unknown>; schedule: string | null;
  attempts: number; max_attempts: number;
}

/**
 * Takes one due job with a lease, in a single statement: no transaction stays open while the job
 * runs (the embedded database has one session). `skip locked` lets other workers take other jobs.
 * `leases` names the kinds this worker handles, each with how long a run may take.
 */
export async function claim(
  db: Kysely<Database>,
  opts: { leases: Record<string, number>; now: Date; id?: string },
): Promise<ClaimedJob | undefined> {
  const kinds = Object.keys(opts.leases);
  if (kinds.length === 0) return undefined;
  const seconds = kinds.map((k) => Math.ceil(opts.leases[k]));
  const res = await sql<JobRow>`
    update job set attempts = attempts + 1,
      locked_until = ${opts.now}::timestamptz
        + make_interval(secs => (${seconds}::int[])[array_position(${kinds}::text[], job.kind)])
    where id = (
      select id from job
      where done_at is null and attempts < max_attempts and run_at <= ${opts.now}
        and (locked_until is null or locked_until <= ${opts.now})
        and kind = any(${kinds}::text[])
        ${opts.id ? sql`and id = ${opts.id}` : sql``}
      order by run_at, id
      limit 1
      for update skip locked
    )
    returning id, tenant_id, kind, payload, schedule, attempts, max_attempts`.execute(db);
  const r = res.rows[0];
  if (!r) return undefined;
  return {
    id: r.id, tenantId: r.tenant_id, kind: r.kind, payload: r.payload ?? {}, schedule: r.schedule,
    attempt: r.attempts, maxAttempts: r.max_attempts,
  };
}

export async function complete(db: Kysely<Database>, id: string, now: Date): Promise<void> {
  await db.updateTable('job').set({ done_at: now, locked_until: null, last_error: null }).where('id', '=', id).execute();
}

/** Records a failure; returns when the job runs again, or null when it has used all its attempts. */
export async function fail(db: Kysely<Database>, job: ClaimedJob, error: unknown, now: Date): Promise<Date | null> {
  const retryAt = job.attempt < job.maxAttempts ? new Date(now.getTime() + backoffSeconds(job.attempt) * 1000) : null;
  await db.updateTable('job')
    .set({ locked_until: null, last_error: errorCode(error), ...(retryAt ? { run_at: retryAt } : {}) })
    .where('id', '=', job.id).execute();
  return retryAt;
}

/**
 * Writes the schedules; running this from every instance at every start is safe. A schedule whose
 * timing changed starts over; an unchanged one keeps its next run.
 */
export async function ensureSchedules(db: Kysely<Database>, schedules: Schedule[], now: Date): Promise<void> {
  for (const s of schedules) {
    const row = {
      name: s.name, kind: s.kind, every_seconds: s.everySeconds ?? null, daily_at: s.dailyAt ?? null,
      time_zone: s.timeZone ?? 'Europe/Amsterdam', next_run_at: firstRun(s, now),
    };
    await sql`
      insert into job_schedule as s (name, kind, every_seconds, daily_at, time_zone, next_run_at)
      values (${row.name}, ${row.kind}, ${row.every_seconds}, ${row.daily_at}, ${row.time_zone}, ${row.next_run_at})
      on conflict (name) do update set
        kind = excluded.kind, every_seconds = excluded.every_seconds, daily_at = excluded.daily_at,
        time_zone = excluded.time_zone, next_run_at = excluded.next_run_at, updated_at = now()
      where (s.kind, s.every_seconds, s.daily_at, s.time_zone)
        is distinct from (excluded.kind, excluded.every_seconds, excluded.daily_at, excluded.time_zone)`.execute(db);
  }
}

/** Unfinished: waiting, running, or failed but with attempts left. */
const open = (now: Date) => sql`done_at is null and (attempts < max_attempts or locked_until > ${now})`;

/**
 * Turns due schedules into jobs. Each schedule row is locked and moved on in the same short
 * transaction, so with several instances every period yields one job; a schedule whose previous
 * job has not finished skips the period rather than piling up runs.
 */
export async function enqueueDueSchedules(db: Kysely<Database>, now: Date): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const due = await sql<{ name: string; kind: string; every_seconds: number | null; daily_at: string | null; time_zone: string; next_run_at: Date }>`
      select name, kind, every_seconds, daily_at, time_zone, next_run_at from job_schedule
      where next_run_at <= ${now} order by name for update skip locked`.execute(tx);
    let created = 0;
    for (const s of due.rows) {
      const busy = await sql`select 1 from job where schedule = ${s.name} and ${open(now)} limit 1`.execute(tx);
      if (busy.rows.length === 0) {
        await enqueue(tx, { kind: s.kind, schedule: s.name, runAt: new Date(s.next_run_at) });
        created++;
      }
      const schedule: Schedule = s.every_seconds !== null
        ? { name: s.name, kind: s.kind, everySeconds: s.every_seconds }
        : { name: s.name, kind: s.kind, dailyAt: s.daily_at!, timeZone: s.time_zone };
      await tx.updateTable('job_schedule').set({ next_run_at: nextRun(schedule, now, new Date(s.next_run_at)) })
        .where('name', '=', s.name).execute();
    }
    return created;
  });
}

/** A job for the schedule right now, whatever its timing (operators use this). Undefined for an unknown name. */
export async function enqueueScheduleNow(db: Kysely<Database>, name: string, now: Date): Promise<string | undefined> {
  const s = await db.selectFrom('job_schedule').select(['kind']).where('name', '=', name).executeTakeFirst();
  if (!s) return undefined;
  return enqueue(db, { kind: s.kind, schedule: name, runAt: now });
}

/** Removes finished jobs, and failed ones once nobody will look at them any more. */
export async function pruneJobs(db: Kysely<Database>, finishedBefore: Date, failedBefore: Date, now: Date): Promise<number> {
  const done = await db.deleteFrom('job').where('done_at', '<', finishedBefore).executeTakeFirst();
  const failed = await db.deleteFrom('job').where('done_at', 'is', null).where('created_at', '<', failedBefore)
    .where(sql<boolean>`attempts >= max_attempts and (locked_until is null or locked_until <= ${now})`).executeTakeFirst();
  return Number(done.numDeletedRows) + Number(failed.numDeletedRows);
}

export interface JobOverview {
  schedules: {
    name: string; kind: string; every_seconds: number | null; daily_at: string | null; time_zone: string; next_run_at: Date;
    last_done_at: Date | null;
  }[];
  due: number;
  running: number;
  retrying: number;
  failed: { id: string; kind: string; schedule: string | null; attempts: number; last_error: string | null; created_at: Date }[];
}

/** What operators need to see: schedules, queue sizes and the jobs that gave up. */
export async function jobOverview(db: Kysely<Database>, now: Date): Promise<JobOverview> {
  const schedules = await db.selectFrom('job_schedule as s')
    .select(['s.name', 's.kind', 's.every_seconds', 's.daily_at', 's.time_zone', 's.next_run_at'])
    .select((eb) => eb.selectFrom('job').select((j) => j.fn.max('done_at').as('d')).whereRef('job.schedule', '=', 's.name').as('last_done_at'))
    .orderBy('s.name').execute();
  const counts = await sql<{ due: number; running: number; retrying: number }>`
    select
      count(*) filter (where attempts < max_attempts and run_at <= ${now} and (locked_until is null or locked_until <= ${now}))::int as due,
      count(*) filter (where locked_until > ${now})::int as running,
      count(*) filter (where attempts > 0 and attempts < max_attempts and run_at > ${now})::int as retrying
    from job where done_at is null`.execute(db);
  const failed = await db.selectFrom('job').select(['id', 'kind', 'schedule', 'attempts', 'last_error', 'created_at'])
    .where('done_at', 'is', null)
    .where(sql<boolean>`attempts >= max_attempts and (locked_until is null or locked_until <= ${now})`)
    .orderBy('created_at', 'desc').limit(20).execute();
  return { schedules, ...counts.rows[0], failed };
}
