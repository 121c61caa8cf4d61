import type { ColumnType, Generated } from 'kysely';
import type { AccessTables } from './database/access.ts';
import type { DecisionTables } from './database/decisions.ts';
import type { JobTables } from './database/jobs.ts';
import type { LearningTables } from './database/learning.ts';
import type { LoginTables } from './database/login.ts';
import type { PrivacyTables } from './database/privacy.ts';
import type { WorkflowTables } from './database/workflow.ts';

/** Column types of the database, as Kysely sees them. Dates are 'YYYY-MM-DD' strings. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DateString = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export interface TenantTable { id: string; slug: string; name: string; created_at: Generated<Date>; mfa_required: Generated<boolean> }
export interface AppUserTable {
  id: string; email: string; name: string; phone: string | null; password_hash: string | null;
  created_at: Generated<Date>; disabled_at: Date | null;
}
export interface MembershipTable {
  tenant_id: string; user_id: string; roles: string[]; organisation: string | null; created_at: Generated<Date>;
  rights: Generated<string[]>;
}
export interface SessionTable {
  token_hash: string; user_id: string; tenant_id: string; created_at: Generated<Date>;
  last_seen_at: Timestamp; expires_at: Timestamp; revoked_at: Date | null;
  id: string; stage: Generated<'full' | 'mfa' | 'mfa_setup'>; method: Generated<'password' | 'oidc'>;
  second_factor: 'totp' | 'recovery_code' | 'identity_provider' | null; user_agent: string | null;
}
export interface HouseholdTable { tenant_id: string; id: string; created_at: Generated<Date> }
export interface PersonTable {
  tenant_id: string; id: string; household_id: string; name: string; birth_date: DateString | null;
  bsn_encrypted: string | null; bsn_hash: string | null; relation: string | null; match_key: string;
  created_at: Generated<Date>; version: Generated<number>; erased_at: Date | null;
}
export interface Contact { address?: string; phone?: string; email?: string }
export interface Reporter { name: string; organisation?: string; phone?: string; email?: string }
export interface CasesTable {
  tenant_id: string; id: string; reference: string; household_id: string;
  kind: Generated<'breakthrough' | 'consult' | 'takeover'>;
  status: Generated<'new' | 'active' | 'referred' | 'closed'>;
  step: Generated<number>; urgency: 'normal' | 'urgent'; life_domains: string[];
  legal_basis: 'consent' | 'legal_task'; consent_method: string | null; contact: Json<Contact>;
  coordinator_id: string | null; reported_at: Timestamp; first_contact_due: DateString; start_due: DateString;
  next_due: DateString | null; accepted_at: Date | null; referral_reason: string | null; closed_at: Date | null;
  updated_at: Generated<Date>; version: Generated<number>; internal_sections: Generated<string[]>;
  retention_done_at: Date | null;
  advice: string | null; planned_return: DateString | null;
  outcome: 'breakthrough' | 'advice_given' | 'returned' | 'no_breakthrough' | 'moved_away' | 'other' | null;
  outcome_note: string | null; resident_words: string | null; closed_by: string | null; recurrence_of: string | null;
}
export interface CaseMemberTable {
  tenant_id: string; case_id: string; user_id: string; role: 'coordinator' | 'contributor' | 'reader';
  added_at: Generated<Date>; sections: string[] | null; organisation: string | null; added_by: string | null;
  override_reason: string | null; override_until: Date | null;
}
export interface IntakeTable {
  tenant_id: string; id: string; case_id: string; reported_at: Timestamp; story: string; life_domains: string[];
  urgency: string; reporter: Json<Reporter>; reporter_user_id: string | null; legal_basis: string;
  consent_method: string | null; receipt_hash: string | null; first_contact_due: DateString; start_due: DateString;
}
export interface CaseEventTable {
  tenant_id: string; id: string; case_id: string; at: Generated<Date>; type: string; actor_id: string | null;
  data: Json<Record<string, unknown>>;
}
export interface ProcessingLogTable {
  tenant_id: string; id: string; at: Generated<Date>; trace_id: string; span_id: string; activity: string;
  action: 'read' | 'create' | 'update' | 'delete'; object_type: string; object_id: string | null;
  case_id: string | null; actor_id: string | null; purpose: string; legal_basis: string;
  subject_pseudonym: string; result: Generated<string>; origin: string | null;
}
export interface AuditHeadTable { tenant_id: string; seq: ColumnType<string, number | string, number | string>; hash: string }
export interface AuditChainTable {
  tenant_id: string; seq: ColumnType<string, number | string, never>; at: Timestamp; actor_id: string | null;
  action: string; object_type: string; object_id: string | null; data: Json<Record<string, unknown>>;
  prev_hash: string; hash: string;
}

/** Every table; each later migration's tables are typed in src/database/. */
export interface Database extends AccessTables, LoginTables, PrivacyTables, JobTables, WorkflowTables, DecisionTables, LearningTables {
  tenant: TenantTable;
  app_user: AppUserTable;
  membership: MembershipTable;
  session: SessionTable;
  rate_limit: { bucket: string; window_start: Timestamp; hits: number };
  tenant_counter: { tenant_id: string; name: string; value: ColumnType<string, number, number> };
  household: HouseholdTable;
  person: PersonTable;
  cases: CasesTable;
  case_member: CaseMemberTable;
  intake: IntakeTable;
  case_event: CaseEventTable;
  processing_log: ProcessingLogTable;
  audit_head: AuditHeadTable;
  audit_chain: AuditChainTable;
}
