/**
 * The six steps of the breakthrough method and when each is complete: pure rules, no I/O.
 * A step can be saved half-done; it is marked complete only when its essentials are there.
 */
import { steps } from './model.ts';

export const STEP_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type StepNumber = (typeof STEP_NUMBERS)[number];

/** Counts and presence flags gathered from the other areas' tables; nothing personal. */
export interface StepFacts {
  /** The story of the intake is there (not empty). */
  story: boolean;
  householdMembers: number;
  /** Life domains with at least one assessment. */
  lifeDomainsAssessed: number;
  involvements: number;
  perspectiveOwnWords: boolean;
  perspectiveNeeds: boolean;
  blockerProblem: boolean;
  blockerKinds: number;
  blockerRules: number;
  proposedStep: boolean;
  /** The cost sum is stored with the case (case_cost). */
  costSum: boolean;
  planActions: number;
}

export const emptyFacts: StepFacts = {
  story: false, householdMembers: 0, lifeDomainsAssessed: 0, involvements: 0, perspectiveOwnWords: false,
  perspectiveNeeds: false, blockerProblem: false, blockerKinds: 0, blockerRules: 0, proposedStep: false, costSum: false,
  planActions: 0,
};

/** One essential of a step: a stable code for the web app and the Dutch text for the page. */
export interface Essential {
  code: string;
  text: string;
  met: (f: StepFacts) => boolean;
}

export const essentials: Record<StepNumber, Essential[]> = {
  1: [
    { code: 'story', text: 'Het verhaal van het huishouden is nog niet vastgelegd', met: (f) => f.story },
    { code: 'household_member', text: 'Voeg ten minste één gezinslid toe', met: (f) => f.householdMembers > 0 },
    { code: 'life_domain', text: 'Beoordeel ten minste één leefgebied', met: (f) => f.lifeDomainsAssessed > 0 },
  ],
  2: [
    { code: 'involvement', text: 'Leg ten minste één betrokken organisatie vast', met: (f) => f.involvements > 0 },
  ],
  3: [
    { code: 'own_words', text: 'Schrijf op waar het huishouden over een jaar wil staan, in eigen woorden', met: (f) => f.perspectiveOwnWords },
    { code: 'needs', text: 'Schrijf op wat het huishouden nodig heeft', met: (f) => f.perspectiveNeeds },
  ],
  4: [
    { code: 'blocker_problem', text: 'Beschrijf het knelpunt', met: (f) => f.blockerProblem },
    { code: 'blocker_kind', text: 'Kies ten minste één soort belemmering', met: (f) => f.blockerKinds > 0 },
    { code: 'proposed_step', text: 'Beschrijf de voorgestelde doorbraak', met: (f) => f.proposedStep },
  ],
  5: [
    {
      code: 'blocker_rule_or_kind', text: 'Geef bij het knelpunt ten minste één regel of soort belemmering aan',
      met: (f) => f.blockerRules > 0 || f.blockerKinds > 0,
    },
    { code: 'cost_sum', text: 'Maak de kostensom: de kosten van nu tegenover de doorbraak', met: (f) => f.costSum },
  ],
  6: [
    { code: 'plan_action', text: 'Zet ten minste één actie in het perspectiefplan', met: (f) => f.planActions > 0 },
  ],
};

export function isStepNumber(n: number): n is StepNumber {
  return Number.isInteger(n) && n >= 1 && n <= 6;
}

export function stepName(step: StepNumber): string {
  return steps[step - 1];
}

/** What is still missing before this step can be marked complete. */
export function missingFor(step: StepNumber, facts: StepFacts): Essential[] {
  return essentials[step].filter((e) => !e.met(facts));
}

/** Where the case stands: the first step not yet complete, or the last step when all are. */
export function currentStep(completed: Iterable<number>): StepNumber {
  const done = new Set(completed);
  return STEP_NUMBERS.find((s) => !done.has(s)) ?? 6;
}

export interface StepRow {
  step: number;
  completedAt: Date | null;
  completedBy: { id: string; name: string } | null;
  reopenedAt: Date | null;
  reopenReason: string | null;
}

export interface StepState {
  number: StepNumber;
  name: string;
  state: 'open' | 'complete';
  missing: string[];
  missingCodes: string[];
  completedAt: string | null;
  completedBy: { id: string; name: string } | null;
  reopenedAt: string | null;
  reopenReason: string | null;
}

/** The six steps with their state; what is missing is always the current truth, also for a completed step. */
export function stepStates(facts: StepFacts, rows: StepRow[]): StepState[] {
  return STEP_NUMBERS.map((number) => {
    const row = rows.find((r) => r.step === number);
    const missing = missingFor(number, facts);
    const complete = !!row?.completedAt;
    return {
      number, name: stepName(number), state: complete ? 'complete' : 'open',
      missing: missing.map((m) => m.text), missingCodes: missing.map((m) => m.code),
      completedAt: complete ? row!.completedAt!.toISOString() : null,
      completedBy: complete ? row!.completedBy : null,
      reopenedAt: row?.reopenedAt ? row.reopenedAt.toISOString() : null,
      reopenReason: row?.reopenReason ?? null,
    };
  });
}
