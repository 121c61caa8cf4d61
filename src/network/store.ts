import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import { likePattern, type OrganisationKind } from './model.ts';

/** The network area owns network_contact and its links to involvements (involvement_contact) and bottlenecks (bottleneck_contact). */

const columns = [
  'n.id', 'n.name', 'n.organisation', 'n.organisation_kind', 'n.department', 'n.role', 'n.can_decide', 'n.life_domains', 'n.phone',
  'n.email', 'n.reach', 'n.notes', 'n.active', 'n.version', 'n.updated_at',
] as const;

export function contact(tx: Tx, id: string) {
  return tx.selectFrom('network_contact as n').select(columns).where('n.id', '=', id).executeTakeFirst();
}
export type ContactRow = NonNullable<Awaited<ReturnType<typeof contact>>>;

export interface ContactSearch { q: string; organisationKind?: OrganisationKind; lifeDomain?: string; active: boolean | null; limit: number; offset: number }

/**
 * Dutch full text (stemmed, so "schulden" finds "schuld") or part of a name or organisation
 * ("toesl", "Hoekstr"); the best matches first, then by organisation and name.
 */
export async function searchContacts(tx: Tx, s: ContactSearch) {
  let q = tx.selectFrom('network_contact as n');
  if (s.active !== null) q = q.where('n.active', '=', s.active);
  if (s.organisationKind) q = q.where('n.organisation_kind', '=', s.organisationKind);
  if (s.lifeDomain) q = q.where(sql<boolean>`n.life_domains @> array[${s.lifeDomain}]::text[]`);
  const query = sql`websearch_to_tsquery('dutch', ${s.q})`;
  if (s.q) {
    q = q.where(sql<boolean>`(n.search @@ ${query} or lower(n.name || ' ' || n.organisation) like ${likePattern(s.q)})`);
  }
  let list = q.select(columns);
  if (s.q) list = list.orderBy(sql`ts_rank_cd(n.search, ${query})`, 'desc');
  // One transaction is one connection: its queries run one after the other.
  const rows = await list.orderBy(sql`lower(n.organisation)`).orderBy(sql`lower(n.name)`).orderBy('n.id').limit(s.limit).offset(s.offset).execute();
  const total = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export interface ContactValues {
  name?: string; organisation?: string; organisationKind?: OrganisationKind; department?: string | null; role?: string;
  canDecide?: string | null; lifeDomains?: string[]; phone?: string | null; email?: string | null; reach?: string | null;
  notes?: string | null; active?: boolean;
}

const toColumns = (v: ContactValues) => ({
  ...(v.name !== undefined ? { name: v.name } : {}), ...(v.organisation !== undefined ? { organisation: v.organisation } : {}),
  ...(v.organisationKind !== undefined ? { organisation_kind: v.organisationKind } : {}),
  ...(v.department !== undefined ? { department: v.department } : {}), ...(v.role !== undefined ? { role: v.role } : {}),
  ...(v.canDecide !== undefined ? { can_decide: v.canDecide } : {}),
  ...(v.lifeDomains !== undefined ? { life_domains: [...new Set(v.lifeDomains)] } : {}),
  ...(v.phone !== undefined ? { phone: v.phone } : {}), ...(v.email !== undefined ? { email: v.email } : {}),
  ...(v.reach !== undefined ? { reach: v.reach } : {}), ...(v.notes !== undefined ? { notes: v.notes } : {}),
  ...(v.active !== undefined ? { active: v.active } : {}),
});

export async function insertContact(tx: Tx, tenantId: string, userId: string | null, v: ContactValues & { name: string; organisation: string; organisationKind: OrganisationKind; role: string }) {
  const id = uuidv7();
  await tx.insertInto('network_contact').values({
    tenant_id: tenantId, id, life_domains: [], ...toColumns(v), created_by: userId, updated_by: userId,
  } as never).execute();
  return id;
}

export function updateContact(tx: Tx, id: string, userId: string, version: number, v: ContactValues) {
  return tx.updateTable('network_contact').set({ ...toColumns(v), updated_by: userId, updated_at: new Date(), version: sql`version + 1` } as never)
    .where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

// ── links ──────────────────────────────────────────────────────────────
export async function linkInvolvement(tx: Tx, tenantId: string, involvementId: string, contactId: string, userId: string) {
  await tx.insertInto('involvement_contact').values({ tenant_id: tenantId, involvement_id: involvementId, contact_id: contactId, linked_by: userId })
    .onConflict((oc) => oc.columns(['tenant_id', 'involvement_id']).doUpdateSet({ contact_id: contactId, linked_by: userId, linked_at: new Date() }))
    .execute();
}

export async function unlinkInvolvement(tx: Tx, involvementId: string) {
  const row = await tx.deleteFrom('involvement_contact').where('involvement_id', '=', involvementId).returning('contact_id').executeTakeFirst();
  return !!row;
}

export function contactsOfCase(tx: Tx, caseId: string) {
  return tx.selectFrom('involvement_contact as l').innerJoin('involvement as i', 'i.id', 'l.involvement_id')
    .innerJoin('network_contact as n', 'n.id', 'l.contact_id')
    .select(['l.involvement_id', ...columns]).where('i.case_id', '=', caseId).orderBy('i.created_at').orderBy('i.id').execute();
}

export async function linksOfContact(tx: Tx, id: string) {
  const inv = await tx.selectFrom('involvement_contact').select((eb) => eb.fn.countAll<number>().as('n')).where('contact_id', '=', id).executeTakeFirstOrThrow();
  const bottlenecks = await tx.selectFrom('bottleneck_contact as l').innerJoin('systemic_bottleneck as b', 'b.id', 'l.bottleneck_id')
    .select(['b.id', 'b.title', 'b.status']).where('l.contact_id', '=', id).orderBy('b.created_at').execute();
  return { involvements: Number(inv.n), bottlenecks };
}

export function contactsOfBottleneck(tx: Tx, bottleneckId: string) {
  return tx.selectFrom('bottleneck_contact as l').innerJoin('network_contact as n', 'n.id', 'l.contact_id')
    .select(columns).where('l.bottleneck_id', '=', bottleneckId).orderBy(sql`lower(n.organisation)`).orderBy(sql`lower(n.name)`).execute();
}

/** Contacts of this municipality among the ids; the rest do not exist for it. */
export async function existingContacts(tx: Tx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.selectFrom('network_contact').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function setBottleneckContacts(tx: Tx, tenantId: string, bottleneckId: string, ids: string[]) {
  let del = tx.deleteFrom('bottleneck_contact').where('bottleneck_id', '=', bottleneckId);
  if (ids.length) del = del.where('contact_id', 'not in', ids);
  await del.execute();
  if (ids.length) {
    await tx.insertInto('bottleneck_contact').values(ids.map((contact_id) => ({ tenant_id: tenantId, bottleneck_id: bottleneckId, contact_id })))
      .onConflict((oc) => oc.doNothing()).execute();
  }
}
