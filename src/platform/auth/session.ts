import type { Kysely } from 'kysely';
import type { Database } from '../../database.ts';
import { randomToken, sha256 } from '../crypto/index.ts';

export const SESSION_COOKIE = 'doorbraak_sessie';
const ABSOLUTE_HOURS = 12;
const IDLE_MINUTES = 60;

export interface SessionUser {
  userId: string;
  tenantId: string;
  name: string;
  email: string;
  roles: string[];
}

export async function createSession(db: Kysely<Database>, userId: string, tenantId: string): Promise<string> {
  const token = randomToken();
  await db.insertInto('session').values({
    token_hash: sha256(token), user_id: userId, tenant_id: tenantId,
    expires_at: new Date(Date.now() + ABSOLUTE_HOURS * 3600_000), last_seen_at: new Date(),
  }).execute();
  return token;
}

/** Resolves a cookie token to its user; idle or expired sessions are refused. */
export async function readSession(db: Kysely<Database>, token: string): Promise<SessionUser | null> {
  const tokenHash = sha256(token);
  const row = await db.selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('membership as m', (j) => j.onRef('m.user_id', '=', 's.user_id').onRef('m.tenant_id', '=', 's.tenant_id'))
    .select(['s.user_id', 's.tenant_id', 's.last_seen_at', 's.expires_at', 's.revoked_at', 'u.name', 'u.email', 'u.disabled_at', 'm.roles'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at) return null;
  const now = Date.now();
  if (new Date(row.expires_at).getTime() <= now) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (lastSeen + IDLE_MINUTES * 60_000 <= now) return null;
  // Writing on every request would turn each read into a write; once a minute is enough for the idle timer.
  if (now - lastSeen > 60_000) {
    await db.updateTable('session').set({ last_seen_at: new Date() }).where('token_hash', '=', tokenHash).execute();
  }
  return { userId: row.user_id, tenantId: row.tenant_id, name: row.name, email: row.email, roles: row.roles };
}

export async function revokeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.updateTable('session').set({ revoked_at: new Date() }).where('token_hash', '=', sha256(token)).execute();
}
