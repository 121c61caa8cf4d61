import { type Kysely, sql } from 'kysely';

/**
 * Staff login hardening: a second factor (TOTP with recovery codes), sessions that can be listed
 * and revoked one by one and that pass through a second-factor stage, the municipality's rule that
 * roles seeing personal data need a second factor, and login through the municipality's own
 * identity provider (OpenID Connect).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Existing municipalities keep working as they did; every municipality created from now on
    -- starts with the second factor required.
    alter table tenant add column mfa_required boolean not null default false;
    alter table tenant alter column mfa_required set default true;

    -- The primary key is the hash of the secret cookie; this id may be shown and used in URLs.
    alter table session add column id uuid not null default gen_random_uuid();
    alter table session alter column id drop default;
    create unique index session_id on session (id);
    -- 'mfa': password (or identity provider) accepted, code still to be entered;
    -- 'mfa_setup': the municipality requires a second factor that is not yet set up.
    alter table session add column stage text not null default 'full' check (stage in ('full', 'mfa', 'mfa_setup'));
    alter table session add column method text not null default 'password' check (method in ('password', 'oidc'));
    alter table session add column second_factor text check (second_factor in ('totp', 'recovery_code', 'identity_provider'));
    alter table session add column user_agent text;

    -- One authenticator per person. A new one waits in pending_secret_encrypted until a code from it
    -- is confirmed, so a half-finished setup never locks anyone out.
    create table user_totp (
      user_id uuid primary key references app_user(id),
      secret_encrypted text,
      pending_secret_encrypted text,
      enabled_at timestamptz,
      -- The last accepted time step: a code is only accepted for a later step, so it cannot be replayed.
      last_counter bigint,
      updated_at timestamptz not null default now(),
      check (enabled_at is null or secret_encrypted is not null)
    );

    create table recovery_code (
      user_id uuid not null references app_user(id),
      code_hash text not null,
      created_at timestamptz not null default now(),
      used_at timestamptz,
      primary key (user_id, code_hash)
    );

    create table identity_provider (
      tenant_id uuid primary key references tenant(id),
      issuer text not null check (issuer ~ '^https?://'),
      client_id text not null check (length(client_id) > 0),
      client_secret_encrypted text not null,
      label text not null check (length(label) > 0),
      enabled boolean not null default true,
      updated_at timestamptz not null default now(),
      updated_by uuid references app_user(id)
    );

    -- Which person an identity provider's subject is; made on the first login by verified e-mail.
    create table user_identity (
      issuer text not null,
      subject text not null,
      user_id uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      primary key (issuer, subject)
    );
    create index user_identity_user on user_identity (user_id);
  `.execute(db);

  await sql.raw(`
    alter table identity_provider enable row level security;
    alter table identity_provider force row level security;
    create policy tenant_isolation on identity_provider to doorbraak_app
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
    create policy owner_access on identity_provider to current_user using (true) with check (true);
    grant select, insert, update on identity_provider to doorbraak_app;
  `).execute(db);
}
