// Types of systemic bottlenecks, their evidence, signal reports and flags by hand (server:
// src/bottlenecks/schema.ts). A count is null when it lies between 1 and 4 and the viewer does not
// work on the cases; `suppressed` then names the fields left out. Money is integer cents.
import type { RuleRef } from './types-breakthrough';
import type { Contact } from './types-network';
import type { DateOnly, IsoDateTime, LifeDomain } from './types';

export const BOTTLENECK_STATUSES = ['signalled', 'on_agenda', 'in_discussion', 'resolved', 'not_taken_up'] as const;
export type BottleneckStatus = (typeof BOTTLENECK_STATUSES)[number];
export const RESOLUTIONS = ['rule_changed', 'practice_changed'] as const;
export type Resolution = (typeof RESOLUTIONS)[number];
/** rule: one rule blocks; organisation: the same organisation is involved; manual: flagged by hand from cases. */
export type Basis = 'rule' | 'organisation' | 'manual';


export interface Bottleneck {
  id: string;
  basis: Basis;
  title: string;
  description: string | null;
  rule: RuleRef | null;
  /** The organisation (lower case) when the basis is organisation. */
  organisation: string | null;
  /** Who can change the rule or practice. */
  ownerOrganisation: string | null;
  status: BottleneckStatus;
  /** The status in the server's Dutch. */
  statusLabel: string;
  resolution: Resolution | null;
  statusReason: string | null;
  statusChangedAt: IsoDateTime;
  cases: number | null;
  suppressed: string[];
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
}

export interface Counted {
  cases: number | null;
  suppressed: string[];
}

export interface Evidence {
  /** Cases reported from this day on, plus every case still running. */
  since: DateOnly;
  cases: number | null;
  openCases: number | null;
  flaggedByHand: number | null;
  /** Cases per quarter of reporting, oldest first, e.g. '2025-K3'. */
  trend: (Counted & { quarter: string })[];
  /** What the current support in these cases costs per year together; null when left out. */
  yearlySupportCents: number | null;
  kinds: (Counted & { value: string; label: string })[];
  lifeDomains: (Counted & { value: LifeDomain; label: string })[];
  suppressed: string[];
}

export interface StatusChange {
  status: BottleneckStatus;
  statusLabel: string;
  resolution: Resolution | null;
  reason: string | null;
  changedAt: IsoDateTime;
  changedBy: string | null;
}


export type BottleneckDetail = Bottleneck & { evidence: Evidence; history: StatusChange[]; contacts: Contact[] };

/** A case behind a bottleneck: a letter instead of a name, a quarter instead of a date, a band instead of an amount. */
export interface PseudonymisedCase {
  label: string;
  quarter: string;
  status: string;
  step: number;
  lifeDomains: string[];
  kinds: string[];
  agencies: number;
  yearlyCost: string;
  flaggedByHand: boolean;
}

export interface BottleneckCases {
  items: PseudonymisedCase[];
  total: number;
  /** How many (the most recent) are in the list. */
  shown: number;
}

export interface BottleneckInput {
  basis: 'rule' | 'organisation';
  ruleId?: string;
  organisation?: string;
  title?: string;
  description?: string | null;
  ownerOrganisation?: string | null;
}

export interface BottleneckPatch {
  title?: string;
  description?: string | null;
  ownerOrganisation?: string | null;
  status?: BottleneckStatus;
  resolution?: Resolution | null;
  /** Required with resolved (what changed) and not_taken_up (why not). */
  reason?: string | null;
  version: number;
}

export interface Proposal extends Counted {
  basis: 'rule' | 'organisation';
  /** The rule id or the organisation (lower case): send it back as ruleId or organisation. */
  key: string;
  label: string;
}

export interface Proposals {
  threshold: number;
  windowMonths: number;
  since: DateOnly;
  items: Proposal[];
}

export interface Group extends Counted {
  key: string;
  label: string;
}

export interface Groups {
  since: DateOnly;
  rules: Group[];
  organisations: Group[];
  kinds: Group[];
}

export interface BottleneckSettings {
  threshold: number;
  windowMonths: number;
  /** 0 while the defaults apply. */
  version: number;
  updatedAt: IsoDateTime | null;
}

export interface BottleneckSettingsInput {
  threshold: number;
  windowMonths: number;
  version: number;
}

export interface FlagInput {
  /** An existing open bottleneck; leave out to start a new one with a title. */
  bottleneckId?: string;
  title?: string;
  ownerOrganisation?: string | null;
  description?: string | null;
  /** Why this case belongs to it, without anything that points at the household. */
  note?: string | null;
}

export interface CaseBottleneck {
  id: string;
  basis: Basis;
  title: string;
  status: BottleneckStatus;
  statusLabel: string;
  ownerOrganisation: string | null;
  flaggedByHand: boolean;
}
