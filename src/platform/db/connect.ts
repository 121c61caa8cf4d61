import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../../database.ts';
import { lockDataDir } from './lock.ts';

// Dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the time zone.
pg.types.setTypeParser(1082, (v) => v);
// bigint counters fit in a JS number for any realistic count.
pg.types.setTypeParser(20, (v) => Number(v));

export type DatabaseKind = 'pglite' | 'postgresql';

export interface Db {
  kysely: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** Embedded only: the whole data folder as a tarball (used to clone a migrated template). */
  dump?: () => Promise<Blob>;
}

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder for the embedded database; `memory://` keeps it in memory. */
  dataDir?: string;
  /** A dumped data folder (tarball) to start from, used by tests to clone a migrated template. */
  loadDataDir?: Blob;
}

export async function openDatabase(opts: OpenOptions): Promise<Db> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection that the server ends (restart, failover, an administrator) emits an error
    // on the pool; without a listener that error would stop the whole process. The pool drops the
    // connection and opens a new one when needed, so a note in the technical log is enough.
    pool.on('error', (err) => console.error(`Databaseverbinding door de server beëindigd (${(err as { code?: string }).code ?? err.name}); een nieuwe volgt bij het volgende verzoek`));
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, kind: 'postgresql', close: () => kysely.destroy() };
  }
  const dataDir = opts.dataDir ?? 'memory://';
  const unlock = dataDir.startsWith('memory://') ? () => undefined : lockDataDir(dataDir);
  try {
    const options: PGliteOptions = { extensions: { pg_trgm } };
    if (opts.loadDataDir) options.loadDataDir = opts.loadDataDir;
    const pglite = await PGlite.create(dataDir, options);
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      kysely,
      kind: 'pglite',
      dump: () => pglite.dumpDataDir('none'),
      async close() {
        await sql`checkpoint`.execute(kysely).catch(() => undefined);
        await kysely.destroy();
        await pglite.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}
