/**
 * Builds the migrated, demo-seeded template database once per test run: a tarball for the embedded
 * database, or a template database on the PostgreSQL server named by DATABASE_URL.
 */
import fs from 'node:fs';
import pg from 'pg';
import { seedDemo } from '../../src/cli/seed.ts';
import { loadConfig } from '../../src/config.ts';
import { Crypto } from '../../src/platform/crypto/index.ts';
import { openDatabase } from '../../src/platform/db/connect.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { TEMPLATE_DB, TEMPLATE_FILE, serverUrl } from './paths.ts';

const crypto = new Crypto(loadConfig({ DOORBRAAK_DEMO: '1' }).secret);
const url = process.env.DATABASE_URL;

if (url) {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DB} with (force)`);
  await admin.query(`create database ${TEMPLATE_DB}`);
  await admin.end();
  const db = await openDatabase({ databaseUrl: serverUrl(url, TEMPLATE_DB) });
  await migrate(db);
  await seedDemo(db.kysely, crypto);
  await db.close();
} else {
  const db = await openDatabase({ dataDir: 'memory://' });
  await migrate(db);
  await seedDemo(db.kysely, crypto);
  const blob = await db.dump!();
  fs.mkdirSync('.tmp', { recursive: true });
  // Written aside and renamed, so a test run starting at the same moment never reads half a file.
  const partial = `${TEMPLATE_FILE}.${process.pid}`;
  fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
  fs.renameSync(partial, TEMPLATE_FILE);
  await db.close();
}
