// Types of the need-to-know API: case team, invitations, consent and other legal bases,
// break-glass, notifications and the per-case processing view (server: src/access, src/consent,
// src/notifications). Instants are ISO strings (UTC); days are 'YYYY-MM-DD'.
import type { CaseOverview, DateOnly, IsoDateTime } from './types';

/** The parts of a case that can be shared with a partner or kept internal. */
export const CASE_SECTIONS = [
  'story',
  'household',
  'life_domains',
  'timeline',
  'involvements',
  'breakthrough',
  'plan',
] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export type CaseRole = 'coordinator' | 'contributor' | 'reader';
/** The roles a coordinator can give: meewerken (contributor) or meelezen (reader). */
export type MemberRole = Exclude<CaseRole, 'coordinator'>;

/** Why the viewer sees a case, and which sections. */
export interface CaseAccess {
  via: 'team' | 'triage' | 'break_glass';
  role: CaseRole;
  sections: CaseSection[];
  partner: boolean;
  /** End of a break-glass opening or of an emergency share; null otherwise. */
  until: IsoDateTime | null;
}

/**
 * The case overview as the server sends it since need-to-know access: sections that are not
 * shared with the viewer are null (story, household, reporter) or empty (life domains, timeline).
 */
export type SharedCaseOverview = Omit<CaseOverview, 'story' | 'household' | 'reporter'> & {
  story: string | null;
  household: CaseOverview['household'] | null;
  reporter: CaseOverview['reporter'] | null;
  version: number;
  internalSections: CaseSection[];
  access: CaseAccess;
};

export interface TeamMember {
  userId: string;
  name: string;
  email: string;
  phone: string | null;
  organisation: string | null;
  role: CaseRole;
  partner: boolean;
  /** null for colleagues of the municipality (they see every section). */
  sections: CaseSection[] | null;
  addedAt: IsoDateTime;
  /** End of an emergency share without consent. */
  overrideUntil: IsoDateTime | null;
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  name: string;
  organisation: string;
  role: MemberRole;
  sections: CaseSection[];
  status: InvitationStatus;
  createdAt: IsoDateTime;
  expiresAt: IsoDateTime;
  emergency: boolean;
}

export interface Team {
  members: TeamMember[];
  invitations: Invitation[];
  internalSections: CaseSection[];
  /** The case's version, sent back when changing the internal sections (409 when stale). */
  version: number;
}

export interface Colleague {
  id: string;
  name: string;
  organisation: string | null;
  roles: string[];
}

export interface InviteInput {
  email: string;
  name: string;
  organisation: string;
  role: MemberRole;
  sections: CaseSection[];
  /** Share without consent (right 'consent_override' only); the privacy officer is told. */
  emergency?: { reason: string };
}

export interface InviteResult {
  invitation: Invitation;
  /** '/uitnodiging#<token>': shown once, also sent by e-mail. */
  link: string;
}

export interface InvitationPreview {
  municipality: string;
  organisation: string;
  name: string;
  email: string;
  invitedBy: string;
  expiresAt: IsoDateTime;
  hasAccount: boolean;
}

export type ConsentMethod = 'verbal' | 'written' | 'digital';
export const OTHER_LEGAL_BASES = ['legal_obligation', 'public_task', 'vital_interest'] as const;
export type OtherLegalBasis = (typeof OTHER_LEGAL_BASES)[number];

export interface Consent {
  id: string;
  personId: string;
  personName: string;
  purpose: string;
  organisations: string[];
  sections: CaseSection[];
  method: ConsentMethod;
  givenOn: DateOnly;
  recordedAt: IsoDateTime;
  recordedBy: string | null;
  withdrawnAt: IsoDateTime | null;
  withdrawnBy: string | null;
  withdrawalNote: string | null;
}

export interface ShareBasis {
  id: string;
  organisation: string;
  sections: CaseSection[];
  legalBasis: OtherLegalBasis;
  article: string;
  recordedAt: IsoDateTime;
  recordedBy: string | null;
  endedAt: IsoDateTime | null;
}

export interface Consents {
  consents: Consent[];
  bases: ShareBasis[];
}

export interface ConsentInput {
  personId: string;
  purpose: string;
  organisations: string[];
  sections: CaseSection[];
  method: ConsentMethod;
  givenOn: DateOnly;
}

export interface BasisInput {
  organisation: string;
  sections: CaseSection[];
  legalBasis: OtherLegalBasis;
  article: string;
}

export type BreakGlassSearch = { reason: string } & ({ bsn: string } | { name: string; birthDate: DateOnly });

export interface BreakGlassResult {
  caseId: string;
  until: IsoDateTime;
}

export interface Notification {
  id: string;
  kind: string;
  caseId: string | null;
  text: string;
  at: IsoDateTime;
  read: boolean;
}

export interface Notifications {
  unread: number;
  items: Notification[];
}

export interface ProcessingLine {
  at: IsoDateTime;
  actor: string | null;
  organisation: string | null;
  activity: string;
  purpose: string;
  action: 'read' | 'create' | 'update' | 'delete';
  subjects: number;
}

export interface CaseProcessing {
  lines: ProcessingLine[];
  breakGlass: { at: IsoDateTime; until: IsoDateTime; name: string; reason: string }[];
}
