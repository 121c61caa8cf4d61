import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';

export function findLoginCandidate(db: Kysely<Database>, email: string) {
  return db.selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('tenant as t', 't.id', 'm.tenant_id')
    .select(['u.id', 'u.password_hash', 'u.disabled_at', 'm.tenant_id'])
    .where('u.email', '=', email.trim().toLowerCase())
    .orderBy('m.created_at')
    .executeTakeFirst();
}

export function findMe(db: Kysely<Database>, userId: string, tenantId: string) {
  return db.selectFrom('app_user as u')
    .innerJoin('membership as m', 'm.user_id', 'u.id')
    .innerJoin('tenant as t', 't.id', 'm.tenant_id')
    .select(['u.id', 'u.name', 'u.email', 'u.phone', 'm.roles', 'm.organisation', 't.id as tenant_id', 't.name as tenant_name', 't.slug as tenant_slug'])
    .where('u.id', '=', userId)
    .where('m.tenant_id', '=', tenantId)
    .executeTakeFirstOrThrow();
}
