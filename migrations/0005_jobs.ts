import { type Kysely, sql } from 'kysely';

/**
 * Background jobs and recurring schedules, kept in the database so that several app instances
 * share one queue and one clock: a job is claimed with `for update skip locked` and a lease, and a
 * schedule row is advanced under a row lock, so each period yields exactly one job.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table job (
      id uuid primary key,
      tenant_id uuid references tenant(id),
      kind text not null,
      -- Ids and settings only: a payload is read by operators and never holds personal data.
      payload jsonb not null default '{}',
      -- The schedule that created the job, so a schedule never piles up unfinished runs.
      schedule text,
      run_at timestamptz not null,
      attempts integer not null default 0,
      max_attempts integer not null default 5 check (max_attempts > 0),
      locked_until timestamptz,
      -- The error's name or code only: a message may quote personal data.
      last_error text,
      done_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index job_due on job (run_at) where done_at is null and attempts < max_attempts;
    create index job_schedule_open on job (schedule) where done_at is null and schedule is not null;
    create index job_done on job (done_at) where done_at is not null;

    create table job_schedule (
      name text primary key,
      kind text not null,
      every_seconds integer check (every_seconds > 0),
      daily_at text check (daily_at ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
      time_zone text not null default 'Europe/Amsterdam',
      next_run_at timestamptz not null,
      updated_at timestamptz not null default now(),
      check ((every_seconds is null) <> (daily_at is null))
    );

    -- When the delivery job may try an unsent message again (backoff after a refusal).
    alter table outbox add column next_attempt_at timestamptz;
  `.execute(db);

  // Requests may enqueue work for their own municipality, inside their transaction, and nothing else:
  // no reading or changing the queue, no jobs for another municipality.
  await sql.raw(`
    alter table job enable row level security;
    alter table job force row level security;
    create policy tenant_enqueue on job for insert to doorbraak_app
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
    create policy owner_access on job to current_user using (true) with check (true);
    grant insert on job to doorbraak_app;
  `).execute(db);
}
