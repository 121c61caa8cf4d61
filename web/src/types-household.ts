// Types of the household members, the life-domain assessments, the agencies involved with their
// yearly cost and the price list (server: src/households, src/life-domains, src/involvements,
// src/price-list). Money is integer cents; days are 'YYYY-MM-DD'; instants are ISO strings (UTC).
import type { DateOnly, IsoDateTime, LifeDomain } from './types';
import type { SharedCaseOverview } from './types-access';

export interface Member {
  id: string;
  name: string;
  birthDate: DateOnly | null;
  relation: string | null;
  /** Last 4 digits only; never for partners. */
  bsnMasked: string | null;
  version: number;
}

export interface Members {
  householdId: string;
  members: Member[];
  /** The relation words the server accepts for a new or changed relation. */
  relations: string[];
}

export interface NewMemberInput {
  name: string;
  birthDate: DateOnly | null;
  relation: string;
}

export type MemberChangeInput = Partial<NewMemberInput> & { version: number };

export const ASSESSMENT_STATES = ['crisis', 'under_pressure', 'stable'] as const;
export type AssessmentState = (typeof ASSESSMENT_STATES)[number];

export interface Assessment {
  id: string;
  domain: LifeDomain;
  state: AssessmentState;
  note: string | null;
  reportedBy: string | null;
  assessedAt: IsoDateTime;
  assessedBy: { id: string; name: string } | null;
}

export interface LifeDomainsView {
  /** The latest assessment per assessed domain, in the fixed order of the twelve. */
  current: Assessment[];
  /** Domains that are not stable, from crisis to under pressure. */
  burning: LifeDomain[];
  /** Every assessment, newest first. */
  history: Assessment[];
}

export interface AssessmentInput {
  state: AssessmentState;
  note: string | null;
  reportedBy: string | null;
  /** The assessment the user saw (null: none yet); a newer one on the server gives 409. */
  basedOn: string | null;
}

export const PRICE_UNITS = ['year', 'month', 'week', 'day', 'hour', 'trajectory', 'event'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];

export interface PriceItem {
  id: string;
  service: string;
  unit: PriceUnit;
  tariffCents: number;
  source: string | null;
  validFrom: DateOnly;
  validUntil: DateOnly | null;
  validNow: boolean;
  version: number;
  /** Running involvements that use this tariff. */
  inUse: number;
}

export interface PriceItemInput {
  service: string;
  unit: PriceUnit;
  tariffCents: number;
  source: string | null;
  validFrom: DateOnly;
  validUntil: DateOnly | null;
}

export type PriceItemChangeInput = Partial<PriceItemInput> & { version: number };

export interface Involvement {
  id: string;
  organisation: string;
  contactName: string | null;
  contactDetails: string | null;
  priceItem: { id: string; service: string; unit: PriceUnit; tariffCents: number } | null;
  service: string;
  since: DateOnly | null;
  unitsPerYear: number | null;
  intensity: string | null;
  yearlyCostCents: number;
  endedOn: DateOnly | null;
  /** Still running today. */
  current: boolean;
  version: number;
}

export interface Involvements {
  items: Involvement[];
  /** Organisations with running support. */
  agencies: number;
  /** What the running support costs a year: "doormodderen". */
  yearlyTotalCents: number;
  /** Per organisation, the most expensive first. */
  byOrganisation: { organisation: string; yearlyCents: number; services: string[]; sharePercent: number }[];
}

export interface InvolvementInput {
  organisation: string;
  contactName: string | null;
  contactDetails: string | null;
  priceItemId: string | null;
  service: string | null;
  since: DateOnly | null;
  unitsPerYear: number | null;
  intensity: string | null;
  /** Only for a service that is not on the price list. */
  yearlyCostCents: number | null;
  endedOn: DateOnly | null;
}

export type InvolvementChangeInput = Partial<InvolvementInput> & { version: number };

/** The case overview with this area's fields: [] and null when the section is not shared with the viewer. */
export type HouseholdOverview = Omit<SharedCaseOverview, 'household'> & {
  household: (Omit<NonNullable<SharedCaseOverview['household']>, 'members'> & { members: Member[] }) | null;
  lifeDomainAssessments: Assessment[];
  involvements: Involvements | null;
};
