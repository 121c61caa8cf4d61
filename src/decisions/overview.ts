import type { CaseAccess } from '../access/model.ts';
import { entriesOfCase } from '../budgets/store.ts';
import { presentEntry } from '../budgets/views.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { requestsOfCase } from './store.ts';
import { presentSummary } from './views.ts';

/**
 * The case overview's decisions and budget entries: with the breakthrough section. Partners never
 * see the money; a decider reading along for a pending request sees the decisions, not the entries.
 */
export async function decisionsOverview(tx: Tx, caseId: string, access: CaseAccess) {
  const sees = access.sections.includes('breakthrough');
  const [requests, entries] = await Promise.all([
    sees ? requestsOfCase(tx, caseId) : null,
    sees && !access.partner && access.via !== 'mandate' ? entriesOfCase(tx, caseId) : null,
  ]);
  return { decisions: requests?.map((r) => presentSummary(r)) ?? null, budgetEntries: entries?.map(presentEntry) ?? null };
}
