// Types of the login-security, privacy-officer and login-administration parts of the API
// (src/accounts/schema.ts and src/privacy/schema.ts on the server).
import type { CaseKind, CaseStatus, DateOnly, IsoDateTime, Me } from './types';

// ---- login and second factor ----

export type MfaStatus = Me['mfa'];

/** POST /api/auth/login and /api/auth/mfa/verify: signed in, or the code from the app comes first. */
export type LoginResult = (Me & { mfaRequired: false }) | { mfaRequired: true; mfa: MfaStatus };

/** Where a session stands, as the login page needs to know it. */
export type SessionStage =
  | { stage: 'none' }
  | { stage: 'verify' }
  | { stage: 'setup' }
  | { stage: 'done'; me: Me };

export interface MfaSetup {
  /** Base32, to type into the app. */
  secret: string;
  /** otpauth:// address (what a QR code would carry). */
  uri: string;
  issuer: string;
  account: string;
}

export interface RecoveryCodes {
  recoveryCodes: string[];
  mfa: MfaStatus;
}

export interface SessionItem {
  id: string;
  createdAt: IsoDateTime;
  lastSeenAt: IsoDateTime;
  expiresAt: IsoDateTime;
  stage: 'full' | 'mfa' | 'mfa_setup';
  method: 'password' | 'oidc';
  secondFactor: 'totp' | 'recovery_code' | 'identity_provider' | null;
  userAgent: string | null;
  current: boolean;
}

export interface SessionList {
  items: SessionItem[];
}

export interface Revoked {
  revoked: number;
}

export interface PasswordChange {
  current: string;
  new: string;
}

export interface OidcProvider {
  /** The municipality (slug). */
  id: string;
  /** Text for the button. */
  label: string;
  startUrl: string;
}

/** Why a login through the municipality's identity provider came back to /inloggen?fout=… */
export const OIDC_FAILURES = ['niet-beschikbaar', 'verlopen', 'geweigerd', 'mislukt', 'onbekend'] as const;
export type OidcFailure = (typeof OIDC_FAILURES)[number];

// ---- administration ----

export interface LoginSettings {
  mfaRequired: boolean;
}

export interface IdentityProviderInput {
  issuer: string;
  clientId: string;
  /** Only sent to change it; never returned. */
  clientSecret?: string;
  label: string;
  enabled: boolean;
}

export interface IdentityProviderView {
  redirectUri: string;
  provider: {
    issuer: string;
    clientId: string;
    label: string;
    enabled: boolean;
    secretSet: boolean;
    updatedAt: IsoDateTime;
  } | null;
}

// ---- privacy officer ----

export type ProcessingAction = 'read' | 'create' | 'update' | 'delete';

export interface ProcessingFilter {
  person?: string;
  user?: string;
  case?: string;
  activity?: string;
  from?: DateOnly;
  to?: DateOnly;
}

export interface ProcessingRow {
  id: string;
  at: IsoDateTime;
  traceId: string;
  spanId: string;
  activity: string;
  purpose: string;
  action: ProcessingAction;
  objectType: string;
  objectId: string | null;
  caseReference: string | null;
  actor: { id: string; name: string; organisation: string | null } | null;
  legalBasis: string;
  result: string;
  origin: string | null;
  subjectPseudonym: string;
}

export interface ProcessingPage {
  items: ProcessingRow[];
  nextCursor: string | null;
}

export interface ProcessingActivity {
  id: string;
  purpose: string;
}

export interface PersonSearchInput {
  bsn?: string;
  name?: string;
  birthDate?: DateOnly;
}

export interface PersonCase {
  id: string;
  reference: string;
  kind: CaseKind;
  status: CaseStatus;
}

export interface PersonFound {
  id: string;
  name: string;
  birthDate: DateOnly | null;
  relation: string | null;
  bsnMasked: string | null;
  version: number;
  erased: boolean;
  cases: PersonCase[];
}

export type RectifiedPerson = Omit<PersonFound, 'cases'>;

export interface RectificationInput {
  name?: string;
  birthDate?: DateOnly;
  /** null removes a wrong BSN. */
  bsn?: string | null;
  relation?: string | null;
  reason: string;
  version?: number;
}

export type RectifiableField = 'name' | 'birthDate' | 'bsn' | 'relation';

export interface HistoryItem {
  id: string;
  changedAt: IsoDateTime;
  changedBy: { name: string; organisation: string | null } | null;
  fields: string[];
  reason: string;
  oldValues: Partial<Record<RectifiableField, string | null>> | null;
}

export interface ErasureResult {
  status: 'done';
  requestId: string;
  personsErased: number;
  casesBlanked: number;
}

export interface RetentionPolicy {
  caseKind: CaseKind;
  years: number;
  legalMinimumYears: number;
  isDefault: boolean;
}

export interface LegalRetentionRule {
  id: string;
  years: number;
  lifeDomains: 'all' | string[];
  ground: string;
}

export interface RetentionPolicies {
  policies: RetentionPolicy[];
  legalRules: LegalRetentionRule[];
}

export interface RetentionInput {
  policies: { caseKind: CaseKind; years: number }[];
}
