import type { ColumnType, Generated } from 'kysely';

type DateString = ColumnType<string, string, string>;
/** bigint and numeric come back as strings from pg; write numbers. */
type Big = ColumnType<string, number | string, number | string>;

/** Tables of the workflow migrations (0006, 0007): the six steps, costs, plan, handover and follow-up. */
export interface WorkflowTables {
  case_step: {
    tenant_id: string; case_id: string; step: number; completed_at: Date | null; completed_by: string | null;
    reopened_at: Date | null; reopen_reason: string | null;
  };
  life_domain_assessment: {
    tenant_id: string; id: string; case_id: string; domain: string; state: 'stable' | 'under_pressure' | 'crisis';
    note: string | null; reported_by: string | null; assessed_by: string | null; assessed_at: Generated<Date>;
  };
  price_item: {
    tenant_id: string; id: string; service: string; unit: 'year' | 'month' | 'week' | 'day' | 'hour' | 'trajectory' | 'event';
    tariff_cents: Big; source: string | null; valid_from: DateString; valid_until: DateString | null;
    version: Generated<number>; created_at: Generated<Date>;
  };
  involvement: {
    tenant_id: string; id: string; case_id: string; organisation: string; contact_name: string | null;
    contact_details: string | null; price_item_id: string | null; service: string; since: DateString | null;
    units_per_year: Big | null; intensity: string | null; yearly_cost_cents: Big; ended_on: DateString | null;
    version: Generated<number>; created_by: string | null; created_at: Generated<Date>;
  };
  perspective: {
    tenant_id: string; case_id: string; own_words: string | null; own_strength: string | null;
    network_strength: string | null; needs: string | null; dream_scenario: string | null;
    version: Generated<number>; updated_by: string | null; updated_at: Generated<Date>;
  };
  rule: {
    tenant_id: string; id: string; code: string; name: string; law: string; article: string | null;
    purpose: string | null; url: string | null; active: Generated<boolean>; version: Generated<number>;
  };
  blocker: {
    tenant_id: string; case_id: string; problem: string | null; kinds: Generated<string[]>; blocked_by: string | null;
    proposed_step: string | null; one_off_cents: Big | null; yearly_cents: Big | null;
    version: Generated<number>; updated_by: string | null; updated_at: Generated<Date>;
  };
  blocker_rule: { tenant_id: string; case_id: string; rule_id: string };
  case_cost: {
    tenant_id: string; case_id: string; current_yearly_cents: Big; one_off_cents: Big; yearly_cents: Big;
    avoided_1y_cents: Big; avoided_3y_cents: Big; avoided_5y_cents: Big; agencies: number; computed_at: Generated<Date>;
  };
  plan_goal: {
    tenant_id: string; id: string; case_id: string; text: string; source: Generated<'perspective' | 'breakthrough' | 'other'>;
    position: Generated<number>; version: Generated<number>; created_at: Generated<Date>;
  };
  plan_action: {
    tenant_id: string; id: string; case_id: string; goal_id: string | null; what: string;
    owner_kind: 'household' | 'network' | 'professional'; owner_name: string; owner_user_id: string | null;
    due_on: DateString | null; status: Generated<'open' | 'in_progress' | 'done' | 'dropped'>;
    version: Generated<number>; created_at: Generated<Date>;
  };
  handover: {
    tenant_id: string; id: string; case_id: string; from_user: string; to_user: string; note: string;
    status: Generated<'offered' | 'accepted' | 'refused' | 'withdrawn'>; answer: string | null;
    offered_at: Generated<Date>; answered_at: Date | null;
  };
  follow_up: {
    tenant_id: string; id: string; case_id: string; months: 3 | 6 | 12; due_on: DateString; done_at: Date | null;
    done_by: string | null; result: 'holding' | 'wavering' | 'relapsed' | null; note: string | null;
    reopened: Generated<boolean>; reminded_at: Date | null;
  };
}
