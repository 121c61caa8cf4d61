import crypto from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { type Db, openDatabase } from '../../src/platform/db/connect.ts';
import { TEMPLATE_DB, TEMPLATE_FILE, serverUrl } from './paths.ts';

/**
 * A fresh copy of the migrated, demo-seeded template for one test file: an in-memory embedded
 * database, or a database created from the template on the PostgreSQL server (dropped on close).
 */
export async function cloneTemplate(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    if (!fs.existsSync(TEMPLATE_FILE)) throw new Error('Testsjabloon ontbreekt: start de tests met npm test');
    return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([fs.readFileSync(TEMPLATE_FILE)]) });
  }
  const name = `doorbraak_test_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${TEMPLATE_DB}`);
  await admin.end();
  const db = await openDatabase({ databaseUrl: serverUrl(url, name) });
  return {
    ...db,
    async close() {
      await db.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
