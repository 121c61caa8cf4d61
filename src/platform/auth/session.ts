import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.ts';
import { randomToken, sha256 } from '../crypto/index.ts';

export const SESSION_COOKIE = 'doorbraak_sessie';
const ABSOLUTE_HOURS = 12;
const IDLE_MINUTES = 60;
/** A session waiting for its second factor lives only as long as entering a code (or setting one up) takes. */
const PENDING_MINUTES = 15;

export interface SessionUser {
  userId: string;
  tenantId: string;
  name: string;
  email: string;
  roles: string[];
}

/** 'full': logged in; 'mfa': the code is still to be entered; 'mfa_setup': a second factor must be set up first. */
export type SessionStage = 'full' | 'mfa' | 'mfa_setup';
export type SessionMethod = 'password' | 'oidc';
export type SecondFactor = 'totp' | 'recovery_code' | 'identity_provider';

export interface SessionState extends SessionUser {
  sessionId: string;
  stage: SessionStage;
  method: SessionMethod;
}

export interface NewSession {
  stage?: SessionStage;
  method?: SessionMethod;
  secondFactor?: SecondFactor | null;
  userAgent?: string | null;
}

export async function createSession(db: Kysely<Database>, userId: string, tenantId: string, opts: NewSession = {}): Promise<string> {
  const token = randomToken();
  const stage = opts.stage ?? 'full';
  const minutes = stage === 'full' ? ABSOLUTE_HOURS * 60 : PENDING_MINUTES;
  await db.insertInto('session').values({
    token_hash: sha256(token), id: uuidv7(), user_id: userId, tenant_id: tenantId,
    expires_at: new Date(Date.now() + minutes * 60_000), last_seen_at: new Date(),
    stage, method: opts.method ?? 'password', second_factor: opts.secondFactor ?? null,
    user_agent: opts.userAgent?.slice(0, 200) ?? null,
  }).execute();
  return token;
}

/** Resolves a cookie token to its session in any stage; idle, expired or revoked sessions are refused. */
export async function readSessionState(db: Kysely<Database>, token: string): Promise<SessionState | null> {
  const tokenHash = sha256(token);
  const row = await db.selectFrom('session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .innerJoin('membership as m', (j) => j.onRef('m.user_id', '=', 's.user_id').onRef('m.tenant_id', '=', 's.tenant_id'))
    .select(['s.id', 's.user_id', 's.tenant_id', 's.last_seen_at', 's.expires_at', 's.revoked_at', 's.stage', 's.method',
      'u.name', 'u.email', 'u.disabled_at', 'm.roles'])
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
  return {
    sessionId: row.id, stage: row.stage, method: row.method,
    userId: row.user_id, tenantId: row.tenant_id, name: row.name, email: row.email, roles: row.roles,
  };
}

/** The logged-in user: only a session that passed every step counts. */
export async function readSession(db: Kysely<Database>, token: string): Promise<SessionUser | null> {
  const s = await readSessionState(db, token);
  if (!s || s.stage !== 'full') return null;
  return { userId: s.userId, tenantId: s.tenantId, name: s.name, email: s.email, roles: s.roles };
}

export async function revokeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.updateTable('session').set({ revoked_at: new Date() }).where('token_hash', '=', sha256(token)).execute();
}

/**
 * A session that passed its second factor (or finished setting one up) gets a new token and the full
 * lifetime; the old token stops working, so a token seen before the second step is worth nothing after.
 */
export async function promoteSession(db: Kysely<Database>, token: string, secondFactor: SecondFactor): Promise<string | null> {
  return db.transaction().execute(async (tx) => {
    const old = await tx.updateTable('session').set({ revoked_at: new Date() })
      .where('token_hash', '=', sha256(token)).where('revoked_at', 'is', null).where('stage', '!=', 'full')
      .returning(['user_id', 'tenant_id', 'method', 'user_agent']).executeTakeFirst();
    if (!old) return null;
    return createSession(tx, old.user_id, old.tenant_id, { method: old.method, secondFactor, userAgent: old.user_agent });
  });
}

export interface ActiveSession {
  id: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; stage: SessionStage; method: SessionMethod;
  secondFactor: SecondFactor | null; userAgent: string | null; current: boolean;
}

/** A person's sessions that still work (in any stage), newest first. */
export async function activeSessions(db: Kysely<Database>, userId: string, currentToken: string | undefined): Promise<ActiveSession[]> {
  const currentHash = currentToken ? sha256(currentToken) : '';
  const rows = await db.selectFrom('session')
    .select(['id', 'token_hash', 'created_at', 'last_seen_at', 'expires_at', 'stage', 'method', 'second_factor', 'user_agent'])
    .where('user_id', '=', userId).where('revoked_at', 'is', null)
    .where('expires_at', '>', new Date())
    .where('last_seen_at', '>', new Date(Date.now() - IDLE_MINUTES * 60_000))
    .orderBy('created_at', 'desc').orderBy('id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id, createdAt: new Date(r.created_at), lastSeenAt: new Date(r.last_seen_at), expiresAt: new Date(r.expires_at),
    stage: r.stage, method: r.method, secondFactor: r.second_factor, userAgent: r.user_agent, current: r.token_hash === currentHash,
  }));
}

/**
 * Revokes a person's sessions: one by id, all but the current one, or all of them within one
 * municipality. Returns how many stopped working.
 */
export async function revokeSessions(db: Kysely<Database>, userId: string, which: { id?: string; exceptToken?: string; tenantId?: string }): Promise<number> {
  let q = db.updateTable('session').set({ revoked_at: new Date() })
    .where('user_id', '=', userId).where('revoked_at', 'is', null).where('expires_at', '>', new Date());
  if (which.id) q = q.where('id', '=', which.id);
  if (which.exceptToken) q = q.where('token_hash', '!=', sha256(which.exceptToken));
  if (which.tenantId) q = q.where('tenant_id', '=', which.tenantId);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}
