// Types of decisions with mandate (step 5), the mandate ladder and the custom-solutions budget
// (server: src/decisions, src/mandates, src/budgets). Money is integer cents; days are 'YYYY-MM-DD'.
import type { DateOnly, IsoDateTime, LifeDomain } from './types';
import type { BlockerKind, CostSum } from './types-breakthrough';
import type { StepsOverview } from './types-steps';

export const OUTCOMES = ['approved', 'approved_with_conditions', 'declined'] as const;
export type DecisionOutcome = (typeof OUTCOMES)[number];
export type DecisionStatus = 'pending' | 'decided' | 'withdrawn';
export type SkipReason = 'amount' | 'life_domains' | 'rules' | 'budget' | 'no_holder';
export type EntryKind = 'commitment' | 'payment' | 'release';
export type PayeeKind = 'organisation' | 'resident';

interface PersonRef {
  id: string;
  name: string;
}
interface LevelRef {
  id: string;
  name: string;
}

export interface Corner {
  key: string;
  name: string;
  /** The question this corner asks. */
  description: string;
}

export interface DecisionSettings {
  corners: Corner[];
  dueWorkingDays: number;
  objectionAddress: string | null;
  /** 0 while the defaults apply. */
  version: number;
  updatedAt: IsoDateTime | null;
  updatedBy: string | null;
}

export interface DecisionSettingsInput {
  corners: Corner[];
  dueWorkingDays: number;
  objectionAddress: string | null;
  version: number;
}

export interface DecisionRule {
  id: string;
  code: string;
  name: string;
  law: string;
  article: string | null;
  purpose: string;
}

export interface SkippedLevel {
  levelId: string;
  name: string;
  reason: SkipReason;
  /** The reason in the server's Dutch. */
  text: string;
}

export interface RoutePreview {
  level: (LevelRef & { rank: number; mandate: string }) | null;
  skipped: SkippedLevel[];
  /** Nobody holds the level yet. */
  unheld: boolean;
  overdraws: boolean;
  budgetYear: number;
  remainingCents: number | null;
}

export interface DecisionDraft {
  proposedStep: string | null;
  rules: DecisionRule[];
  blockerKinds: BlockerKind[];
  lifeDomains: LifeDomain[];
  costSum: CostSum;
  amountCents: number;
  residentView: string | null;
  corners: Corner[];
  dueWorkingDays: number;
  route: RoutePreview;
  openRequestId: string | null;
}

export interface DecisionRequestInput {
  question: string;
  proposedStep: string;
  alternatives: string | null;
  rules: { ruleId: string; purpose: string | null }[];
  amountCents: number;
  weighing: { corner: string; text: string }[];
  residentView: string;
}

export interface DecideInput {
  outcome: DecisionOutcome;
  reasons: string;
  conditions: string | null;
  approvedCents: number | null;
  nextSteps: string | null;
  version: number;
}

export interface RouteStep {
  at: IsoDateTime;
  level: LevelRef;
  reason: 'routed' | 'overdue';
  dueOn: DateOnly;
  skipped: SkippedLevel[];
}

export interface DecisionMade {
  outcome: DecisionOutcome;
  outcomeLabel: string;
  reasons: string;
  conditions: string | null;
  nextSteps: string | null;
  approvedCents: number | null;
  decidedBy: PersonRef;
  decidedAt: IsoDateTime;
  level: LevelRef;
}

export interface DecisionMoney {
  committedCents: number;
  paidCents: number;
  releasedCents: number;
  openCents: number;
}

export interface LetterLinks {
  html: string;
  pdf: string;
}

export interface Decision {
  id: string;
  caseId: string;
  reference: string;
  status: DecisionStatus;
  question: string;
  proposedStep: string;
  alternatives: string | null;
  rules: DecisionRule[];
  blockerKinds: BlockerKind[];
  lifeDomains: LifeDomain[];
  costSum: CostSum;
  amountCents: number;
  weighing: { corner: string; name: string; description: string; text: string }[];
  residentView: string | null;
  requestedBy: PersonRef;
  requestedAt: IsoDateTime;
  /** Where the request lies now (or lay). */
  level: LevelRef & { rank: number };
  dueOn: DateOnly;
  overdue: boolean;
  escalations: number;
  route: RouteStep[];
  decision: DecisionMade | null;
  withdrawnReason: string | null;
  money: DecisionMoney | null;
  letter: LetterLinks | null;
  viewer: { mayDecide: boolean; reason: string | null };
  version: number;
}

export interface Precedent {
  id: string;
  decidedAt: IsoDateTime;
  outcome: DecisionOutcome;
  outcomeLabel: string;
  question: string;
  proposedStep: string;
  reasons: string;
  conditions: string | null;
  amountCents: number;
  approvedCents: number | null;
  level: string | null;
  sharedRules: { code: string; name: string }[];
  sharedKinds: BlockerKind[];
}

export type DecisionWithPrecedents = Decision & { precedents: Precedent[] };

export interface InboxItem {
  id: string;
  caseId: string;
  reference: string;
  status: DecisionStatus;
  question: string;
  amountCents: number;
  level: LevelRef & { rank: number };
  dueOn: DateOnly;
  overdue: boolean;
  escalations: number;
  requestedBy: PersonRef;
  requestedAt: IsoDateTime;
  outcome: DecisionOutcome | null;
  decidedAt: IsoDateTime | null;
}

/** One line per request on the case overview. */
export interface DecisionSummary {
  id: string;
  status: DecisionStatus;
  outcome: DecisionOutcome | null;
  question: string;
  amountCents: number;
  approvedCents: number | null;
  level: LevelRef;
  dueOn: DateOnly;
  overdue: boolean;
  requestedAt: IsoDateTime;
  decidedAt: IsoDateTime | null;
  decidedBy: string | null;
  letter: LetterLinks | null;
}

// ── budget ─────────────────────────────────────────────────────────────
export interface BudgetTotals {
  budgetCents: number;
  committedCents: number;
  paidCents: number;
  releasedCents: number;
  openCents: number;
  /** Negative when a higher mandate granted more than was left. */
  remainingCents: number;
}

export interface BudgetMonth {
  /** 'YYYY-MM' */
  month: string;
  committedCents: number;
  paidCents: number;
  releasedCents: number;
}

export interface Budget {
  id: string;
  year: number;
  amountCents: number;
  note: string | null;
  version: number;
  updatedAt: IsoDateTime;
  updatedBy: string | null;
  totals: BudgetTotals;
  months: BudgetMonth[];
}

export interface BudgetEntry {
  id: string;
  kind: EntryKind;
  kindLabel: string;
  amountCents: number;
  date: DateOnly;
  caseId: string;
  reference: string;
  decisionId: string;
  payeeKind: PayeeKind | null;
  /** null for a payment to the resident. */
  payee: string | null;
  note: string | null;
  createdBy: string | null;
  createdAt: IsoDateTime;
}

export interface BudgetInput {
  year: number;
  amountCents: number;
  note: string | null;
}

export interface BudgetPatch {
  amountCents?: number;
  note?: string | null;
  version: number;
}

export interface DecisionLedger extends DecisionMoney {
  entries: BudgetEntry[];
}

export interface PaymentInput {
  amountCents: number;
  date: DateOnly;
  payeeKind: PayeeKind;
  payee: string | null;
  note: string | null;
}

export interface ReleaseInput {
  amountCents: number;
  date?: DateOnly;
  note: string | null;
}

// ── mandate ladder ─────────────────────────────────────────────────────
export interface MandateHolder {
  userId: string;
  name: string;
  mayDecideOwn: boolean;
}

export interface MandateLevel {
  id: string;
  /** 1 is the lowest level. */
  rank: number;
  name: string;
  /** null: unlimited. */
  maxCents: number | null;
  mandate: string;
  lifeDomains: LifeDomain[];
  ruleIds: string[];
  active: boolean;
  version: number;
  holders: MandateHolder[];
}

export interface MandateLevelInput {
  rank: number;
  name: string;
  maxCents: number | null;
  lifeDomains: LifeDomain[];
  ruleIds: string[];
  active: boolean;
}

/** The case overview with the decisions and budget entries (null when not shared with the viewer). */
export type DecisionsOverview = StepsOverview & {
  decisions: DecisionSummary[] | null;
  budgetEntries: BudgetEntry[] | null;
};
