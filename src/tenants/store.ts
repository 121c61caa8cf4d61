import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

/** The municipality a public form reports to: the named one, else the configured default, else the oldest. */
export function publicTenant(db: Kysely<Database>, slug: string | undefined) {
  let q = db.selectFrom('tenant').select(['id', 'name', 'slug']);
  q = slug ? q.where('slug', '=', slug) : q.orderBy('created_at').orderBy('id');
  return q.limit(1).executeTakeFirst();
}
