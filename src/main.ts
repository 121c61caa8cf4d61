import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import { Crypto } from './platform/crypto/index.ts';
import { type Db, openDatabase } from './platform/db/connect.ts';
import { migrate } from './platform/db/migrate.ts';
import { seedDemo } from './cli/seed.ts';
import { jobHandlers, schedules } from './jobs.ts';
import { Worker } from './platform/jobs/worker.ts';
import { type Mailer, smtpMailer } from './platform/mail/smtp.ts';

export interface Running {
  url: string;
  db: Db;
  close(): Promise<void>;
}

export function configuredMailer(config: Config): Mailer | null {
  return config.smtpUrl && config.mailFrom ? smtpMailer(config.smtpUrl, config.mailFrom) : null;
}

export async function openConfiguredDatabase(config: Config): Promise<Db> {
  return openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
}

/** Composition root: config → database (migrated, demo-seeded) → jobs → HTTP → listen. */
export async function start(config: Config, existing?: Db): Promise<Running> {
  const db = existing ?? (await openConfiguredDatabase(config));
  try {
    await migrate(db);
    if (config.demo) await seedDemo(db.kysely, new Crypto(config.secret));
  } catch (e) {
    if (!existing) await db.close();
    throw e;
  }
  const crypto = new Crypto(config.secret);
  const mailer = configuredMailer(config);
  let worker: Worker | undefined;
  if (config.jobs) {
    worker = new Worker(db.kysely, jobHandlers({ db: db.kysely, crypto, mailer }), { pollMs: config.jobsPollSeconds * 1000, schedules });
    await worker.start().catch(async (e) => {
      mailer?.close();
      if (!existing) await db.close();
      throw e;
    });
  }
  const app = buildApp({ db: db.kysely, dbKind: db.kind, crypto, config });
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
      // The running job finishes and is recorded before the database closes.
      await Promise.all([new Promise<void>((resolve) => server.close(() => resolve())), worker?.stop()]);
      mailer?.close();
      if (!existing) await db.close();
    },
  };
}
