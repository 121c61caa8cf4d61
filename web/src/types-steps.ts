// Types of the six steps, case kinds, warm handover, closure and follow-up (server: src/cases/steps*,
// src/handover, src/closure). Instants are ISO strings (UTC); days are 'YYYY-MM-DD'.
import type { CaseKind, CaseStatus, CaseStep, DateOnly, IsoDateTime } from './types';
import type { SharedCaseOverview } from './types-access';

export interface Person {
  id: string;
  name: string;
}

export interface StepState {
  number: CaseStep;
  name: string;
  state: 'open' | 'complete';
  /** What is still needed to complete the step, in the server's plain Dutch. */
  missing: string[];
  /** The same points as stable codes, for the English texts. */
  missingCodes: string[];
  completedAt: IsoDateTime | null;
  completedBy: Person | null;
  reopenedAt: IsoDateTime | null;
  /** Hidden (null) for partners. */
  reopenReason: string | null;
}

export interface CaseSteps {
  step: CaseStep;
  status: CaseStatus;
  version: number;
  steps: StepState[];
}

/**
 * The essentials of each step by code (src/cases/steps.ts). Used to tell "not started" from
 * "in progress" and to translate what is missing.
 */
export const STEP_ESSENTIALS: Record<CaseStep, readonly string[]> = {
  1: ['story', 'household_member', 'life_domain'],
  2: ['involvement'],
  3: ['own_words', 'needs'],
  4: ['blocker_problem', 'blocker_kind', 'proposed_step'],
  5: ['blocker_rule_or_kind', 'cost_sum'],
  6: ['plan_action'],
};

/** How a step stands for people: complete, in progress (current, reopened or partly filled in) or not started. */
export type StepProgress = 'complete' | 'in_progress' | 'not_started';

export function stepProgress(s: StepState, current: CaseStep): StepProgress {
  if (s.state === 'complete') return 'complete';
  const partly = s.missingCodes.length < STEP_ESSENTIALS[s.number].length;
  return s.number === current || s.reopenedAt || partly ? 'in_progress' : 'not_started';
}

export const OUTCOMES = ['breakthrough', 'advice_given', 'returned', 'no_breakthrough', 'moved_away', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const FOLLOW_UP_RESULTS = ['holding', 'wavering', 'relapsed'] as const;
export type FollowUpResult = (typeof FOLLOW_UP_RESULTS)[number];

export interface FollowUp {
  id: string;
  months: 3 | 6 | 12;
  dueOn: DateOnly;
  doneAt: IsoDateTime | null;
  /** Name of who recorded it. */
  doneBy: string | null;
  result: FollowUpResult | null;
  note: string | null;
  reopened: boolean;
  remindedAt: IsoDateTime | null;
}

export type HandoverStatus = 'offered' | 'accepted' | 'refused' | 'withdrawn';

export interface Handover {
  id: string;
  caseId: string;
  from: Person;
  to: Person;
  note: string;
  status: HandoverStatus;
  /** The reason of a refusal. */
  answer: string | null;
  offeredAt: IsoDateTime;
  answeredAt: IsoDateTime | null;
}

export type HandoverOffer = Handover & { reference: string };

/** The case overview with the steps, kind, closure, follow-ups, recurrence and the open handover. */
export type StepsOverview = SharedCaseOverview & {
  steps: StepState[];
  advice: string | null;
  plannedReturn: DateOnly | null;
  outcome: Outcome | null;
  outcomeNote: string | null;
  residentWords: string | null;
  closedAt: IsoDateTime | null;
  closedBy: Person | null;
  followUps: FollowUp[];
  /** The open offer; null when there is none, and always for partners. */
  handover: Handover | null;
  /** The household came back within a year of this earlier, closed case. */
  recurrence: { of: string; reference: string; closedAt: IsoDateTime | null } | null;
};

export interface KindInput {
  kind: CaseKind;
  plannedReturn?: DateOnly | null;
  version: number;
}

export interface CloseInput {
  outcome: Outcome;
  outcomeNote?: string | null;
  residentWords: string;
  advice?: string | null;
  version: number;
}

export interface FollowUpInput {
  result: FollowUpResult;
  note?: string | null;
  reopen: boolean;
}
