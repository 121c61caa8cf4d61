// Types of the Doorbraak HTTP API, as agreed in the contract with the backend (src/).
// Dates: 'YYYY-MM-DD' strings are calendar days; ISO strings with time are instants (UTC).

export type Role =
  | 'reporter'
  | 'coordinator'
  | 'mandate_holder'
  | 'partner'
  | 'policy'
  | 'privacy_officer'
  | 'administrator';

export interface Me {
  user: { id: string; name: string; email: string; phone?: string | null; organisation?: string | null };
  tenant: { id: string; name: string; slug: string };
  roles: Role[];
  /** Special rights, e.g. 'consent_override' (share without consent in an emergency). */
  rights: string[];
  mfa: { stage: 'done' | 'verify' | 'setup'; enabled: boolean; required: boolean; recoveryCodesLeft: number };
}

export const LIFE_DOMAINS = [
  'finances',
  'income',
  'housing',
  'physical_health',
  'mental_health',
  'addiction',
  'parenting',
  'social_network',
  'safety',
  'daytime_activities',
  'justice',
  'residence_status',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

export const CASE_STATUSES = ['new', 'active', 'referred', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STEPS = [1, 2, 3, 4, 5, 6] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

export type CaseKind = 'breakthrough' | 'consult' | 'takeover';
export type Urgency = 'normal' | 'urgent';
export type LegalBasis = 'consent' | 'legal_task';
export type ConsentMethod = 'verbal' | 'written' | 'digital';
/** Calendar day, 'YYYY-MM-DD'. */
export type DateOnly = string;
/** Instant, ISO 8601 with time zone. */
export type IsoDateTime = string;

export interface ContactDetails {
  address?: string;
  phone?: string;
  email?: string;
}

export interface ReporterDetails {
  name: string;
  organisation?: string;
  phone?: string;
  email?: string;
}

export interface IntakeMemberInput {
  name: string;
  birthDate: DateOnly;
  bsn?: string;
  relation?: string;
}

export interface IntakeInput {
  household: { members: IntakeMemberInput[]; contact?: ContactDetails };
  story: string;
  lifeDomains: LifeDomain[];
  urgency: Urgency;
  reporter: ReporterDetails;
  legalBasis: LegalBasis;
  consentMethod?: ConsentMethod;
  /** Municipality slug; public intake only; the default tenant when absent. */
  municipality?: string;
}

export interface IntakeReceipt {
  caseId: string;
  intakeId: string;
  reference: string;
  linked: boolean;
  firstContactDue: DateOnly;
  startDue: DateOnly;
  /** Public intake only: code to look up the status at /melding/{receipt}. */
  receipt?: string;
}

export interface PublicIntakeStatus {
  reference: string;
  status: CaseStatus;
  reportedAt: IsoDateTime;
  referralReason: string | null;
}

export interface MyIntake {
  intakeId: string;
  caseId: string;
  reference: string;
  status: CaseStatus;
  reportedAt: IsoDateTime;
  referralReason: string | null;
  firstContactDue: DateOnly;
  startDue: DateOnly;
}

export interface MyIntakes {
  items: MyIntake[];
}

export interface CaseListItem {
  id: string;
  reference: string;
  status: CaseStatus;
  step: CaseStep;
  kind: CaseKind;
  urgency: Urgency;
  storyExcerpt: string;
  lifeDomains: LifeDomain[];
  reportedAt: IsoDateTime;
  firstContactDue: DateOnly;
  startDue: DateOnly;
  overdue: boolean;
  coordinator: { id: string; name: string } | null;
}

export interface CaseList {
  items: CaseListItem[];
  nextCursor: string | null;
}

export type CaseView = 'inbox' | 'mine';
export type DueFilter = 'overdue' | 'week';

export interface CaseListQuery {
  view: CaseView;
  status?: CaseStatus;
  step?: CaseStep;
  due?: DueFilter;
  cursor?: string;
  limit?: number;
}

export interface HouseholdMember {
  id: string;
  name: string;
  birthDate: DateOnly | null;
  bsnMasked: string | null;
  relation: string | null;
}

export interface LinkedIntake {
  id: string;
  reportedAt: IsoDateTime;
  story: string;
  reporter: { name: string; organisation?: string };
}

export interface TimelineEvent {
  id: string;
  at: IsoDateTime;
  type: string;
  actor: string | null;
  summary: string;
}

export type CaseOverview = Omit<CaseListItem, 'coordinator'> & {
  story: string;
  legalBasis: LegalBasis;
  consentMethod: string | null;
  household: { id: string; members: HouseholdMember[]; contact: ContactDetails };
  reporter: ReporterDetails;
  coordinator: { id: string; name: string; email: string; phone: string } | null;
  acceptedAt: IsoDateTime | null;
  referralReason: string | null;
  linkedIntakes: LinkedIntake[];
  timeline: TimelineEvent[];
};

/** One failing field of an application/problem+json response. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as sent by the API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}
