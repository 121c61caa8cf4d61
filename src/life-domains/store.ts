import { sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { LifeDomain } from '../cases/model.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type AssessmentState, currentPerDomain } from './model.ts';

/** The life-domain area owns life_domain_assessment: every assessment is kept, the latest per domain counts. */

export interface NewAssessment {
  domain: string;
  state: AssessmentState;
  note: string | null;
  reportedBy: string | null;
}

/** Two saves of one case's life domains at once wait for each other, so "the one you saw" can be checked. */
export async function lockLifeDomains(tx: Tx, caseId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${`life_domains|${caseId}`}, 0))`.execute(tx);
}

export async function insertAssessments(tx: Tx, tenantId: string, caseId: string, userId: string | null, rows: NewAssessment[], at = new Date()) {
  const values = rows.map((r) => ({
    tenant_id: tenantId, id: uuidv7(), case_id: caseId, domain: r.domain, state: r.state, note: r.note,
    reported_by: r.reportedBy, assessed_by: userId, assessed_at: at,
  }));
  if (values.length) await tx.insertInto('life_domain_assessment').values(values).execute();
  return values.map((v) => v.id);
}

/** Every assessment of a case (optionally of one domain), newest first, with who made it. */
export async function assessmentHistory(tx: Tx, caseId: string, domain?: string, limit = 500) {
  let q = tx.selectFrom('life_domain_assessment as a').leftJoin('app_user as u', 'u.id', 'a.assessed_by')
    .select(['a.id', 'a.domain', 'a.state', 'a.note', 'a.reported_by', 'a.assessed_at', 'a.assessed_by', 'u.name'])
    .where('a.case_id', '=', caseId);
  if (domain) q = q.where('a.domain', '=', domain);
  const rows = await q.orderBy('a.assessed_at', 'desc').orderBy('a.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id, domain: r.domain as LifeDomain, state: r.state, note: r.note, reportedBy: r.reported_by,
    assessedAt: new Date(r.assessed_at).toISOString(),
    assessedBy: r.assessed_by ? { id: r.assessed_by, name: r.name ?? '' } : null,
  }));
}
export type AssessmentView = Awaited<ReturnType<typeof assessmentHistory>>[number];

/** The latest assessment per domain: what the overview shows. */
export async function currentAssessments(tx: Tx, caseId: string): Promise<AssessmentView[]> {
  const rows = await tx.selectFrom('life_domain_assessment as a').leftJoin('app_user as u', 'u.id', 'a.assessed_by')
    .distinctOn('a.domain')
    .select(['a.id', 'a.domain', 'a.state', 'a.note', 'a.reported_by', 'a.assessed_at', 'a.assessed_by', 'u.name'])
    .where('a.case_id', '=', caseId)
    .orderBy('a.domain').orderBy('a.assessed_at', 'desc').orderBy('a.id', 'desc')
    .execute();
  return currentPerDomain(rows.map((r) => ({
    id: r.id, domain: r.domain as LifeDomain, state: r.state, note: r.note, reportedBy: r.reported_by,
    assessedAt: new Date(r.assessed_at).toISOString(),
    assessedBy: r.assessed_by ? { id: r.assessed_by, name: r.name ?? '' } : null,
  })));
}
