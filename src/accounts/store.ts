import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

type Db = Kysely<Database>;

/** Accounts (app_user, membership) are not tenant-owned rows: these queries run as the owner role. */
export function findLoginCandidate(db: Db, email: string) {
  return db.selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('tenant as t', 't.id', 'm.tenant_id')
    .select(['u.id', 'u.password_hash', 'u.disabled_at', 'm.tenant_id'])
    .where('u.email', '=', email.trim().toLowerCase())
    .orderBy('m.created_at')
    .executeTakeFirst();
}

/** Everything the login decision needs: roles, the municipality's rule and whether an authenticator is set up. */
export function loginFacts(db: Db, userId: string, tenantId: string) {
  return db.selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('tenant as t', 't.id', 'm.tenant_id')
    .leftJoin('user_totp as o', 'o.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.email', 'u.phone', 'u.disabled_at', 'm.roles', 'm.rights', 'm.organisation',
      't.id as tenant_id', 't.name as tenant_name', 't.slug as tenant_slug', 't.mfa_required', 'o.enabled_at as totp_enabled_at'])
    .select((eb) => eb.selectFrom('recovery_code as r').select(eb.fn.countAll<string>().as('n'))
      .whereRef('r.user_id', '=', 'u.id').where('r.used_at', 'is', null).as('recovery_codes_left'))
    .where('u.id', '=', userId)
    .where('m.tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
}

export function findPasswordHash(db: Db, userId: string) {
  return db.selectFrom('app_user').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
}

export async function setPasswordHash(db: Db, userId: string, hash: string): Promise<void> {
  await db.updateTable('app_user').set({ password_hash: hash }).where('id', '=', userId).execute();
}

export function isMember(db: Db, tenantId: string, userId: string) {
  return db.selectFrom('membership').select('user_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst();
}

/** A person of this municipality who may log in, by e-mail address. */
export function activeMemberByEmail(db: Db, tenantId: string, email: string) {
  return db.selectFrom('app_user as u').innerJoin('membership as m', 'm.user_id', 'u.id')
    .select('u.id').where('m.tenant_id', '=', tenantId).where('u.email', '=', email.trim().toLowerCase())
    .where('u.disabled_at', 'is', null).executeTakeFirst();
}

export function activeMemberById(db: Db, tenantId: string, userId: string) {
  return db.selectFrom('app_user as u').innerJoin('membership as m', 'm.user_id', 'u.id')
    .select('u.id').where('m.tenant_id', '=', tenantId).where('u.id', '=', userId)
    .where('u.disabled_at', 'is', null).executeTakeFirst();
}

// — Second factor —

export function findTotp(db: Db, userId: string) {
  return db.selectFrom('user_totp').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function savePendingTotp(db: Db, userId: string, sealed: string): Promise<void> {
  await db.insertInto('user_totp').values({ user_id: userId, pending_secret_encrypted: sealed })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ pending_secret_encrypted: sealed, updated_at: new Date() }))
    .execute();
}

/** Makes the pending secret the active one, if it is still the one that was checked. */
export async function activatePendingTotp(db: Db, userId: string, sealed: string, counter: number): Promise<boolean> {
  const res = await db.updateTable('user_totp').set({
    secret_encrypted: sealed, pending_secret_encrypted: null, enabled_at: new Date(), last_counter: counter, updated_at: new Date(),
  }).where('user_id', '=', userId).where('pending_secret_encrypted', '=', sealed).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Records a used time step; false when that step (or a later one) was already used: a replay or a race. */
export async function useTotpCounter(db: Db, userId: string, counter: number): Promise<boolean> {
  const res = await db.updateTable('user_totp').set({ last_counter: counter })
    .where('user_id', '=', userId).where('enabled_at', 'is not', null)
    .where((eb) => eb.or([eb('last_counter', 'is', null), eb('last_counter', '<', String(counter))]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function removeTotp(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db.deleteFrom('user_totp').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(db: Db, userId: string, hashes: string[]): Promise<void> {
  await db.deleteFrom('recovery_code').where('user_id', '=', userId).execute();
  await db.insertInto('recovery_code').values(hashes.map((code_hash) => ({ user_id: userId, code_hash }))).execute();
}

/** Marks an unused recovery code as used; false when there is no such unused code. */
export async function useRecoveryCode(db: Db, userId: string, hash: string): Promise<boolean> {
  const res = await db.updateTable('recovery_code').set({ used_at: new Date() })
    .where('user_id', '=', userId).where('code_hash', '=', hash).where('used_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

// — Municipality settings —

export async function setMfaRequired(db: Db, tenantId: string, required: boolean): Promise<void> {
  await db.updateTable('tenant').set({ mfa_required: required }).where('id', '=', tenantId).execute();
}

export function findMfaRequired(db: Db, tenantId: string) {
  return db.selectFrom('tenant').select('mfa_required').where('id', '=', tenantId).executeTakeFirstOrThrow();
}

// — Identity providers —

/** Also for the public login page and the callback, so it runs as the owner role with an explicit tenant. */
export function findIdentityProvider(db: Db, tenantId: string) {
  return db.selectFrom('identity_provider').selectAll().where('tenant_id', '=', tenantId).executeTakeFirst();
}

export async function saveIdentityProvider(db: Db, row: {
  tenantId: string; issuer: string; clientId: string; clientSecretEncrypted?: string; label: string; enabled: boolean; updatedBy: string;
}): Promise<void> {
  const set = {
    issuer: row.issuer, client_id: row.clientId, label: row.label, enabled: row.enabled, updated_by: row.updatedBy, updated_at: new Date(),
    ...(row.clientSecretEncrypted ? { client_secret_encrypted: row.clientSecretEncrypted } : {}),
  };
  await db.insertInto('identity_provider')
    .values({ tenant_id: row.tenantId, client_secret_encrypted: row.clientSecretEncrypted ?? '', ...set })
    .onConflict((oc) => oc.column('tenant_id').doUpdateSet(set))
    .execute();
}

export function findIdentity(db: Db, issuer: string, subject: string) {
  return db.selectFrom('user_identity').select('user_id').where('issuer', '=', issuer).where('subject', '=', subject).executeTakeFirst();
}

export async function linkIdentity(db: Db, issuer: string, subject: string, userId: string): Promise<void> {
  await db.insertInto('user_identity').values({ issuer, subject, user_id: userId })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing()).execute();
}

