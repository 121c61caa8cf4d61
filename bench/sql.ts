// SQL building blocks of the bench generator: deterministic pseudo-random values usable inside
// set-based inserts, and dropping the indexes of bulk-loaded tables and building them again.
import pg from 'pg';

/** A deterministic number in [0, 1) from a seed expression and a salt: unlike random(), safe inside correlated subqueries. */
export const h = (seed: string, salt: number) => `((abs(hashint8((${seed})::bigint * 7919 + ${salt})::bigint) % 1000000)::float8 / 1000000)`;
/** A UUIDv7 for a timestamp expression, as the app makes them (time-ordered ids). */
export const uuid7 = (ts: string) =>
  `(lpad(to_hex((extract(epoch from ${ts}) * 1000)::bigint), 12, '0') || '7' || substr(replace(gen_random_uuid()::text, '-', ''), 14))::uuid`;
/** One element of a text[] parameter, chosen by h(). */
export const pick = (arr: string, seed: string, salt: number) => `(${arr})[1 + floor(${h(seed, salt)} * cardinality(${arr}))::int]`;
/** Approximate working days between two dates (weekends out; holidays are left to the app's own refresh). */
export const workDays = (a: string, b: string) => `greatest(0, (${b} - ${a}) - 2 * ((${b} - ${a}) / 7))`;

export interface Saved { table: string; kind: 'index' | 'constraint'; name: string; def: string }

/** Drops the indexes (and primary keys no foreign key depends on) of the loaded tables, returning how to rebuild them. */
export async function dropIndexes(c: pg.Client, tables: string[]): Promise<Saved[]> {
  const { rows } = await c.query<Saved>(`
    select t.relname as table, 'constraint' as kind, k.conname as name, pg_get_constraintdef(k.oid) as def
    from pg_constraint k join pg_class t on t.oid = k.conrelid
    where t.relname = any($1) and k.contype in ('p', 'u')
      and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = k.conindid)
    union all
    select t.relname, 'index', i.relname, pg_get_indexdef(x.indexrelid)
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    where t.relname = any($1) and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`, [tables]);
  for (const r of rows) {
    await c.query(r.kind === 'constraint' ? `alter table ${r.table} drop constraint ${r.name}` : `drop index ${r.name}`);
  }
  return rows;
}

export async function rebuildIndexes(c: pg.Client, saved: Saved[], say: (msg: string) => void) {
  for (const r of saved) {
    const t = Date.now();
    await c.query(r.kind === 'constraint' ? `alter table ${r.table} add constraint ${r.name} ${r.def}` : r.def);
    say(`  ${r.kind} ${r.name} on ${r.table} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  }
}


/** Creates the bench database, or starts it over when it is empty or BENCH_RESET=1; refuses to touch one with data otherwise. */
export async function ensureDatabase(url: string, say: (msg: string) => void): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    const exists = (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
    if (exists) {
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      const filled = await db.query(`select to_regclass('public.tenant') is not null and exists (select 1 from tenant) as filled`)
        .then((r) => r.rows[0].filled as boolean).finally(() => db.end());
      if (filled && process.env.BENCH_RESET !== '1') {
        console.error(`Database ${name} already holds data. Run with BENCH_RESET=1 to drop and rebuild it.`);
        process.exit(2);
      }
      // An empty one may be what an interrupted run left (indexes dropped for the load): start over.
      say(`dropping and recreating database ${name}`);
      await c.query(`drop database ${pg.escapeIdentifier(name)} with (force)`);
      await c.query(`create database ${pg.escapeIdentifier(name)}`);
    } else {
      say(`creating database ${name}`);
      await c.query(`create database ${pg.escapeIdentifier(name)}`);
    }
  } finally {
    await c.end();
  }
}
