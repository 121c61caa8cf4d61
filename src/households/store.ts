import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';

export interface NewMember {
  name: string;
  birthDate: string | null;
  bsnEncrypted: string | null;
  bsnHash: string | null;
  relation: string | null;
  matchKey: string;
}

/** People already known by BSN or by name and birth date, with their household. */
export async function findKnownMembers(tx: Tx, bsnHashes: string[], matchKeys: string[]) {
  if (bsnHashes.length === 0 && matchKeys.length === 0) return [];
  return tx.selectFrom('person')
    .select(['id', 'household_id', 'bsn_hash', 'match_key'])
    .where((eb) => eb.or([
      ...(bsnHashes.length ? [eb('bsn_hash', 'in', bsnHashes)] : []),
      ...(matchKeys.length ? [eb('match_key', 'in', matchKeys)] : []),
    ]))
    .execute();
}

export async function createHousehold(tx: Tx, tenantId: string): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('household').values({ tenant_id: tenantId, id }).execute();
  return id;
}

export async function addMembers(tx: Tx, tenantId: string, householdId: string, members: NewMember[]): Promise<string[]> {
  if (members.length === 0) return [];
  const rows = members.map((m) => ({
    tenant_id: tenantId, id: uuidv7(), household_id: householdId, name: m.name, birth_date: m.birthDate,
    bsn_encrypted: m.bsnEncrypted, bsn_hash: m.bsnHash, relation: m.relation, match_key: m.matchKey,
  }));
  await tx.insertInto('person').values(rows).execute();
  return rows.map((r) => r.id);
}

/** Members of one or more households in one query (lists must not query per row). */
export function membersOf(tx: Tx, householdIds: string[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('person')
    .select(['id', 'household_id', 'name', 'birth_date', 'bsn_encrypted', 'relation', 'created_at', 'version'])
    .where('household_id', 'in', householdIds)
    .orderBy('created_at').orderBy('id')
    .execute();
}

/** Pseudonyms of every member of a household: the data subjects of a processing of their case. */
export async function householdSubjects(tx: Tx, crypto: { pseudonym(kind: string, id: string): string }, householdId: string): Promise<string[]> {
  const rows = await tx.selectFrom('person').select('id').where('household_id', '=', householdId).execute();
  return rows.map((r) => crypto.pseudonym('person', r.id));
}

/** One member of a household, or undefined when the person is not in it. */
export function memberOf(tx: Tx, householdId: string, personId: string) {
  return tx.selectFrom('person')
    .select(['id', 'household_id', 'name', 'birth_date', 'bsn_encrypted', 'bsn_hash', 'relation', 'version', 'erased_at'])
    .where('household_id', '=', householdId).where('id', '=', personId)
    .executeTakeFirst();
}

/** Someone else in this household with this BSN: the same person must not be in it twice. */
export async function bsnInHousehold(tx: Tx, householdId: string, bsnHash: string, exceptPersonId: string | null = null): Promise<boolean> {
  let q = tx.selectFrom('person').select('id').where('household_id', '=', householdId).where('bsn_hash', '=', bsnHash);
  if (exceptPersonId) q = q.where('id', '!=', exceptPersonId);
  return !!(await q.limit(1).executeTakeFirst());
}

/** Adds one member with the id the caller chose (its match key may contain it). */
export async function insertMember(tx: Tx, tenantId: string, householdId: string, id: string, m: NewMember): Promise<void> {
  await tx.insertInto('person').values({
    tenant_id: tenantId, id, household_id: householdId, name: m.name, birth_date: m.birthDate,
    bsn_encrypted: m.bsnEncrypted, bsn_hash: m.bsnHash, relation: m.relation, match_key: m.matchKey,
  }).execute();
}

export interface MemberChange {
  name?: string; birth_date?: string | null; relation?: string | null; bsn_encrypted?: string | null; bsn_hash?: string | null;
  match_key?: string;
}

/** Changes a member only at the version the user saw; undefined means someone else changed it first. */
export function updateMember(tx: Tx, personId: string, version: number, set: MemberChange) {
  return tx.updateTable('person').set({ ...set, version: sql`version + 1` } as never)
    .where('id', '=', personId).where('version', '=', version).where('erased_at', 'is', null)
    .returning('version').executeTakeFirst();
}
