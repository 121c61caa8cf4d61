// Types of the breakthrough API: perspective (step 3), blocker and breakthrough (step 4), the rules
// catalogue, the cost sum and the perspectiefplan (server: src/breakthrough). Money is integer cents.
import type { DateOnly, IsoDateTime } from './types';
import type { SharedCaseOverview } from './types-access';

export const BLOCKER_KINDS = ['rule', 'interpretation', 'habit', 'money', 'capacity', 'registration', 'data_sharing', 'other'] as const;
export type BlockerKind = (typeof BLOCKER_KINDS)[number];

export const GOAL_SOURCES = ['perspective', 'breakthrough', 'other'] as const;
export type GoalSource = (typeof GOAL_SOURCES)[number];

export const OWNER_KINDS = ['household', 'network', 'professional'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface PerspectiveValues {
  ownWords: string | null;
  ownStrength: string | null;
  networkStrength: string | null;
  needs: string | null;
  dreamScenario: string | null;
}

export interface Perspective extends PerspectiveValues {
  /** 0 while nothing has been saved. */
  version: number;
  updatedAt: IsoDateTime | null;
  updatedBy: string | null;
}

export type PerspectiveInput = Partial<PerspectiveValues> & { version: number };

export interface Rule {
  id: string;
  code: string;
  name: string;
  law: string;
  article: string | null;
  /** What the rule means to achieve. */
  purpose: string | null;
  url: string | null;
  active: boolean;
  version: number;
  /** Number of cases this rule blocks. */
  cases: number;
}

export type RuleRef = Pick<Rule, 'id' | 'code' | 'name' | 'law' | 'article' | 'purpose' | 'url'>;

export interface RuleInput {
  code: string;
  name: string;
  law: string;
  article: string | null;
  purpose: string | null;
  url: string | null;
  active: boolean;
}

export interface Blocker {
  problem: string | null;
  blockedBy: string | null;
  kinds: BlockerKind[];
  rules: RuleRef[];
  proposedStep: string | null;
  oneOffCents: number | null;
  yearlyCents: number | null;
  version: number;
  updatedAt: IsoDateTime | null;
  updatedBy: string | null;
}

export interface BlockerInput {
  problem: string | null;
  blockedBy: string | null;
  kinds: BlockerKind[];
  ruleIds: string[];
  proposedStep: string | null;
  oneOffCents: number | null;
  yearlyCents: number | null;
  version: number;
}

export interface HorizonSum {
  years: number;
  muddlingOnCents: number;
  breakthroughCents: number;
  avoidedCents: number;
}

export interface CostSum {
  currentYearlyCents: number;
  agencies: number;
  oneOffCents: number;
  yearlyCents: number;
  horizons: HorizonSum[];
  paysOffWithin: number | null;
  sentence: string;
}

export interface Goal {
  id: string;
  text: string;
  source: GoalSource;
  position: number;
  version: number;
  createdAt: IsoDateTime;
}

export interface PlanAction {
  id: string;
  goalId: string | null;
  what: string;
  ownerKind: OwnerKind;
  ownerName: string;
  ownerUserId: string | null;
  /** Who, as the household reads it. */
  owner: string;
  dueOn: DateOnly | null;
  status: ActionStatus;
  version: number;
  createdAt: IsoDateTime;
}

export interface Plan {
  goals: Goal[];
  actions: PlanAction[];
}

export interface GoalInput {
  text: string;
  source?: GoalSource;
}

export interface ActionInput {
  what: string;
  goalId: string | null;
  ownerKind: OwnerKind | null;
  ownerName: string | null;
  ownerUserId: string | null;
  dueOn: DateOnly | null;
  status: ActionStatus;
}

/** The case overview with this area's fields; each is null when its section is not shared with the viewer. */
export type BreakthroughOverview = SharedCaseOverview & {
  perspective: Perspective | null;
  blocker: Blocker | null;
  costSum: CostSum | null;
  plan: Plan | null;
};
