import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from './connect.ts';

// Only a database server can end a connection on its own; the embedded database cannot, so this
// runs in the PostgreSQL pass of the suite.
const url = process.env.DATABASE_URL;
if (url) {
  describe('a connection to PostgreSQL', () => {
    test('ended by the server while idle does not stop the process, and the next query works', async () => {
      const db = await openDatabase({ databaseUrl: url });
      try {
        const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query('select pg_terminate_backend($1)', [rows[0].pid]);
        await admin.end();
        // The idle client hears of it asynchronously: without a listener on the pool, that error
        // would end this process. Ask until a query runs on a new connection.
        for (let i = 0; i < 100; i++) {
          const again = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely).catch(() => null);
          if (again && again.rows[0].pid !== rows[0].pid) return;
          await new Promise((resolve) => setImmediate(resolve));
        }
        assert.fail('the pool kept using the ended connection');
      } finally {
        await db.close();
      }
    });
  });
}
