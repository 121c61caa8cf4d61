import type { ColumnType, Generated } from 'kysely';

type DateString = ColumnType<string, string, string>;
/** bigint comes back as a string from pg; write numbers. */
type Big = ColumnType<string, number | string, number | string>;
type Json<T> = ColumnType<T, string, string>;

export interface CornerRow { key: string; name: string; description: string }
export interface RuleSnapshot { id: string; code: string; name: string; law: string; article: string | null; purpose: string }
export interface WeighingRow { key: string; name: string; description: string; text: string }
export interface SkippedLevel { levelId: string; name: string; reason: string }

/** Tables of migration 0008: decision settings, the mandate ladder, decision requests and the budget. */
export interface DecisionTables {
  decision_settings: {
    tenant_id: string; corners: Json<CornerRow[]>; due_working_days: Generated<number>; objection_address: string | null;
    version: Generated<number>; updated_by: string | null; updated_at: Generated<Date>;
  };
  mandate_level: {
    tenant_id: string; id: string; rank: number; name: string; max_cents: Big | null; life_domains: Generated<string[]>;
    rule_ids: Generated<string[]>; active: Generated<boolean>; version: Generated<number>; created_at: Generated<Date>;
  };
  mandate_holder: {
    tenant_id: string; level_id: string; user_id: string; may_decide_own: Generated<boolean>; added_by: string | null;
    added_at: Generated<Date>;
  };
  decision_request: {
    tenant_id: string; id: string; case_id: string; requested_by: string; requested_at: Generated<Date>;
    question: string; proposed_step: string; alternatives: string | null; rules: Json<RuleSnapshot[]>;
    blocker_kinds: Generated<string[]>; life_domains: Generated<string[]>; cost_sum: Json<Record<string, unknown>>;
    amount_cents: Big; weighing: Json<WeighingRow[]>; resident_view: string | null; level_id: string; due_on: DateString;
    escalations: Generated<number>; status: Generated<'pending' | 'decided' | 'withdrawn'>;
    outcome: 'approved' | 'approved_with_conditions' | 'declined' | null; reasons: string | null; conditions: string | null;
    next_steps: string | null; approved_cents: Big | null; decided_by: string | null; decided_at: Date | null;
    decided_level_id: string | null; withdrawn_reason: string | null; version: Generated<number>;
  };
  decision_rule: { tenant_id: string; decision_id: string; rule_id: string };
  decision_step: {
    tenant_id: string; id: string; decision_id: string; at: Generated<Date>; level_id: string; reason: 'routed' | 'overdue';
    due_on: DateString; skipped: Json<SkippedLevel[]>; actor_id: string | null;
  };
  budget: {
    tenant_id: string; id: string; year: number; amount_cents: Big; note: string | null; version: Generated<number>;
    updated_by: string | null; updated_at: Generated<Date>;
  };
  budget_entry: {
    tenant_id: string; id: string; budget_id: string; case_id: string; decision_id: string;
    kind: 'commitment' | 'payment' | 'release'; amount_cents: Big; entry_date: DateString;
    payee_kind: 'organisation' | 'resident' | null; payee: string | null; note: string | null;
    created_by: string | null; created_at: Generated<Date>;
  };
}
