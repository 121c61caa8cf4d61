import { type Kysely, sql } from 'kysely';

/**
 * The privacy officer's tools: rights requests (AVG art. 15, 16, 17) with their outcome, the history
 * of rectified person data, retention periods per municipality and case kind, and the runs of the
 * retention job. An erased person keeps their row (cases and figures point at it) without a birth date.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table person alter column birth_date drop not null;
    alter table person add column version integer not null default 1;
    alter table person add column erased_at timestamptz;
    -- Set once the retention job has handled a finished case, so a later run skips it.
    alter table cases add column retention_done_at timestamptz;

    -- Old values are one encrypted JSON blob; erasure empties it and the reason, the row (who, when, which fields) stays.
    create table person_history (
      tenant_id uuid not null,
      id uuid not null,
      person_id uuid not null,
      changed_at timestamptz not null default now(),
      changed_by uuid references app_user(id),
      fields text[] not null,
      old_values text,
      reason text not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references person (tenant_id, id)
    );
    create index person_history_person on person_history (tenant_id, person_id, changed_at);

    create table privacy_request (
      tenant_id uuid not null,
      id uuid not null,
      kind text not null check (kind in ('access', 'rectification', 'erasure')),
      person_id uuid not null,
      status text not null check (status in ('done', 'refused')),
      legal_ground text,
      handled_by uuid not null references app_user(id),
      handled_at timestamptz not null default now(),
      note text,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references person (tenant_id, id),
      check (status = 'done' or legal_ground is not null)
    );
    create index privacy_request_person on privacy_request (tenant_id, person_id, handled_at);

    create table retention_policy (
      tenant_id uuid not null references tenant(id),
      case_kind text not null check (case_kind in ('breakthrough', 'consult', 'takeover')),
      years integer not null check (years between 1 and 120),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, case_kind)
    );

    create table retention_run (
      tenant_id uuid not null,
      id uuid not null,
      ran_at timestamptz not null,
      cases_processed integer not null,
      persons_erased integer not null,
      persons_kept integer not null,
      primary key (tenant_id, id)
    );
    create index retention_run_at on retention_run (tenant_id, ran_at);

    -- The privacy officer pages the whole log newest first, filtered by period or activity only.
    create index processing_log_at on processing_log (tenant_id, at, id);
    -- The retention job looks for finished cases it has not handled yet; a referred case has no closed_at.
    create index cases_retention_due on cases (tenant_id, (coalesce(closed_at, updated_at)))
      where retention_done_at is null and status in ('closed', 'referred');
  `.execute(db);

  for (const table of ['person_history', 'privacy_request', 'retention_policy', 'retention_run']) {
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
    grant select, insert on person_history, privacy_request, retention_run to doorbraak_app;
    grant update (old_values, reason) on person_history to doorbraak_app;
    grant select, insert, update on retention_policy to doorbraak_app;
  `).execute(db);
}
