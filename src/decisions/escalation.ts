import type { Kysely } from 'kysely';
import { addEvent } from '../cases/store.ts';
import type { Database } from '../database.ts';
import { householdSubjects } from '../households/store.ts';
import { eligibleHolders, routeRequest } from '../mandates/model.ts';
import { notify } from '../notifications/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing, newTraceId } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { dutchDate } from '../privacy/labels.ts';
import { dueOn } from './model.ts';
import { type RequestRow, extendDue, insertStep, moveToLevel, overdueRequests, settingsOf } from './store.ts';
import { factsOf, routingFacts } from './views.ts';

export interface EscalationReport {
  ranAt: string;
  escalated: number;
  /** Overdue at the top of the ladder: reminded, with a new due date. */
  reminded: number;
}

/**
 * One overdue request goes one level up (past levels nobody can decide), with a new due date in
 * working days; the requester and the coordinator hear of it, and the new level's holders are asked.
 * With no one above who can decide, it stays, and everyone is reminded once per new due date.
 */
async function escalate(tx: Tx, crypto: Crypto, pc: ProcessingContext, r: RequestRow, now: Date, workingDays: number): Promise<'escalated' | 'reminded' | 'skipped'> {
  const today = amsterdamDate(now);
  const due = dueOn(today, workingDays);
  const { levels, facts } = await routingFacts(tx, factsOf(r), false, now);
  const route = routeRequest(levels, facts, r.level_rank);
  const informed = [r.requested_by, r.coordinator_id ?? ''].filter(Boolean);
  // Moving it to a level nobody holds would only hide it: it stays, and everyone is reminded.
  if (!route || route.unheld) {
    await extendDue(tx, r.id, due);
    const current = levels.find((l) => l.id === r.level_id);
    const holders = current ? eligibleHolders(current, r.requested_by).map((h) => h.userId) : [];
    await notify(tx, pc.tenantId, [...informed, ...holders], 'decision_overdue', r.case_id, { reference: r.reference, level: r.level_name, dueOn: dutchDate(due) });
    return 'reminded';
  }
  // A decision that landed in the meantime wins: then there is nothing to escalate.
  if (!(await moveToLevel(tx, r.id, route.level.id, due))) return 'skipped';
  await insertStep(tx, { tenantId: pc.tenantId, decisionId: r.id, levelId: route.level.id, reason: 'overdue', dueOn: due, skipped: route.skipped, actorId: null, at: now });
  const data = { decision: r.id, from: r.level_name, level: route.level.name };
  await addEvent(tx, pc.tenantId, r.case_id, 'decision_escalated', null, data, now);
  await logProcessing(tx, pc, {
    activity: 'besluit-doorzetten', action: 'update', objectType: 'decision', objectId: r.id, caseId: r.case_id, legalBasis: r.legal_basis,
    subjects: await householdSubjects(tx, crypto, r.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{ actorId: null, action: 'case.decision_escalated', objectType: 'decision', objectId: r.id, data: { case: r.case_id, ...data } }]);
  await notify(tx, pc.tenantId, informed, 'decision_escalated', r.case_id, { reference: r.reference, level: route.level.name, dueOn: dutchDate(due) });
  await notify(tx, pc.tenantId, eligibleHolders(route.level, r.requested_by).map((h) => h.userId), 'decision_requested', r.case_id, {
    actor: r.requested_by_name, reference: r.reference, level: route.level.name, dueOn: dutchDate(due),
  });
  return 'escalated';
}

/**
 * The daily escalation job: in every municipality, a request still undecided after its due date
 * moves up one level. The due date moves with it, so a second run the same day does nothing. Runs
 * per municipality as the application role, so row-level security keeps them apart.
 */
export async function escalateOverdue(db: Kysely<Database>, crypto: Crypto, now: Date): Promise<EscalationReport> {
  const tenants = await db.selectFrom('tenant').select('id').orderBy('id').execute();
  const report: EscalationReport = { ranAt: now.toISOString(), escalated: 0, reminded: 0 };
  for (const { id: tenantId } of tenants) {
    await withTenant(db, { tenantId, userId: null }, async (tx) => {
      const pc: ProcessingContext = { tenantId, traceId: newTraceId(), actorId: null, origin: 'doorzetten' };
      const { dueWorkingDays } = await settingsOf(tx);
      for (const r of await overdueRequests(tx, amsterdamDate(now))) {
        const outcome = await escalate(tx, crypto, pc, r, now, dueWorkingDays);
        if (outcome !== 'skipped') report[outcome]++;
      }
    });
  }
  return report;
}
