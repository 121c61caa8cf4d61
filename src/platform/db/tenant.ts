import { type Kysely, type Transaction, sql } from 'kysely';
import type { Database } from '../../database.ts';

export type Tx = Transaction<Database>;

export interface TenantContext {
  tenantId: string;
  userId: string | null;
}

/**
 * Runs `fn` in one transaction as the non-owner role `doorbraak_app`, with the municipality set for
 * row-level security. Everything in it commits together or not at all.
 */
export function withTenant<T>(db: Kysely<Database>, ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${ctx.tenantId}, true), set_config('app.user_id', ${ctx.userId ?? ''}, true)`.execute(tx);
    await sql`set local role doorbraak_app`.execute(tx);
    return fn(tx);
  });
}

/** For work that spans municipalities (login, sessions, seeding): the owner role, still one transaction. */
export function withSystem<T>(db: Kysely<Database>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(fn);
}
