// Types of the policy view (server: src/policy/schema.ts): figures only, no personal data. A count
// from 1 to 4 arrives as null and its field is named in `suppressed`, so the page can say why.
import type { IsoDateTime } from './types';

export const FIGURES = ['intakes-per-week', 'lead-times', 'open-per-step', 'breakthroughs', 'costs', 'recurrences', 'bottlenecks'] as const;
export type Figure = (typeof FIGURES)[number];

/** null when between 1 and 4 (see suppressed). */
type Count = number | null;
/** Cents; null when it is about fewer than 5 cases. */
type Cents = number | null;

interface Row {
  /** Fields of this row left out because they are about 1 to 4 cases. */
  suppressed: string[];
}

export interface IntakesWeek extends Row {
  /** Monday of the week, 'YYYY-MM-DD'. */
  week: string;
  isoWeek: string;
  intakes: Count;
}

export interface LeadTimeQuarter extends Row {
  /** '2025-K3'. */
  quarter: string;
  firstContactTotal: Count;
  firstContactWithinNorm: Count;
  firstContactPercent: number | null;
  firstContactMedianDays: number | null;
  startTotal: Count;
  startWithinNorm: Count;
  startPercent: number | null;
  startMedianDays: number | null;
  waitingForFirstContact: Count;
}

export interface OpenStage extends Row {
  /** 'triage' or 'step-1' … 'step-6'. */
  stage: string;
  label: string;
  cases: Count;
}

export interface BreakthroughQuarter extends Row {
  quarter: string;
  closed: Count;
  breakthroughs: Count;
}

export interface CostQuarter extends Row {
  quarter: string;
  cases: Count;
  currentYearlyCents: Cents;
  solutionOneOffCents: Cents;
  solutionYearlyCents: Cents;
  avoided1yCents: Cents;
}

export interface RecurrenceQuarter extends Row {
  quarter: string;
  newCases: Count;
  recurrences: Count;
}

export type BottleneckStatus = 'signalled' | 'on_agenda' | 'in_discussion' | 'resolved' | 'not_taken_up';

export interface TopBottleneck extends Row {
  id: string;
  title: string;
  status: BottleneckStatus;
  statusLabel: string;
  ownerOrganisation: string | null;
  cases: Count;
}

export interface Dashboard {
  /** Up to when the figures were brought up to date; null before the first run. */
  refreshedAt: IsoDateTime | null;
  /** Counts below this (except 0) are not shown. */
  minCount: number;
  today: string;
  norms: { firstContactWorkingDays: number; firstContactUrgentWorkingDays: number; startWorkingDays: number };
  intakesPerWeek: IntakesWeek[];
  leadTimes: LeadTimeQuarter[];
  openPerStep: OpenStage[];
  breakthroughs: BreakthroughQuarter[];
  costs: CostQuarter[];
  recurrences: RecurrenceQuarter[];
  bottlenecks: TopBottleneck[];
}

export interface RefreshResult {
  /** How many cases had their figures brought up to date. */
  cases: number;
  refreshedAt: IsoDateTime;
}
