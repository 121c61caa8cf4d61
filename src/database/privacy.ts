import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

/** Tables of the privacy-officer migration: rights requests, rectification history, retention. */
export interface PrivacyTables {
  person_history: {
    tenant_id: string; id: string; person_id: string; changed_at: Generated<Date>; changed_by: string | null;
    fields: string[]; old_values: string | null; reason: string;
  };
  privacy_request: {
    tenant_id: string; id: string; kind: 'access' | 'rectification' | 'erasure'; person_id: string;
    status: 'done' | 'refused'; legal_ground: string | null; handled_by: string; handled_at: Generated<Date>; note: string | null;
  };
  retention_policy: {
    tenant_id: string; case_kind: 'breakthrough' | 'consult' | 'takeover'; years: number; updated_by: string | null;
    updated_at: Generated<Date>;
  };
  retention_run: {
    tenant_id: string; id: string; ran_at: Timestamp; cases_processed: number; persons_erased: number; persons_kept: number;
  };
}
