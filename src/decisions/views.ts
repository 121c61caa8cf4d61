import type { BlockerKind } from '../breakthrough/model.ts';
import { totals, wouldOverdraw } from '../budgets/model.ts';
import { type EntryRow, asLedger, yearStanding } from '../budgets/store.ts';
import type { LifeDomain } from '../cases/model.ts';
import type { RuleSnapshot, SkippedLevel, WeighingRow } from '../database/decisions.ts';
import { type MandateLevel, type RequestFacts, type SkipReason, describeMandate, mayDecide, refusalText, skipReasonText } from '../mandates/model.ts';
import { levelsWithHolders } from '../mandates/store.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { type CostSnapshot, type Outcome, excerpt, isOverdue, outcomeLabel } from './model.ts';
import type { RequestRow, stepsOf } from './store.ts';

/** What the API shows of a decision request, and the facts that routing and deciding look at. */

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);
const num = (v: string | number | null) => (v == null ? null : Number(v));
export const currentYear = (now = new Date()) => Number(amsterdamDate(now).slice(0, 4));

export const letterLinks = (caseId: string, id: string) => ({
  html: `/api/cases/${caseId}/decisions/${id}/letter.html`, pdf: `/api/cases/${caseId}/decisions/${id}/letter.pdf`,
});

export const presentSkipped = (s: SkippedLevel[]) => s.map((x) => ({ ...x, reason: x.reason as SkipReason, text: skipReasonText[x.reason as SkipReason] ?? x.reason }));

/**
 * The ladder and the request's facts as they stand now: the budget of this year decides whether
 * the amount would overdraw it.
 */
export async function routingFacts(tx: Tx, r: { amountCents: number; lifeDomains: string[]; ruleIds: string[]; requesterId: string }, lockBudget = false, now = new Date()) {
  const year = currentYear(now);
  const [levels, standing] = await Promise.all([levelsWithHolders(tx), yearStanding(tx, year, lockBudget)]);
  const facts: RequestFacts = { ...r, overdraws: wouldOverdraw(standing ?? { remainingCents: 0 }, r.amountCents) };
  return { levels, facts, standing, year };
}

export function factsOf(row: RequestRow, amountCents = Number(row.amount_cents)) {
  return {
    amountCents, lifeDomains: row.life_domains, ruleIds: (row.rules as RuleSnapshot[]).map((r) => r.id), requesterId: row.requested_by,
  };
}

/** Whether this user may decide the request now, and if not, why (for the web app's buttons). */
export async function viewerOf(tx: Tx, userId: string, row: RequestRow) {
  if (row.status !== 'pending') return { mayDecide: false, reason: row.status === 'decided' ? 'Hierover is al besloten.' : 'Dit verzoek is ingetrokken.' };
  const { levels, facts } = await routingFacts(tx, factsOf(row));
  const answer = mayDecide(levels, facts, row.level_rank, userId);
  return answer.ok ? { mayDecide: true, reason: null } : { mayDecide: false, reason: refusalText(answer.reason, answer.highest) };
}

export function presentRoute(level: MandateLevel | null, skipped: SkippedLevel[], unheld: boolean) {
  return {
    level: level ? { id: level.id, name: level.name, rank: level.rank, mandate: describeMandate(level.maxCents) } : null,
    skipped: presentSkipped(skipped), unheld,
  };
}

export function presentMoney(entries: EntryRow[]) {
  if (entries.length === 0) return null;
  const t = totals(0, asLedger(entries));
  return { committedCents: t.committedCents, paidCents: t.paidCents, releasedCents: t.releasedCents, openCents: t.openCents };
}

type StepRow = Awaited<ReturnType<typeof stepsOf>>[number];

export function presentDecision(row: RequestRow, steps: StepRow[], entries: EntryRow[], viewer: { mayDecide: boolean; reason: string | null }, today = amsterdamDate(new Date())) {
  const decided = row.status === 'decided' && row.outcome;
  return {
    id: row.id, caseId: row.case_id, reference: row.reference, status: row.status,
    question: row.question, proposedStep: row.proposed_step, alternatives: row.alternatives, rules: row.rules as RuleSnapshot[],
    blockerKinds: row.blocker_kinds as BlockerKind[], lifeDomains: row.life_domains as LifeDomain[],
    costSum: row.cost_sum as unknown as CostSnapshot, amountCents: Number(row.amount_cents),
    weighing: (row.weighing as WeighingRow[]).map((w) => ({ corner: w.key, name: w.name, description: w.description, text: w.text })),
    residentView: row.resident_view, requestedBy: { id: row.requested_by, name: row.requested_by_name }, requestedAt: iso(row.requested_at)!,
    level: { id: row.level_id, name: row.level_name, rank: row.level_rank }, dueOn: row.due_on,
    overdue: row.status === 'pending' && isOverdue(row.due_on, today), escalations: row.escalations,
    route: steps.filter((s) => s.decision_id === row.id).map((s) => ({
      at: iso(s.at)!, level: { id: s.level_id, name: s.level_name }, reason: s.reason, dueOn: s.due_on, skipped: presentSkipped(s.skipped as SkippedLevel[]),
    })),
    decision: decided ? {
      outcome: row.outcome as Outcome, outcomeLabel: outcomeLabel[row.outcome as Outcome], reasons: row.reasons ?? '', conditions: row.conditions,
      nextSteps: row.next_steps, approvedCents: num(row.approved_cents),
      decidedBy: { id: row.decided_by ?? '', name: row.decided_by_name ?? '' }, decidedAt: iso(row.decided_at)!,
      level: { id: row.decided_level_id ?? '', name: row.decided_level_name ?? '' },
    } : null,
    withdrawnReason: row.withdrawn_reason,
    money: presentMoney(entries.filter((e) => e.decision_id === row.id)),
    letter: decided ? letterLinks(row.case_id, row.id) : null,
    viewer, version: row.version,
  };
}
export type DecisionView = ReturnType<typeof presentDecision>;

export function presentSummary(row: RequestRow, today = amsterdamDate(new Date())) {
  const decided = row.status === 'decided';
  return {
    id: row.id, status: row.status, outcome: row.outcome, question: excerpt(row.question), amountCents: Number(row.amount_cents),
    approvedCents: num(row.approved_cents), level: { id: row.level_id, name: row.level_name }, dueOn: row.due_on,
    overdue: row.status === 'pending' && isOverdue(row.due_on, today), requestedAt: iso(row.requested_at)!,
    decidedAt: iso(row.decided_at), decidedBy: row.decided_by_name, letter: decided ? letterLinks(row.case_id, row.id) : null,
  };
}

export function presentInboxItem(row: RequestRow, today = amsterdamDate(new Date())) {
  return {
    id: row.id, caseId: row.case_id, reference: row.reference, status: row.status, question: excerpt(row.question),
    amountCents: Number(row.amount_cents), level: { id: row.level_id, name: row.level_name, rank: row.level_rank }, dueOn: row.due_on,
    overdue: row.status === 'pending' && isOverdue(row.due_on, today), escalations: row.escalations,
    requestedBy: { id: row.requested_by, name: row.requested_by_name }, requestedAt: iso(row.requested_at)!,
    outcome: row.outcome, decidedAt: iso(row.decided_at),
  };
}
