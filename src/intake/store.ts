import { uuidv7 } from 'uuidv7';
import type { Reporter } from '../database.ts';
import type { Tx } from '../platform/db/tenant.ts';

export interface NewIntake {
  tenantId: string; caseId: string; reportedAt: Date; story: string; lifeDomains: string[]; urgency: string;
  reporter: Reporter; reporterUserId: string | null; legalBasis: string; consentMethod: string | null;
  receiptHash: string | null; firstContactDue: string; startDue: string;
}

export async function insertIntake(tx: Tx, i: NewIntake): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('intake').values({
    tenant_id: i.tenantId, id, case_id: i.caseId, reported_at: i.reportedAt, story: i.story, life_domains: i.lifeDomains,
    urgency: i.urgency, reporter: JSON.stringify(i.reporter), reporter_user_id: i.reporterUserId, legal_basis: i.legalBasis,
    consent_method: i.consentMethod, receipt_hash: i.receiptHash, first_contact_due: i.firstContactDue, start_due: i.startDue,
  }).execute();
  return id;
}

export function intakesOfCase(tx: Tx, caseId: string) {
  return tx.selectFrom('intake').select(['id', 'reported_at', 'story', 'reporter', 'urgency'])
    .where('case_id', '=', caseId).orderBy('reported_at').orderBy('id').execute();
}

const statusColumns = [
  'i.id as intake_id', 'i.case_id', 'i.reported_at', 'i.first_contact_due', 'i.start_due',
  'c.reference', 'c.status', 'c.referral_reason',
] as const;

export function intakesByReporter(tx: Tx, userId: string, limit = 100) {
  return tx.selectFrom('intake as i').innerJoin('cases as c', (j) => j.onRef('c.id', '=', 'i.case_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select(statusColumns).where('i.reporter_user_id', '=', userId)
    .orderBy('i.reported_at', 'desc').limit(limit).execute();
}

export function intakeByReceipt(tx: Tx, receiptHash: string) {
  return tx.selectFrom('intake as i').innerJoin('cases as c', (j) => j.onRef('c.id', '=', 'i.case_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select(statusColumns).where('i.receipt_hash', '=', receiptHash).executeTakeFirst();
}

/** Which municipality a receipt belongs to: the only lookup a public visitor makes across municipalities. */
export function tenantOfReceipt(tx: Tx, receiptHash: string) {
  return tx.selectFrom('intake').select('tenant_id').where('receipt_hash', '=', receiptHash).executeTakeFirst();
}
