import type { ColumnType, Generated } from 'kysely';

/** bigint comes back as a string. */
type Counter = ColumnType<string | null, number | string | null, number | string | null>;

/** Tables of migration 0003: second factor, recovery codes and identity providers. */
export interface LoginTables {
  user_totp: {
    user_id: string; secret_encrypted: string | null; pending_secret_encrypted: string | null;
    enabled_at: Date | null; last_counter: Counter; updated_at: Generated<Date>;
  };
  recovery_code: { user_id: string; code_hash: string; created_at: Generated<Date>; used_at: Date | null };
  identity_provider: {
    tenant_id: string; issuer: string; client_id: string; client_secret_encrypted: string; label: string;
    enabled: boolean; updated_at: Generated<Date>; updated_by: string | null;
  };
  user_identity: { issuer: string; subject: string; user_id: string; created_at: Generated<Date> };
}
