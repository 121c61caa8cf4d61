import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { MandateLevel } from './model.ts';

/** The mandates area owns mandate_level and mandate_holder. */

export interface LevelValues {
  rank: number; name: string; maxCents: number | null; lifeDomains: string[]; ruleIds: string[]; active: boolean;
}

/** Every level of the municipality with its holders (names included), lowest rank first. */
export async function levelsWithHolders(tx: Tx): Promise<(MandateLevel & { version: number })[]> {
  const [levels, holders] = await Promise.all([
    tx.selectFrom('mandate_level').select(['id', 'rank', 'name', 'max_cents', 'life_domains', 'rule_ids', 'active', 'version'])
      .orderBy('rank').execute(),
    tx.selectFrom('mandate_holder as h').innerJoin('app_user as u', 'u.id', 'h.user_id')
      .select(['h.level_id', 'h.user_id', 'h.may_decide_own', 'u.name', 'u.disabled_at']).orderBy('u.name').execute(),
  ]);
  return levels.map((l) => ({
    id: l.id, rank: l.rank, name: l.name, maxCents: l.max_cents == null ? null : Number(l.max_cents),
    lifeDomains: l.life_domains, ruleIds: l.rule_ids, active: l.active, version: l.version,
    // A disabled account cannot decide, so it does not count as a holder for routing.
    holders: holders.filter((h) => h.level_id === l.id && !h.disabled_at).map((h) => ({ userId: h.user_id, name: h.name, mayDecideOwn: h.may_decide_own })),
  }));
}

export async function insertLevel(tx: Tx, tenantId: string, v: LevelValues): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('mandate_level').values({
    tenant_id: tenantId, id, rank: v.rank, name: v.name, max_cents: v.maxCents, life_domains: v.lifeDomains, rule_ids: v.ruleIds, active: v.active,
  }).execute();
  return id;
}

export function updateLevel(tx: Tx, id: string, v: Partial<LevelValues>, version: number) {
  const set = {
    ...(v.rank !== undefined ? { rank: v.rank } : {}), ...(v.name !== undefined ? { name: v.name } : {}),
    ...(v.maxCents !== undefined ? { max_cents: v.maxCents } : {}), ...(v.lifeDomains !== undefined ? { life_domains: v.lifeDomains } : {}),
    ...(v.ruleIds !== undefined ? { rule_ids: v.ruleIds } : {}), ...(v.active !== undefined ? { active: v.active } : {}),
  };
  return tx.updateTable('mandate_level').set({ ...set, version: sql`version + 1` } as never)
    .where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

export function levelByRank(tx: Tx, rank: number) {
  return tx.selectFrom('mandate_level').select('id').where('rank', '=', rank).executeTakeFirst();
}

export async function setHolder(tx: Tx, tenantId: string, levelId: string, userId: string, mayDecideOwn: boolean, addedBy: string | null) {
  await tx.insertInto('mandate_holder').values({ tenant_id: tenantId, level_id: levelId, user_id: userId, may_decide_own: mayDecideOwn, added_by: addedBy })
    .onConflict((oc) => oc.columns(['tenant_id', 'level_id', 'user_id']).doUpdateSet({ may_decide_own: mayDecideOwn })).execute();
}

export function removeHolder(tx: Tx, levelId: string, userId: string) {
  return tx.deleteFrom('mandate_holder').where('level_id', '=', levelId).where('user_id', '=', userId).returning('user_id').executeTakeFirst();
}
