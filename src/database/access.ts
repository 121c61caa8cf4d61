import type { ColumnType, Generated } from 'kysely';

type DateString = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

/** Tables of migration 0002: the case team's sharing, consent, break-glass, notifications and outbox. */
export interface AccessTables {
  invitation: {
    tenant_id: string; id: string; case_id: string; email: string; name: string; organisation: string;
    role: 'contributor' | 'reader'; sections: string[]; override_reason: string | null; token_hash: string;
    invited_by: string; created_at: Generated<Date>; expires_at: Date; accepted_at: Date | null;
    accepted_by: string | null; revoked_at: Date | null;
  };
  consent: {
    tenant_id: string; id: string; case_id: string; person_id: string; purpose: string; organisations: string[];
    sections: string[]; method: 'verbal' | 'written' | 'digital'; given_on: DateString; recorded_by: string;
    recorded_at: Generated<Date>; withdrawn_at: Date | null; withdrawn_by: string | null; withdrawal_note: string | null;
  };
  share_basis: {
    tenant_id: string; id: string; case_id: string; organisation: string; sections: string[];
    legal_basis: 'legal_obligation' | 'public_task' | 'vital_interest'; article: string; recorded_by: string;
    recorded_at: Generated<Date>; ended_at: Date | null; ended_by: string | null;
  };
  break_glass: {
    tenant_id: string; id: string; case_id: string; user_id: string; reason: string; opened_at: Generated<Date>; expires_at: Date;
  };
  notification: {
    tenant_id: string; id: string; user_id: string; kind: string; case_id: string | null;
    data: Json<Record<string, unknown>>; created_at: Generated<Date>; read_at: Date | null;
  };
  outbox: {
    tenant_id: string; id: string; to_address: string; subject: string; body: string; created_at: Generated<Date>;
    sent_at: Date | null; attempts: Generated<number>; last_error: string | null;
    /** Added by the jobs migration (0005). */
    next_attempt_at: Generated<Date | null>;
  };
}
