import type { ColumnType, Generated } from 'kysely';

type DateString = ColumnType<string, string, string>;
/** bigint comes back as a string from pg; write numbers. */
type Big = ColumnType<string, number | string, number | string>;
/** Computed by the database from the text columns; never written. */
type SearchVector = ColumnType<string, never, never>;

/** Tables of migration 0009: systemic bottlenecks, the solutions library, the network directory and the policy facts. */
export interface LearningTables {
  learning_setting: {
    tenant_id: string; bottleneck_threshold: Generated<number>; bottleneck_window_months: Generated<number>;
    version: Generated<number>; updated_by: string | null; updated_at: Generated<Date>;
  };
  systemic_bottleneck: {
    tenant_id: string; id: string; basis: 'rule' | 'organisation' | 'manual'; rule_id: string | null; organisation_key: string | null;
    title: string; description: string | null; owner_organisation: string | null;
    status: Generated<'signalled' | 'on_agenda' | 'in_discussion' | 'resolved' | 'not_taken_up'>;
    resolution: 'rule_changed' | 'practice_changed' | null; status_reason: string | null; status_changed_at: Generated<Date>;
    created_by: string | null; created_at: Generated<Date>; updated_at: Generated<Date>; version: Generated<number>;
  };
  bottleneck_case: {
    tenant_id: string; bottleneck_id: string; case_id: string; note: string | null; flagged_by: string | null; flagged_at: Generated<Date>;
  };
  bottleneck_status_change: {
    tenant_id: string; id: string; bottleneck_id: string; status: string; resolution: string | null; reason: string | null;
    changed_by: string | null; changed_at: Generated<Date>;
  };
  library_entry: {
    tenant_id: string; id: string; source_case_id: string | null; municipality: string; title: string; problem: string;
    blocker: string; breakthrough: string; outcome: string | null; origin: string | null;
    current_yearly_cents: Big; one_off_cents: Big; yearly_cents: Big; avoided_1y_cents: Big; avoided_5y_cents: Big;
    life_domains: string[]; blocker_kinds: string[]; rule_ids: string[]; rule_codes: string[]; rule_labels: string[]; rules_text: string;
    sharing: Generated<'local' | 'requested' | 'approved' | 'refused'>; sharing_note: string | null;
    sharing_decided_by: string | null; sharing_decided_at: Date | null;
    created_by: string | null; created_at: Generated<Date>; updated_by: string | null; updated_at: Generated<Date>;
    version: Generated<number>; search: SearchVector;
  };
  network_contact: {
    tenant_id: string; id: string; name: string; organisation: string; organisation_kind: string; department: string | null;
    role: string; can_decide: string | null; life_domains: string[]; phone: string | null; email: string | null;
    reach: string | null; notes: string | null; active: Generated<boolean>;
    created_by: string | null; created_at: Generated<Date>; updated_by: string | null; updated_at: Generated<Date>;
    version: Generated<number>; search: SearchVector;
  };
  involvement_contact: { tenant_id: string; involvement_id: string; contact_id: string; linked_by: string | null; linked_at: Generated<Date> };
  bottleneck_contact: { tenant_id: string; bottleneck_id: string; contact_id: string };
  case_fact: {
    tenant_id: string; case_id: string; reported_on: DateString; status: string; step: number; kind: string; outcome: string | null;
    first_contact_on: DateString | null; first_contact_days: number | null; first_contact_in_norm: boolean | null;
    started_on: DateString | null; start_days: number | null; start_in_norm: boolean | null; closed_on: DateString | null;
    recurrence: boolean; has_cost_sum: boolean; current_yearly_cents: Big; one_off_cents: Big; yearly_cents: Big;
    avoided_1y_cents: Big; refreshed_at: Generated<Date>;
  };
  fact_refresh: { tenant_id: string; refreshed_through: Date; refreshed_at: Generated<Date> };
}
