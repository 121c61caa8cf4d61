import { type Kysely, sql } from 'kysely';

/**
 * Decisions with mandate (step 5): per municipality the settings for decisions (values-triangle
 * corners, how many working days a decider has, where to object), the mandate ladder and who holds
 * each level, decision requests with their routing history, and the custom-solutions budget with
 * its entries (commitments, payments, releases).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table decision_settings (
      tenant_id uuid not null primary key,
      -- The corners of the values triangle: [{ key, name, description }].
      corners jsonb not null,
      due_working_days smallint not null default 5 check (due_working_days between 1 and 30),
      objection_address text,
      version integer not null default 1,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    );

    create table mandate_level (
      tenant_id uuid not null,
      id uuid not null,
      rank integer not null check (rank between 1 and 99),
      name text not null,
      -- One-off amount this level may decide; null means no upper limit.
      max_cents bigint check (max_cents >= 0),
      -- Narrowing: when not empty, the level only covers requests within these life domains / rules.
      life_domains text[] not null default '{}',
      rule_ids uuid[] not null default '{}',
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      unique (tenant_id, rank)
    );

    create table mandate_holder (
      tenant_id uuid not null,
      level_id uuid not null,
      user_id uuid not null references app_user(id),
      -- Four eyes by default: deciding one's own request needs this explicit right.
      may_decide_own boolean not null default false,
      added_by uuid references app_user(id),
      added_at timestamptz not null default now(),
      primary key (tenant_id, level_id, user_id),
      foreign key (tenant_id, level_id) references mandate_level (tenant_id, id) on delete cascade
    );
    create index mandate_holder_user on mandate_holder (tenant_id, user_id);

    create table decision_request (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      requested_by uuid not null references app_user(id),
      requested_at timestamptz not null default now(),
      question text not null,
      proposed_step text not null,
      alternatives text,
      -- Snapshots as the decider saw them: later edits of step 4 or the catalogue do not rewrite history.
      rules jsonb not null default '[]',
      blocker_kinds text[] not null default '{}',
      life_domains text[] not null default '{}',
      cost_sum jsonb not null,
      amount_cents bigint not null check (amount_cents >= 0),
      weighing jsonb not null,
      resident_view text,
      level_id uuid not null,
      due_on date not null,
      escalations integer not null default 0,
      status text not null default 'pending' check (status in ('pending', 'decided', 'withdrawn')),
      outcome text check (outcome in ('approved', 'approved_with_conditions', 'declined')),
      reasons text,
      conditions text,
      next_steps text,
      approved_cents bigint check (approved_cents >= 0),
      decided_by uuid references app_user(id),
      decided_at timestamptz,
      decided_level_id uuid,
      withdrawn_reason text,
      version integer not null default 1,
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id),
      foreign key (tenant_id, level_id) references mandate_level (tenant_id, id),
      foreign key (tenant_id, decided_level_id) references mandate_level (tenant_id, id),
      check ((status = 'decided') = (outcome is not null and decided_at is not null))
    );
    -- One open request per case: the decider answers one question at a time.
    create unique index decision_request_open on decision_request (tenant_id, case_id) where status = 'pending';
    create index decision_request_case on decision_request (tenant_id, case_id, requested_at desc);
    create index decision_request_level on decision_request (tenant_id, level_id) where status = 'pending';
    create index decision_request_due on decision_request (due_on) where status = 'pending';
    create index decision_request_decided on decision_request (tenant_id, decided_at desc) where status = 'decided';

    -- The rules a request is about: the key for precedent ("like cases, like answers").
    create table decision_rule (
      tenant_id uuid not null,
      decision_id uuid not null,
      rule_id uuid not null,
      primary key (tenant_id, decision_id, rule_id),
      foreign key (tenant_id, decision_id) references decision_request (tenant_id, id),
      foreign key (tenant_id, rule_id) references rule (tenant_id, id)
    );
    create index decision_rule_rule on decision_rule (tenant_id, rule_id);

    -- Where a request went and why: routed at the start, escalated when overdue. Append-only.
    create table decision_step (
      tenant_id uuid not null,
      id uuid not null,
      decision_id uuid not null,
      at timestamptz not null default now(),
      level_id uuid not null,
      reason text not null check (reason in ('routed', 'overdue')),
      due_on date not null,
      -- The lower levels passed over, each with why: [{ levelId, name, reason }].
      skipped jsonb not null default '[]',
      actor_id uuid references app_user(id),
      primary key (tenant_id, id),
      foreign key (tenant_id, decision_id) references decision_request (tenant_id, id),
      foreign key (tenant_id, level_id) references mandate_level (tenant_id, id)
    );
    create index decision_step_decision on decision_step (tenant_id, decision_id, at);

    create table budget (
      tenant_id uuid not null,
      id uuid not null,
      year smallint not null check (year between 2000 and 2100),
      amount_cents bigint not null check (amount_cents >= 0),
      note text,
      version integer not null default 1,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      unique (tenant_id, year)
    );

    -- The ledger: never changed, only added to, so every total can be recomputed and audited.
    create table budget_entry (
      tenant_id uuid not null,
      id uuid not null,
      budget_id uuid not null,
      case_id uuid not null,
      decision_id uuid not null,
      kind text not null check (kind in ('commitment', 'payment', 'release')),
      amount_cents bigint not null check (amount_cents > 0),
      entry_date date not null,
      payee_kind text check (payee_kind in ('organisation', 'resident')),
      -- Only an organisation's name: a payment to the resident names nobody here.
      payee text,
      note text,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, budget_id) references budget (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id),
      foreign key (tenant_id, decision_id) references decision_request (tenant_id, id),
      check ((kind = 'payment') = (payee_kind is not null)),
      check (payee_kind = 'organisation' or payee is null)
    );
    create index budget_entry_budget on budget_entry (tenant_id, budget_id, entry_date);
    create index budget_entry_decision on budget_entry (tenant_id, decision_id);
    create index budget_entry_case on budget_entry (tenant_id, case_id);
  `.execute(db);

  const tables = ['decision_settings', 'mandate_level', 'mandate_holder', 'decision_request', 'decision_rule', 'decision_step', 'budget', 'budget_entry'];
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
    grant select, insert, update on decision_settings, mandate_level, decision_request, budget to doorbraak_app;
    grant select, insert, update, delete on mandate_holder to doorbraak_app;
    grant select, insert on decision_rule, decision_step, budget_entry to doorbraak_app;
    -- Erasure and retention blank an entry's free text; amounts, dates and kinds stay untouchable.
    grant update (note) on budget_entry to doorbraak_app;
  `).execute(db);
}
