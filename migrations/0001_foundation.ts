import { type Kysely, sql } from 'kysely';

/**
 * The foundation: municipalities, accounts, households, cases with their intakes and timeline,
 * the processing log and the audit chain. Every tenant-owned table keys on (tenant_id, id) so the
 * data can later be sharded by municipality, and row-level security hides other municipalities'
 * rows from the application role even when a query forgets its `where`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    do $$ begin
      if not exists (select from pg_roles where rolname = 'doorbraak_app') then
        create role doorbraak_app nologin;
      end if;
    end $$`.execute(db);
  // The connecting (owner) role switches to doorbraak_app per transaction.
  await sql`grant doorbraak_app to current_user`.execute(db);

  await sql`
    create table tenant (
      id uuid primary key,
      slug text not null unique,
      name text not null,
      created_at timestamptz not null default now()
    );
    create table app_user (
      id uuid primary key,
      email text not null unique check (email = lower(email)),
      name text not null,
      phone text,
      password_hash text,
      created_at timestamptz not null default now(),
      disabled_at timestamptz
    );
    create table membership (
      tenant_id uuid not null references tenant(id),
      user_id uuid not null references app_user(id),
      roles text[] not null,
      organisation text,
      created_at timestamptz not null default now(),
      primary key (tenant_id, user_id)
    );
    create index membership_user on membership (user_id);
    create table session (
      token_hash text primary key,
      user_id uuid not null references app_user(id),
      tenant_id uuid not null references tenant(id),
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index session_by_user on session (user_id);
    create table rate_limit (
      bucket text primary key,
      window_start timestamptz not null,
      hits integer not null
    );
    create table tenant_counter (
      tenant_id uuid not null references tenant(id),
      name text not null,
      value bigint not null,
      primary key (tenant_id, name)
    );

    create table household (
      tenant_id uuid not null references tenant(id),
      id uuid not null,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id)
    );
    create table person (
      tenant_id uuid not null,
      id uuid not null,
      household_id uuid not null,
      name text not null,
      birth_date date not null,
      bsn_encrypted text,
      bsn_hash text,
      relation text,
      match_key text not null,
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, household_id) references household (tenant_id, id)
    );
    create index person_household on person (tenant_id, household_id);
    create index person_bsn on person (tenant_id, bsn_hash) where bsn_hash is not null;
    create index person_match on person (tenant_id, match_key);
    create index person_name_trgm on person using gin (name gin_trgm_ops);

    create table cases (
      tenant_id uuid not null,
      id uuid not null,
      reference text not null,
      household_id uuid not null,
      kind text not null default 'breakthrough' check (kind in ('breakthrough', 'consult', 'takeover')),
      status text not null default 'new' check (status in ('new', 'active', 'referred', 'closed')),
      step smallint not null default 1 check (step between 1 and 6),
      urgency text not null check (urgency in ('normal', 'urgent')),
      life_domains text[] not null,
      legal_basis text not null check (legal_basis in ('consent', 'legal_task')),
      consent_method text check (consent_method in ('verbal', 'written', 'digital')),
      contact jsonb not null default '{}',
      coordinator_id uuid references app_user(id),
      reported_at timestamptz not null,
      first_contact_due date not null,
      start_due date not null,
      next_due date,
      accepted_at timestamptz,
      referral_reason text,
      closed_at timestamptz,
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (tenant_id, id),
      unique (tenant_id, reference),
      foreign key (tenant_id, household_id) references household (tenant_id, id),
      check (status = 'new' or status = 'referred' or coordinator_id is not null)
    );
    create index cases_inbox on cases (tenant_id, status, next_due, id);
    create index cases_coordinator on cases (tenant_id, coordinator_id, next_due, id);
    create index cases_household on cases (tenant_id, household_id) where status in ('new', 'active');

    create table case_member (
      tenant_id uuid not null,
      case_id uuid not null,
      user_id uuid not null references app_user(id),
      role text not null check (role in ('coordinator', 'contributor', 'reader')),
      added_at timestamptz not null default now(),
      primary key (tenant_id, case_id, user_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index case_member_user on case_member (tenant_id, user_id);

    create table intake (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      reported_at timestamptz not null,
      story text not null,
      life_domains text[] not null,
      urgency text not null,
      reporter jsonb not null,
      reporter_user_id uuid references app_user(id),
      legal_basis text not null,
      consent_method text,
      receipt_hash text unique,
      first_contact_due date not null,
      start_due date not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index intake_case on intake (tenant_id, case_id, reported_at);
    create index intake_reporter on intake (tenant_id, reporter_user_id, reported_at desc);
    create index intake_story_fts on intake using gin (to_tsvector('dutch', story));

    create table case_event (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      at timestamptz not null default now(),
      type text not null,
      actor_id uuid references app_user(id),
      data jsonb not null default '{}',
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index case_event_case on case_event (tenant_id, case_id, at desc);

    create table processing_log (
      tenant_id uuid not null,
      id uuid not null,
      at timestamptz not null default now(),
      trace_id text not null,
      span_id text not null,
      activity text not null,
      action text not null check (action in ('read', 'create', 'update', 'delete')),
      object_type text not null,
      object_id uuid,
      case_id uuid,
      actor_id uuid,
      purpose text not null,
      legal_basis text not null,
      subject_pseudonym text not null,
      result text not null default 'success',
      origin text,
      primary key (tenant_id, id)
    );
    create index processing_log_subject on processing_log (tenant_id, subject_pseudonym, at);
    create index processing_log_case on processing_log (tenant_id, case_id, at);
    create index processing_log_actor on processing_log (tenant_id, actor_id, at);

    create table audit_head (
      tenant_id uuid primary key references tenant(id),
      seq bigint not null,
      hash text not null
    );
    create table audit_chain (
      tenant_id uuid not null,
      seq bigint not null,
      at timestamptz not null,
      actor_id uuid,
      action text not null,
      object_type text not null,
      object_id uuid,
      data jsonb not null,
      prev_hash text not null,
      hash text not null,
      primary key (tenant_id, seq)
    );
  `.execute(db);

  const tenantTables = [
    'household', 'person', 'cases', 'case_member', 'intake', 'case_event', 'processing_log',
    'audit_head', 'audit_chain', 'tenant_counter',
  ];
  for (const table of tenantTables) {
    await sql.raw(`
      alter table ${table} enable row level security;
      alter table ${table} force row level security;
      create policy tenant_isolation on ${table} to doorbraak_app
        using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
        with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
    `).execute(db);
  }
  // The owner role keeps full access (migrations, seeding, system jobs); it only runs outside requests.
  for (const table of tenantTables) {
    await sql.raw(`create policy owner_access on ${table} to current_user using (true) with check (true)`).execute(db);
  }
  await sql.raw(`
    grant usage on schema public to doorbraak_app;
    grant select on tenant, app_user, membership to doorbraak_app;
    grant select, insert, update on household, person, cases, case_member, intake, tenant_counter, audit_head to doorbraak_app;
    grant delete on case_member to doorbraak_app;
    grant select, insert on case_event, processing_log, audit_chain to doorbraak_app;
  `).execute(db);
}
