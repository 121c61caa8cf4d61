import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';
import { covered, type Ground } from './model.ts';

export function consentsOf(tx: Tx, caseId: string) {
  return tx.selectFrom('consent as c').innerJoin('person as p', 'p.id', 'c.person_id')
    .leftJoin('app_user as r', 'r.id', 'c.recorded_by').leftJoin('app_user as w', 'w.id', 'c.withdrawn_by')
    .select(['c.id', 'c.person_id', 'p.name as person_name', 'c.purpose', 'c.organisations', 'c.sections', 'c.method',
      'c.given_on', 'c.recorded_at', 'r.name as recorded_by', 'c.withdrawn_at', 'w.name as withdrawn_by', 'c.withdrawal_note'])
    .where('c.case_id', '=', caseId).orderBy('c.recorded_at', 'desc').execute();
}

export function basesOf(tx: Tx, caseId: string) {
  return tx.selectFrom('share_basis as b').leftJoin('app_user as r', 'r.id', 'b.recorded_by')
    .select(['b.id', 'b.organisation', 'b.sections', 'b.legal_basis', 'b.article', 'b.recorded_at', 'r.name as recorded_by', 'b.ended_at'])
    .where('b.case_id', '=', caseId).orderBy('b.recorded_at', 'desc').execute();
}

export interface NewConsent {
  tenantId: string; caseId: string; personId: string; purpose: string; organisations: string[]; sections: string[];
  method: 'verbal' | 'written' | 'digital'; givenOn: string; recordedBy: string;
}

export async function insertConsent(tx: Tx, c: NewConsent): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('consent').values({
    tenant_id: c.tenantId, id, case_id: c.caseId, person_id: c.personId, purpose: c.purpose, organisations: c.organisations,
    sections: c.sections, method: c.method, given_on: c.givenOn, recorded_by: c.recordedBy,
  }).execute();
  return id;
}

/** Withdrawal is a fact with a time, not a deletion: what was shared before stays accountable. */
export function withdrawConsent(tx: Tx, caseId: string, id: string, by: string, note: string | null) {
  return tx.updateTable('consent').set({ withdrawn_at: new Date(), withdrawn_by: by, withdrawal_note: note })
    .where('case_id', '=', caseId).where('id', '=', id).where('withdrawn_at', 'is', null)
    .returning(['id', 'person_id']).executeTakeFirst();
}

export interface NewBasis {
  tenantId: string; caseId: string; organisation: string; sections: string[];
  legalBasis: 'legal_obligation' | 'public_task' | 'vital_interest'; article: string; recordedBy: string;
}

export async function insertBasis(tx: Tx, b: NewBasis): Promise<string> {
  const id = uuidv7();
  await tx.insertInto('share_basis').values({
    tenant_id: b.tenantId, id, case_id: b.caseId, organisation: b.organisation, sections: b.sections,
    legal_basis: b.legalBasis, article: b.article, recorded_by: b.recordedBy,
  }).execute();
  return id;
}

export function endBasis(tx: Tx, caseId: string, id: string, by: string) {
  return tx.updateTable('share_basis').set({ ended_at: new Date(), ended_by: by })
    .where('case_id', '=', caseId).where('id', '=', id).where('ended_at', 'is', null)
    .returning('id').executeTakeFirst();
}

/** Every ground for sharing on a case: active consents of any household member and active legal bases. */
export async function groundsOf(tx: Tx, caseId: string): Promise<Ground[]> {
  const [consents, bases] = await Promise.all([
    tx.selectFrom('consent').select(['organisations', 'sections', 'withdrawn_at']).where('case_id', '=', caseId).execute(),
    tx.selectFrom('share_basis').select(['organisation', 'sections', 'ended_at']).where('case_id', '=', caseId).execute(),
  ]);
  return [
    ...consents.map((c) => ({ organisations: c.organisations, sections: c.sections, active: !c.withdrawn_at })),
    ...bases.map((b) => ({ organisations: [b.organisation], sections: b.sections, active: !b.ended_at })),
  ];
}

export async function coveredSections(tx: Tx, caseId: string, organisation: string): Promise<string[]> {
  return covered(await groundsOf(tx, caseId), organisation);
}
