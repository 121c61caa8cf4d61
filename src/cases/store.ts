import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Contact } from '../database.ts';
import type { Tx } from '../platform/db/tenant.ts';
import type { CaseStatus, LifeDomain, Urgency } from './model.ts';

export const caseColumns = [
  'c.id', 'c.reference', 'c.household_id', 'c.kind', 'c.status', 'c.step', 'c.urgency', 'c.life_domains',
  'c.legal_basis', 'c.consent_method', 'c.contact', 'c.coordinator_id', 'c.reported_at', 'c.first_contact_due',
  'c.start_due', 'c.next_due', 'c.accepted_at', 'c.referral_reason', 'c.version', 'c.internal_sections',
] as const;

/** Per municipality and year: 2026-00042. The counter row lock keeps numbers unique and gapless. */
export async function nextReference(tx: Tx, tenantId: string, year: number): Promise<string> {
  const res = await sql<{ value: number }>`
    insert into tenant_counter (tenant_id, name, value) values (${tenantId}, ${`case-${year}`}, 1)
    on conflict (tenant_id, name) do update set value = tenant_counter.value + 1
    returning value`.execute(tx);
  return `${year}-${String(res.rows[0].value).padStart(5, '0')}`;
}

export interface NewCase {
  tenantId: string; householdId: string; reference: string; urgency: Urgency; lifeDomains: LifeDomain[];
  legalBasis: 'consent' | 'legal_task'; consentMethod: string | null; contact: Contact; reportedAt: Date;
  firstContactDue: string; startDue: string;
}

export async function insertCase(tx: Tx, c: NewCase): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('cases').values({
    tenant_id: c.tenantId, id, reference: c.reference, household_id: c.householdId, urgency: c.urgency,
    life_domains: c.lifeDomains, legal_basis: c.legalBasis, consent_method: c.consentMethod,
    contact: JSON.stringify(c.contact), reported_at: c.reportedAt, first_contact_due: c.firstContactDue,
    start_due: c.startDue, next_due: c.firstContactDue,
  }).execute();
  return id;
}

/** The open case of any of these households, locked so a parallel intake waits for this one. */
export function findOpenCase(tx: Tx, householdIds: string[]) {
  return tx.selectFrom('cases as c').select(caseColumns)
    .where('c.household_id', 'in', householdIds).where('c.status', 'in', ['new', 'active'])
    .orderBy('c.reported_at').limit(1).forUpdate().executeTakeFirst();
}

export function getCase(tx: Tx, id: string) {
  return tx.selectFrom('cases as c').select(caseColumns).where('c.id', '=', id).executeTakeFirst();
}

export async function addEvent(tx: Tx, tenantId: string, caseId: string, type: string, actorId: string | null, data: Record<string, unknown> = {}, at = new Date()) {
  await tx.insertInto('case_event').values({
    tenant_id: tenantId, id: uuidv7(), case_id: caseId, type, actor_id: actorId, data: JSON.stringify(data), at,
  } as never).execute();
}

export function timeline(tx: Tx, caseId: string, limit = 200) {
  return tx.selectFrom('case_event as e').leftJoin('app_user as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.type', 'e.data', 'u.name as actor'])
    .where('e.case_id', '=', caseId).orderBy('e.at', 'desc').orderBy('e.id', 'desc').limit(limit).execute();
}

/**
 * A later intake about the same household widens the case's life domains and, while the case still
 * waits in triage, an urgent one brings the first contact forward.
 */
export async function mergeIntake(tx: Tx, id: string, lifeDomains: LifeDomain[], urgentFirstContactDue: string | null, now: Date) {
  await tx.updateTable('cases').set({
    life_domains: lifeDomains,
    ...(urgentFirstContactDue ? { urgency: 'urgent' as const, first_contact_due: urgentFirstContactDue, next_due: urgentFirstContactDue } : {}),
    updated_at: now, version: sql`version + 1`,
  } as never).where('id', '=', id).execute();
}

export async function updateCase(tx: Tx, id: string, expectedStatus: CaseStatus, set: Record<string, unknown>) {
  return tx.updateTable('cases')
    .set({ ...set, updated_at: new Date(), version: sql`version + 1` } as never)
    .where('id', '=', id).where('status', '=', expectedStatus)
    .returning('id').executeTakeFirst();
}
