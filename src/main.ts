import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { Crypto } from './platform/crypto/index.ts';
import { type Db, openDatabase } from './platform/db/connect.ts';
import { migrate } from './platform/db/migrate.ts';
import { seedDemo } from './cli/seed.ts';

export interface Running {
  url: string;
  db: Db;
  close(): Promise<void>;
}

export async function openConfiguredDatabase(config: Config): Promise<Db> {
  return openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}

/** Composition root: config → database (migrated, demo-seeded) → HTTP → listen. */
export async function start(config: Config, existing?: Db): Promise<Running> {
  const db = existing ?? (await openConfiguredDatabase(config));
  try {
    await migrate(db);
    if (config.demo) await seedDemo(db.kysely, new Crypto(config.secret));
  } catch (e) {
    if (!existing) await db.close();
    throw e;
  }
  const app = buildApp({ db: db.kysely, dbKind: db.kind, crypto: new Crypto(config.secret), config });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://localhost:${port}`,
    db,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!existing) await db.close();
    },
  };
}
