import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import { invalid } from '../platform/http/problem.ts';
import type { CaseKind, RetentionCase, RetentionPolicy } from './model.ts';
import { defaultPolicy } from './model.ts';

// ── Processing log ────────────────────────────────────────────────────────

export interface LogFilter {
  subject?: string;
  actorId?: string;
  caseId?: string;
  activity?: string;
  /** Days in the Dutch calendar, both inclusive. */
  from?: string;
  to?: string;
}

interface Cursor { at: string; id: string }

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id) && typeof c.at === 'string' && !Number.isNaN(Date.parse(c.at))) return c;
  } catch { /* falls through to the problem below */ }
  throw invalid([{ field: 'cursor', message: 'Deze vervolgcode is ongeldig; begin opnieuw bij de eerste pagina' }]);
}

/**
 * One page of the log, newest first. Keyset on (at, id): rows written in one transaction share their
 * `at`, so the id breaks the tie. The cursor keeps `at` as Postgres text, at full microsecond precision
 * (a JS Date would round it and skip or repeat rows). Each filter has its index:
 * processing_log_subject / _case / _actor, and processing_log_at for period or activity only.
 */
export function logPage(tx: Tx, f: LogFilter, after: Cursor | null, limit: number) {
  return logQuery(tx, f, after, limit).execute();
}

/** The query behind logPage, unexecuted, so its plan can be checked. */
export function logQuery(tx: Tx, f: LogFilter, after: Cursor | null, limit: number) {
  let q = tx.selectFrom('processing_log as pl')
    .leftJoin('cases as c', (j) => j.onRef('c.tenant_id', '=', 'pl.tenant_id').onRef('c.id', '=', 'pl.case_id'))
    .leftJoin('app_user as u', 'u.id', 'pl.actor_id')
    .leftJoin('membership as m', (j) => j.onRef('m.tenant_id', '=', 'pl.tenant_id').onRef('m.user_id', '=', 'pl.actor_id'))
    .select([
      'pl.id', 'pl.at', sql<string>`pl.at::text`.as('at_text'), 'pl.trace_id', 'pl.span_id', 'pl.activity', 'pl.purpose', 'pl.action',
      'pl.object_type', 'pl.object_id', 'pl.case_id', 'c.reference as case_reference', 'pl.actor_id', 'u.name as actor_name',
      'm.organisation as actor_organisation', 'pl.legal_basis', 'pl.result', 'pl.origin', 'pl.subject_pseudonym',
    ]);
  if (f.subject) q = q.where('pl.subject_pseudonym', '=', f.subject);
  if (f.actorId) q = q.where('pl.actor_id', '=', f.actorId);
  if (f.caseId) q = q.where('pl.case_id', '=', f.caseId);
  if (f.activity) q = q.where('pl.activity', '=', f.activity);
  if (f.from) q = q.where('pl.at', '>=', sql<Date>`(${f.from}::date)::timestamp at time zone 'Europe/Amsterdam'`);
  if (f.to) q = q.where('pl.at', '<', sql<Date>`(${f.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`);
  if (after) q = q.where(sql<boolean>`(pl.at, pl.id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  return q.orderBy('pl.at', 'desc').orderBy('pl.id', 'desc').limit(limit);
}
export type LogRow = Awaited<ReturnType<typeof logPage>>[number];

export const cursorOf = (r: LogRow): Cursor => ({ at: r.at_text, id: r.id });

/** Every line about these data subjects, oldest first: the answer to "who used my data". */
export function logAbout(tx: Tx, subjects: string[]) {
  if (subjects.length === 0) return Promise.resolve([]);
  return tx.selectFrom('processing_log as pl')
    .leftJoin('cases as c', (j) => j.onRef('c.tenant_id', '=', 'pl.tenant_id').onRef('c.id', '=', 'pl.case_id'))
    .leftJoin('membership as m', (j) => j.onRef('m.tenant_id', '=', 'pl.tenant_id').onRef('m.user_id', '=', 'pl.actor_id'))
    .select(['pl.at', 'pl.activity', 'pl.purpose', 'pl.action', 'pl.legal_basis', 'pl.actor_id', 'm.organisation', 'c.reference as case_reference'])
    .where('pl.subject_pseudonym', 'in', subjects)
    .orderBy('pl.at').orderBy('pl.id').execute();
}

export function caseIdByReference(tx: Tx, reference: string) {
  return tx.selectFrom('cases').select('id').where('reference', '=', reference).executeTakeFirst();
}

// ── Persons ───────────────────────────────────────────────────────────────

const personColumns = [
  'p.id', 'p.household_id', 'p.name', 'p.birth_date', 'p.bsn_encrypted', 'p.bsn_hash', 'p.relation', 'p.match_key',
  'p.version', 'p.erased_at', 'p.created_at',
] as const;

export function findPersons(tx: Tx, by: { bsnHash: string } | { matchKey: string }) {
  const q = tx.selectFrom('person as p').select(personColumns);
  return ('bsnHash' in by ? q.where('p.bsn_hash', '=', by.bsnHash) : q.where('p.match_key', '=', by.matchKey))
    .orderBy('p.created_at').orderBy('p.id').execute();
}

export function getPerson(tx: Tx, id: string) {
  return tx.selectFrom('person as p').select(personColumns).where('p.id', '=', id).executeTakeFirst();
}
export type PersonRow = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

/**
 * The same resident recorded more than once: a new intake after a case has ended starts a new
 * household, so one person can have several records with the same BSN or the same name and birth date.
 */
export function recordsOfSameResident(tx: Tx, p: PersonRow) {
  return tx.selectFrom('person as p').select(personColumns)
    .where((eb) => eb.or([
      eb('p.id', '=', p.id),
      ...(p.bsn_hash ? [eb('p.bsn_hash', '=', p.bsn_hash)] : []),
      eb('p.match_key', '=', p.match_key),
    ]))
    .orderBy('p.created_at').orderBy('p.id').execute();
}

export function householdMembers(tx: Tx, householdIds: string[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('person as p').select(personColumns)
    .where('p.household_id', 'in', householdIds).orderBy('p.created_at').orderBy('p.id').execute();
}

export async function updatePerson(tx: Tx, id: string, version: number, set: Record<string, unknown>) {
  return tx.updateTable('person').set({ ...set, version: sql`version + 1` } as never)
    .where('id', '=', id).where('version', '=', version).where('erased_at', 'is', null)
    .returning(['id', 'version']).executeTakeFirst();
}

export async function otherPersonWithBsn(tx: Tx, bsnHash: string, exceptId: string) {
  return tx.selectFrom('person').select('id').where('bsn_hash', '=', bsnHash).where('id', '!=', exceptId)
    .where('erased_at', 'is', null).executeTakeFirst();
}

export async function addHistory(tx: Tx, h: { tenantId: string; personId: string; changedBy: string; fields: string[]; oldValues: string; reason: string }) {
  const id = uuidv7();
  await tx.insertInto('person_history').values({
    tenant_id: h.tenantId, id, person_id: h.personId, changed_by: h.changedBy, fields: h.fields, old_values: h.oldValues, reason: h.reason,
  }).execute();
  return id;
}

export function historyOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('person_history as h')
    .leftJoin('app_user as u', 'u.id', 'h.changed_by')
    .leftJoin('membership as m', (j) => j.onRef('m.tenant_id', '=', 'h.tenant_id').onRef('m.user_id', '=', 'h.changed_by'))
    .select(['h.id', 'h.changed_at', 'h.fields', 'h.old_values', 'h.reason', 'u.name as changed_by_name', 'm.organisation as changed_by_organisation'])
    .where('h.person_id', 'in', personIds).orderBy('h.changed_at', 'desc').orderBy('h.id', 'desc').execute();
}

// ── Cases, intakes, timeline, consent of a resident ─────────────────────────

/** Cases of households, with their end as Dutch calendar days for the retention rules. */
export function casesOfHouseholds(tx: Tx, householdIds: string[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('cases as c')
    .select([
      'c.id', 'c.reference', 'c.household_id', 'c.kind', 'c.status', 'c.step', 'c.life_domains', 'c.legal_basis', 'c.contact',
      'c.reported_at', 'c.accepted_at', 'c.closed_at', 'c.retention_done_at',
      sql<string | null>`to_char(c.closed_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('closed_on'),
      sql<string>`to_char(c.updated_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('last_changed_on'),
    ])
    .where('c.household_id', 'in', householdIds).orderBy('c.reported_at').orderBy('c.id').execute();
}
export type CaseRow = Awaited<ReturnType<typeof casesOfHouseholds>>[number];

export const retentionCase = (c: Pick<CaseRow, 'kind' | 'status' | 'life_domains' | 'closed_on' | 'last_changed_on'>): RetentionCase => ({
  kind: c.kind, status: c.status, lifeDomains: c.life_domains, closedOn: c.closed_on, lastChangedOn: c.last_changed_on,
});

export function intakesOfCases(tx: Tx, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('intake').select(['id', 'case_id', 'reported_at', 'story', 'reporter'])
    .where('case_id', 'in', caseIds).orderBy('reported_at').orderBy('id').execute();
}

export function eventsOfCases(tx: Tx, caseIds: string[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('case_event').select(['case_id', 'at', 'type', 'data'])
    .where('case_id', 'in', caseIds).orderBy('at').orderBy('id').execute();
}

export function consentsOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('consent as k').innerJoin('cases as c', (j) => j.onRef('c.tenant_id', '=', 'k.tenant_id').onRef('c.id', '=', 'k.case_id'))
    .select(['c.reference', 'k.purpose', 'k.organisations', 'k.sections', 'k.method', 'k.given_on', 'k.withdrawn_at'])
    .where('k.person_id', 'in', personIds).orderBy('k.given_on').orderBy('k.id').execute();
}

// ── Rights requests ───────────────────────────────────────────────────────

export interface NewRequest {
  tenantId: string; kind: 'access' | 'rectification' | 'erasure'; personId: string; status: 'done' | 'refused';
  legalGround: string | null; handledBy: string; note: string | null;
}

export async function recordRequest(tx: Tx, r: NewRequest): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('privacy_request').values({
    tenant_id: r.tenantId, id, kind: r.kind, person_id: r.personId, status: r.status, legal_ground: r.legalGround,
    handled_by: r.handledBy, note: r.note,
  }).execute();
  return id;
}

export function requestsOf(tx: Tx, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx.selectFrom('privacy_request').select(['kind', 'status', 'handled_at', 'legal_ground'])
    .where('person_id', 'in', personIds).orderBy('handled_at').orderBy('id').execute();
}

// ── Retention ─────────────────────────────────────────────────────────────

export async function retentionPolicy(tx: Tx): Promise<{ policy: RetentionPolicy; set: Set<CaseKind> }> {
  const rows = await tx.selectFrom('retention_policy').select(['case_kind', 'years']).execute();
  const policy = { ...defaultPolicy };
  for (const r of rows) policy[r.case_kind] = r.years;
  return { policy, set: new Set(rows.map((r) => r.case_kind)) };
}

export async function setRetentionPolicy(tx: Tx, tenantId: string, userId: string, kind: CaseKind, years: number) {
  await tx.insertInto('retention_policy').values({ tenant_id: tenantId, case_kind: kind, years, updated_by: userId })
    .onConflict((oc) => oc.columns(['tenant_id', 'case_kind']).doUpdateSet({ years, updated_by: userId, updated_at: new Date() }))
    .execute();
}

/**
 * Finished cases not yet handled that ended on or before `endedOnOrBefore` (so that even the shortest
 * term may have run out), in id order for paging; served by the partial index cases_retention_due.
 */
export function retentionCandidates(tx: Tx, endedOnOrBefore: string, afterId: string | null, limit: number) {
  let q = tx.selectFrom('cases as c')
    .select([
      'c.id', 'c.reference', 'c.household_id', 'c.kind', 'c.status', 'c.life_domains',
      sql<string | null>`to_char(c.closed_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('closed_on'),
      sql<string>`to_char(c.updated_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD')`.as('last_changed_on'),
    ])
    .where('c.status', 'in', ['closed', 'referred']).where('c.retention_done_at', 'is', null)
    .where(sql<boolean>`coalesce(c.closed_at, c.updated_at) < (${endedOnOrBefore}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`);
  if (afterId) q = q.where('c.id', '>', afterId);
  return q.orderBy('c.id').limit(limit).execute();
}

export async function markRetentionDone(tx: Tx, caseId: string, at: Date) {
  await tx.updateTable('cases').set({ retention_done_at: at }).where('id', '=', caseId).execute();
}

export async function recordRetentionRun(tx: Tx, r: { tenantId: string; ranAt: Date; casesProcessed: number; personsErased: number; personsKept: number }) {
  await tx.insertInto('retention_run').values({
    tenant_id: r.tenantId, id: uuidv7(), ran_at: r.ranAt, cases_processed: r.casesProcessed, persons_erased: r.personsErased,
    persons_kept: r.personsKept,
  }).execute();
}
