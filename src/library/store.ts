import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import type { Sharing } from './model.ts';

/**
 * The library area owns library_entry. Row-level security lets a municipality read its own entries
 * and those other municipalities approved for sharing; it writes only its own.
 */

const columns = [
  'e.id', 'e.tenant_id', 'e.source_case_id', 'e.municipality', 'e.title', 'e.problem', 'e.blocker', 'e.breakthrough', 'e.outcome',
  'e.origin', 'e.current_yearly_cents', 'e.one_off_cents', 'e.yearly_cents', 'e.avoided_1y_cents', 'e.avoided_5y_cents',
  'e.life_domains', 'e.blocker_kinds', 'e.rule_codes', 'e.rule_labels', 'e.sharing', 'e.sharing_note', 'e.sharing_decided_at',
  'e.created_at', 'e.updated_at', 'e.version',
] as const;

export function entry(tx: Tx, id: string) {
  return tx.selectFrom('library_entry as e').select(columns).where('e.id', '=', id).executeTakeFirst();
}
export type EntryRow = NonNullable<Awaited<ReturnType<typeof entry>>>;

export function entryOfCase(tx: Tx, caseId: string) {
  return tx.selectFrom('library_entry as e').select(columns).where('e.source_case_id', '=', caseId).executeTakeFirst();
}

export interface EntryValues {
  title: string; problem: string; blocker: string; breakthrough: string; outcome: string | null; origin?: string | null;
  currentYearlyCents: number; oneOffCents: number; yearlyCents: number; avoided1yCents: number; avoided5yCents: number;
  lifeDomains: string[]; blockerKinds: string[]; rules: { id: string | null; code: string; label: string }[];
}

export async function insertEntry(tx: Tx, tenantId: string, userId: string | null, v: EntryValues & {
  sourceCaseId: string | null; municipality: string; sharing: Sharing;
}) {
  const id = uuidv7();
  await tx.insertInto('library_entry').values({
    tenant_id: tenantId, id, source_case_id: v.sourceCaseId, municipality: v.municipality, title: v.title, problem: v.problem,
    blocker: v.blocker, breakthrough: v.breakthrough, outcome: v.outcome, origin: v.origin ?? null,
    current_yearly_cents: v.currentYearlyCents, one_off_cents: v.oneOffCents, yearly_cents: v.yearlyCents,
    avoided_1y_cents: v.avoided1yCents, avoided_5y_cents: v.avoided5yCents,
    life_domains: v.lifeDomains, blocker_kinds: v.blockerKinds, rule_ids: v.rules.flatMap((r) => (r.id ? [r.id] : [])),
    rule_codes: v.rules.map((r) => r.code), rule_labels: v.rules.map((r) => r.label),
    rules_text: v.rules.map((r) => `${r.code} ${r.label}`).join('\n'),
    sharing: v.sharing, created_by: userId, updated_by: userId,
  }).execute();
  return id;
}

export interface TextChange { title?: string; problem?: string; blocker?: string; breakthrough?: string; outcome?: string | null }

/** A changed text must be checked again before other municipalities see it: an approval falls back to a request. */
export function updateEntry(tx: Tx, id: string, userId: string, version: number, ch: TextChange) {
  return tx.updateTable('library_entry').set({
    ...ch, updated_by: userId, updated_at: new Date(), version: sql`version + 1`,
    sharing: sql`case when sharing = 'approved' then 'requested' else sharing end`,
  } as never).where('id', '=', id).where('version', '=', version).returning(['version', 'sharing']).executeTakeFirst();
}

export function setSharing(tx: Tx, id: string, userId: string, version: number, sharing: Sharing, note: string | null, decided: boolean) {
  return tx.updateTable('library_entry').set({
    sharing, sharing_note: note, ...(decided ? { sharing_decided_by: userId, sharing_decided_at: new Date() } : {}),
    updated_at: new Date(), version: sql`version + 1`,
  } as never).where('id', '=', id).where('version', '=', version).returning('version').executeTakeFirst();
}

export async function deleteEntry(tx: Tx, id: string, version: number) {
  const row = await tx.deleteFrom('library_entry').where('id', '=', id).where('version', '=', version).returning('id').executeTakeFirst();
  return !!row;
}

export interface Search {
  q: string; lifeDomain?: string; kind?: string; rule?: string; scope: 'all' | 'own' | 'shared'; sharing?: Sharing;
  tenantId: string; limit: number; offset: number;
}

/**
 * Dutch full text over title, problem, blocker, breakthrough, outcome and rules (stemmed: "aanvragen"
 * finds "aanvraag"), with filters. `websearch_to_tsquery` reads quotes, "or" and "-" as a search
 * engine does and never fails on odd input; a query of only stop words leaves just the filters.
 */
export async function searchEntries(tx: Tx, s: Search) {
  const query = sql`websearch_to_tsquery('dutch', ${s.q})`;
  const { usable } = (await sql<{ usable: boolean }>`select numnode(${query}) > 0 as usable`.execute(tx)).rows[0];
  // With words, the matches come from library_matches (visibility applied there, the GIN index used); the join adds the columns.
  let q = usable
    ? tx.selectFrom(sql<{ id: string; tenant_id: string; rank: number }>`library_matches(${query})`.as('m'))
      .innerJoin('library_entry as e', (j) => j.onRef('e.id', '=', 'm.id').onRef('e.tenant_id', '=', 'm.tenant_id'))
    : tx.selectFrom('library_entry as e');
  if (s.lifeDomain) q = q.where(sql<boolean>`e.life_domains @> array[${s.lifeDomain}]::text[]`);
  if (s.kind) q = q.where(sql<boolean>`e.blocker_kinds @> array[${s.kind}]::text[]`);
  if (s.rule) q = q.where(sql<boolean>`e.rule_codes @> array[${s.rule}]::text[]`);
  if (s.scope === 'own') q = q.where('e.tenant_id', '=', s.tenantId);
  if (s.scope === 'shared') q = q.where('e.tenant_id', '<>', s.tenantId);
  if (s.sharing) q = q.where('e.sharing', '=', s.sharing).where('e.tenant_id', '=', s.tenantId);
  // One pass finds the page and the total on narrow rows; only the page's entries are read in full.
  const page = await q.select(['e.id', 'e.created_at']).select(usable ? sql<number>`m.rank`.as('rank') : sql<number>`0`.as('rank'))
    .select(sql<string>`count(*) over ()`.as('total'))
    .orderBy('rank', 'desc').orderBy('e.created_at', 'desc').orderBy('e.id').limit(s.limit).offset(s.offset).execute();
  const full = new Map((await entriesByIds(tx, page.map((p) => p.id))).map((r) => [r.id, r]));
  const rows = page.flatMap((p) => (full.has(p.id) ? [{ ...full.get(p.id)!, rank: p.rank }] : []));
  // Past the last page the window has no row to carry the total: count it then.
  const total = page.length ? Number(page[0].total) : s.offset === 0 ? 0 : Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { rows, total, textUsed: usable };
}

export interface SimilarTo { lifeDomains: string[]; kinds: string[]; ruleCodes: string[]; text: string; excludeCaseId: string }

/**
 * The entries most like a case: shared life domains, blocker kinds and rules, and words of its
 * blocker (any of them, stemmed). Each part weighs in; candidates must share at least one.
 */
export async function similarEntries(tx: Tx, c: SimilarTo, limit: number) {
  // Any word of the case's blocker: the AND of plainto_tsquery turned into OR, through its own text form so quoting stays right.
  const words = sql`nullif(replace(plainto_tsquery('dutch', ${c.text.slice(0, 2000)})::text, ' & ', ' | '), '')::tsquery`;
  const rows = await sql<{ id: string; score: number; text_match: boolean }>`
    select id, score, text_match from library_similar(${c.lifeDomains}::text[], ${c.kinds}::text[], ${c.ruleCodes}::text[], ${words},
      ${c.excludeCaseId}::uuid, ${limit}::int)`.execute(tx);
  return rows.rows;
}

export function entriesByIds(tx: Tx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.selectFrom('library_entry as e').select(columns).where('e.id', 'in', ids).execute();
}
