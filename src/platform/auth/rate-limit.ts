import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.ts';

export interface Limit {
  max: number;
  windowSeconds: number;
}

/**
 * A fixed-window counter in the database, so limits hold across app instances. Returns the seconds
 * to wait when the bucket is full, or 0 when the hit is allowed (and counted).
 */
export async function hit(db: Kysely<Database>, bucket: string, limit: Limit): Promise<number> {
  const res = await sql<{ hits: number; window_start: Date }>`
    insert into rate_limit as r (bucket, window_start, hits) values (${bucket}, now(), 1)
    on conflict (bucket) do update set
      hits = case when r.window_start < now() - make_interval(secs => ${limit.windowSeconds}) then 1 else r.hits + 1 end,
      window_start = case when r.window_start < now() - make_interval(secs => ${limit.windowSeconds}) then now() else r.window_start end
    returning hits, window_start`.execute(db);
  const row = res.rows[0];
  if (row.hits <= limit.max) return 0;
  const resetAt = new Date(row.window_start).getTime() + limit.windowSeconds * 1000;
  return Math.max(1, Math.ceil((resetAt - Date.now()) / 1000));
}

/** Peeks without counting (a login is only counted when it fails). */
export async function isBlocked(db: Kysely<Database>, bucket: string, limit: Limit): Promise<number> {
  const row = await db.selectFrom('rate_limit').select(['hits', 'window_start']).where('bucket', '=', bucket).executeTakeFirst();
  if (!row) return 0;
  const resetAt = new Date(row.window_start).getTime() + limit.windowSeconds * 1000;
  if (resetAt <= Date.now() || row.hits < limit.max) return 0;
  return Math.ceil((resetAt - Date.now()) / 1000);
}

export async function clear(db: Kysely<Database>, bucket: string): Promise<void> {
  await db.deleteFrom('rate_limit').where('bucket', '=', bucket).execute();
}

/** The longest window a limit may use; the sweep relies on it. */
export const LONGEST_WINDOW_SECONDS = 24 * 3600;

/** Removes buckets whose window has certainly ended; a hit would reset them anyway. */
export async function sweepRateLimits(db: Kysely<Database>, now: Date): Promise<number> {
  const res = await db.deleteFrom('rate_limit')
    .where('window_start', '<', new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000)).executeTakeFirst();
  return Number(res.numDeletedRows);
}
