import type { Tx } from '../platform/db/tenant.ts';
import { involvementsOverview } from '../involvements/costs.ts';
import { currentAssessments } from '../life-domains/store.ts';

/**
 * The household's part of the case overview: the current state of each assessed life domain (where
 * it burns) and the agencies involved with what their support costs a year. Each part only for
 * whoever may see its section; otherwise [] and null.
 */
export async function householdOverview(tx: Tx, caseId: string, sections: readonly string[]) {
  const [lifeDomainAssessments, involvements] = await Promise.all([
    sections.includes('life_domains') ? currentAssessments(tx, caseId) : Promise.resolve([]),
    sections.includes('involvements') ? involvementsOverview(tx, caseId) : Promise.resolve(null),
  ]);
  return { lifeDomainAssessments, involvements };
}
