import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { CaseRole, MemberFacts } from './model.ts';

/** The access area owns the case team (case_member), invitations and break-glass rows. */

export async function teamMember(tx: Tx, caseId: string, userId: string): Promise<(MemberFacts & { organisation: string | null }) | null> {
  const row = await tx.selectFrom('case_member').select(['role', 'sections', 'override_until', 'organisation'])
    .where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
  return row ? { role: row.role, sections: row.sections, overrideUntil: row.override_until, organisation: row.organisation } : null;
}

export async function activeBreakGlass(tx: Tx, caseId: string, userId: string, now: Date): Promise<Date | null> {
  const row = await tx.selectFrom('break_glass').select((eb) => eb.fn.max('expires_at').as('until'))
    .where('case_id', '=', caseId).where('user_id', '=', userId).where('expires_at', '>', now).executeTakeFirst();
  return row?.until ? new Date(row.until) : null;
}

export interface NewMember {
  role: CaseRole; sections?: string[] | null; organisation?: string | null; addedBy?: string | null;
  overrideReason?: string | null; overrideUntil?: Date | null;
}

export async function addTeamMember(tx: Tx, tenantId: string, caseId: string, userId: string, m: NewMember) {
  const values = {
    role: m.role, sections: m.sections ?? null, organisation: m.organisation ?? null, added_by: m.addedBy ?? null,
    override_reason: m.overrideReason ?? null, override_until: m.overrideUntil ?? null,
  };
  await tx.insertInto('case_member').values({ tenant_id: tenantId, case_id: caseId, user_id: userId, ...values })
    .onConflict((oc) => oc.columns(['tenant_id', 'case_id', 'user_id']).doUpdateSet(values)).execute();
}

export async function updateTeamMember(tx: Tx, caseId: string, userId: string, set: { role?: CaseRole; sections?: string[] }) {
  return tx.updateTable('case_member').set(set).where('case_id', '=', caseId).where('user_id', '=', userId)
    .returning('user_id').executeTakeFirst();
}

export async function removeTeamMember(tx: Tx, caseId: string, userId: string) {
  return tx.deleteFrom('case_member').where('case_id', '=', caseId).where('user_id', '=', userId)
    .returning('role').executeTakeFirst();
}

export function team(tx: Tx, caseId: string) {
  return tx.selectFrom('case_member as m').innerJoin('app_user as u', 'u.id', 'm.user_id')
    .leftJoin('membership as ms', (j) => j.onRef('ms.user_id', '=', 'm.user_id').onRef('ms.tenant_id', '=', 'm.tenant_id'))
    .select(['m.user_id', 'm.role', 'm.sections', 'm.organisation', 'm.added_at', 'm.override_reason', 'm.override_until',
      'u.name', 'u.email', 'u.phone', 'ms.organisation as home_organisation', 'ms.roles'])
    .where('m.case_id', '=', caseId)
    .orderBy(sql`case m.role when 'coordinator' then 0 when 'contributor' then 1 else 2 end`).orderBy('u.name')
    .execute();
}

/** A colleague of the same municipality who may join a case team. */
export function colleague(tx: Tx, tenantId: string, userId: string) {
  return tx.selectFrom('membership as m').innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.roles', 'm.organisation', 'u.disabled_at'])
    .where('m.user_id', '=', userId).where('m.tenant_id', '=', tenantId)
    .executeTakeFirst();
}

/** People of this municipality the coordinator can add or hand over to (never partners). */
export function colleagues(tx: Tx, tenantId: string) {
  return tx.selectFrom('membership as m').innerJoin('app_user as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'm.roles', 'm.organisation'])
    .where('m.tenant_id', '=', tenantId)
    .where('u.disabled_at', 'is', null)
    .where(sql<boolean>`m.roles && array['coordinator', 'mandate_holder']::text[]`)
    .orderBy('u.name').execute();
}

export async function setInternalSections(tx: Tx, caseId: string, sections: string[], version: number) {
  return tx.updateTable('cases').set({ internal_sections: sections, updated_at: new Date(), version: sql`version + 1` } as never)
    .where('id', '=', caseId).where('version', '=', version).returning('version').executeTakeFirst();
}

export async function openBreakGlass(tx: Tx, tenantId: string, caseId: string, userId: string, reason: string, expiresAt: Date) {
  const id = uuidv7();
  await tx.insertInto('break_glass').values({ tenant_id: tenantId, id, case_id: caseId, user_id: userId, reason, expires_at: expiresAt }).execute();
  return id;
}

export function breakGlassOfCase(tx: Tx, caseId: string) {
  return tx.selectFrom('break_glass as b').innerJoin('app_user as u', 'u.id', 'b.user_id')
    .select(['b.id', 'b.opened_at', 'b.expires_at', 'b.reason', 'u.name'])
    .where('b.case_id', '=', caseId).orderBy('b.opened_at', 'desc').execute();
}

/** The municipality's privacy officers, who hear of every break-glass. */
export function privacyOfficers(tx: Tx, tenantId: string) {
  return tx.selectFrom('membership').select('user_id')
    .where('tenant_id', '=', tenantId)
    .where(sql<boolean>`'privacy_officer' = any(roles)`).execute();
}

/** One line per processing (span), not per data subject: what the coordinator needs to see. */
export function processingOfCase(tx: Tx, caseId: string, limit = 500) {
  return tx.selectFrom('processing_log as l')
    .leftJoin('app_user as u', 'u.id', 'l.actor_id')
    .leftJoin('membership as m', (j) => j.onRef('m.user_id', '=', 'l.actor_id').onRef('m.tenant_id', '=', 'l.tenant_id'))
    .select((eb) => ['l.span_id', eb.fn.min('l.at').as('at'), 'l.activity', 'l.purpose', 'l.action', 'u.name as actor',
      'm.organisation', eb.fn.countAll<number>().as('subjects')])
    .where('l.case_id', '=', caseId)
    .groupBy(['l.span_id', 'l.activity', 'l.purpose', 'l.action', 'u.name', 'm.organisation'])
    .orderBy('at', 'desc').limit(limit).execute();
}

export interface NewInvitation {
  tenantId: string; caseId: string; email: string; name: string; organisation: string; role: 'contributor' | 'reader';
  sections: string[]; overrideReason: string | null; tokenHash: string; invitedBy: string; expiresAt: Date;
}

export async function insertInvitation(tx: Tx, i: NewInvitation): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('invitation').values({
    tenant_id: i.tenantId, id, case_id: i.caseId, email: i.email, name: i.name, organisation: i.organisation, role: i.role,
    sections: i.sections, override_reason: i.overrideReason, token_hash: i.tokenHash, invited_by: i.invitedBy, expires_at: i.expiresAt,
  }).execute();
  return id;
}

export function invitationRows(tx: Tx, caseId: string) {
  return tx.selectFrom('invitation').selectAll().where('case_id', '=', caseId).orderBy('created_at', 'desc').execute();
}

export function revokeInvitation(tx: Tx, caseId: string, id: string) {
  return tx.updateTable('invitation').set({ revoked_at: new Date() })
    .where('case_id', '=', caseId).where('id', '=', id).where('accepted_at', 'is', null).where('revoked_at', 'is', null)
    .returning('id').executeTakeFirst();
}

/** Looked up across municipalities by the hash of the link's token (the owner role, outside any tenant). */
export function invitationByToken(tx: Tx, tokenHash: string, lock = false) {
  let q = tx.selectFrom('invitation as i').innerJoin('tenant as t', 't.id', 'i.tenant_id')
    .innerJoin('app_user as u', 'u.id', 'i.invited_by')
    .selectAll('i').select(['t.name as municipality', 'u.name as invited_by_name'])
    .where('i.token_hash', '=', tokenHash);
  if (lock) q = q.forUpdate('i');
  return q.executeTakeFirst();
}

export function markInvitationAccepted(tx: Tx, id: string, userId: string) {
  return tx.updateTable('invitation').set({ accepted_at: new Date(), accepted_by: userId })
    .where('id', '=', id).where('accepted_at', 'is', null).returning('id').executeTakeFirst();
}

export function userByEmail(tx: Tx, email: string) {
  return tx.selectFrom('app_user').select(['id', 'name', 'password_hash', 'disabled_at']).where('email', '=', email).executeTakeFirst();
}

/** A partner's account: a person of their own organisation, with only the partner role here. */
export async function ensurePartnerAccount(tx: Tx, tenantId: string, p: { userId?: string; email: string; name: string; passwordHash?: string; organisation: string }) {
  const userId = p.userId ?? uuidv7();
  if (!p.userId) {
    await tx.insertInto('app_user').values({ id: userId, email: p.email, name: p.name, phone: null, password_hash: p.passwordHash ?? null }).execute();
  }
  await tx.insertInto('membership').values({ tenant_id: tenantId, user_id: userId, roles: ['partner'], organisation: p.organisation })
    .onConflict((oc) => oc.columns(['tenant_id', 'user_id']).doNothing()).execute();
  return userId;
}
