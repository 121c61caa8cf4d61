import { type Kysely, sql } from 'kysely';

/**
 * The six-step breakthrough workflow: step states, life-domain assessments, the price list and the
 * agencies involved with their yearly cost, perspective, blocker with the rules catalogue, the cost
 * sum kept per case for later figures, the perspectiefplan, warm handovers, closure and follow-ups.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Advice and temporary takeover next to the full breakthrough case; closure with the resident's own words.
    alter table cases add column advice text;
    alter table cases add column planned_return date;
    alter table cases add column outcome text check (outcome in ('breakthrough', 'advice_given', 'returned', 'no_breakthrough', 'moved_away', 'other'));
    alter table cases add column outcome_note text;
    alter table cases add column resident_words text;
    alter table cases add column closed_by uuid references app_user(id);
    -- A household that comes back within a year of closure: the earlier case it returns to.
    alter table cases add column recurrence_of uuid;
    -- The open-cases index of 0001 is partial; recurrence looks at closed cases of the household too.
    create index cases_household_closed on cases (tenant_id, household_id, closed_at) where status = 'closed';

    create table case_step (
      tenant_id uuid not null,
      case_id uuid not null,
      step smallint not null check (step between 1 and 6),
      completed_at timestamptz,
      completed_by uuid references app_user(id),
      reopened_at timestamptz,
      primary key (tenant_id, case_id, step),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );

    -- Each assessment is kept; the latest per domain is the current state.
    create table life_domain_assessment (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      domain text not null,
      state text not null check (state in ('stable', 'under_pressure', 'crisis')),
      note text,
      reported_by text,
      assessed_by uuid references app_user(id),
      assessed_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index life_domain_assessment_case on life_domain_assessment (tenant_id, case_id, domain, assessed_at desc);

    create table price_item (
      tenant_id uuid not null,
      id uuid not null,
      service text not null,
      unit text not null check (unit in ('year', 'month', 'week', 'day', 'hour', 'trajectory', 'event')),
      tariff_cents bigint not null check (tariff_cents >= 0),
      source text,
      valid_from date not null,
      valid_until date,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id)
    );

    create table involvement (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      organisation text not null,
      contact_name text,
      contact_details text,
      price_item_id uuid,
      service text not null,
      since date,
      -- Units of the price item per year (e.g. 52 weeks, 120 hours); the yearly cost follows from it.
      units_per_year numeric(10, 2),
      intensity text,
      yearly_cost_cents bigint not null check (yearly_cost_cents >= 0),
      ended_on date,
      version integer not null default 1,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id),
      foreign key (tenant_id, price_item_id) references price_item (tenant_id, id)
    );
    create index involvement_case on involvement (tenant_id, case_id);

    create table perspective (
      tenant_id uuid not null,
      case_id uuid not null,
      own_words text,
      own_strength text,
      network_strength text,
      needs text,
      dream_scenario text,
      version integer not null default 1,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, case_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );

    -- The catalogue of laws and policies that block, maintained per municipality.
    create table rule (
      tenant_id uuid not null,
      id uuid not null,
      code text not null,
      name text not null,
      law text not null,
      article text,
      purpose text,
      url text,
      active boolean not null default true,
      version integer not null default 1,
      primary key (tenant_id, id),
      unique (tenant_id, code)
    );

    create table blocker (
      tenant_id uuid not null,
      case_id uuid not null,
      problem text,
      kinds text[] not null default '{}' check (kinds <@ array['rule', 'interpretation', 'habit', 'money', 'capacity', 'registration', 'data_sharing', 'other']::text[]),
      blocked_by text,
      proposed_step text,
      one_off_cents bigint check (one_off_cents >= 0),
      yearly_cents bigint check (yearly_cents >= 0),
      version integer not null default 1,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, case_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    -- One row per rule that blocks a case: the grouping key for systemic bottlenecks later.
    create table blocker_rule (
      tenant_id uuid not null,
      case_id uuid not null,
      rule_id uuid not null,
      primary key (tenant_id, case_id, rule_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id),
      foreign key (tenant_id, rule_id) references rule (tenant_id, id)
    );
    create index blocker_rule_rule on blocker_rule (tenant_id, rule_id);

    -- Muddling on against breaking through, kept per case in the same transaction as its inputs.
    create table case_cost (
      tenant_id uuid not null,
      case_id uuid not null,
      current_yearly_cents bigint not null default 0,
      one_off_cents bigint not null default 0,
      yearly_cents bigint not null default 0,
      avoided_1y_cents bigint not null default 0,
      avoided_3y_cents bigint not null default 0,
      avoided_5y_cents bigint not null default 0,
      agencies integer not null default 0,
      computed_at timestamptz not null default now(),
      primary key (tenant_id, case_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );

    create table plan_goal (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      text text not null,
      source text not null default 'other' check (source in ('perspective', 'breakthrough', 'other')),
      position integer not null default 0,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index plan_goal_case on plan_goal (tenant_id, case_id);

    create table plan_action (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      goal_id uuid,
      what text not null,
      owner_kind text not null check (owner_kind in ('household', 'network', 'professional')),
      owner_name text not null,
      owner_user_id uuid references app_user(id),
      due_on date,
      status text not null default 'open' check (status in ('open', 'in_progress', 'done', 'dropped')),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id),
      foreign key (tenant_id, goal_id) references plan_goal (tenant_id, id) on delete set null
    );
    create index plan_action_case on plan_action (tenant_id, case_id);

    create table handover (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      from_user uuid not null references app_user(id),
      to_user uuid not null references app_user(id),
      note text not null,
      status text not null default 'offered' check (status in ('offered', 'accepted', 'refused', 'withdrawn')),
      answer text,
      offered_at timestamptz not null default now(),
      answered_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    -- At most one open offer per case: the owner stays the owner until it is answered.
    create unique index handover_open on handover (tenant_id, case_id) where status = 'offered';

    create table follow_up (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      months smallint not null check (months in (3, 6, 12)),
      due_on date not null,
      done_at timestamptz,
      done_by uuid references app_user(id),
      result text check (result in ('holding', 'wavering', 'relapsed')),
      note text,
      reopened boolean not null default false,
      reminded_at timestamptz,
      primary key (tenant_id, id),
      unique (tenant_id, case_id, months),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index follow_up_due on follow_up (due_on) where done_at is null;
  `.execute(db);

  const tables = ['case_step', 'life_domain_assessment', 'price_item', 'involvement', 'perspective', 'rule', 'blocker',
    'blocker_rule', 'case_cost', 'plan_goal', 'plan_action', 'handover', 'follow_up'];
  for (const table of tables) {
    await sql.raw(`
      alter table ${table} enable row level security;
      alter table ${table} force row level security;
      create policy tenant_isolation on ${table} to doorbraak_app
        using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
      create policy owner_access on ${table} to current_user using (true) with check (true);
    `).execute(db);
  }
  await sql.raw(`
    grant select, insert, update on ${tables.join(', ')} to doorbraak_app;
    grant delete on blocker_rule, plan_goal, plan_action to doorbraak_app;
  `).execute(db);
}
