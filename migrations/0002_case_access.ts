import { type Kysely, sql } from 'kysely';

/**
 * Need-to-know access: the case team with partner professionals and their shared sections,
 * invitations, consent per household member, other legal bases for sharing, break-glass access,
 * in-app notifications and the e-mail outbox.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Rights a person holds on top of their roles, such as 'consent_override' (share in an emergency without consent).
    alter table membership add column rights text[] not null default '{}';
    -- Sections the coordinator keeps internal: never shown to partner professionals.
    alter table cases add column internal_sections text[] not null default '{}';

    -- Partners get a list of sections; colleagues of the municipality (sections null) see all.
    alter table case_member add column sections text[];
    alter table case_member add column organisation text;
    alter table case_member add column added_by uuid references app_user(id);
    alter table case_member add column override_reason text;
    alter table case_member add column override_until timestamptz;

    create table invitation (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      email text not null check (email = lower(email)),
      name text not null,
      organisation text not null,
      role text not null check (role in ('contributor', 'reader')),
      sections text[] not null,
      override_reason text,
      token_hash text not null unique,
      invited_by uuid not null references app_user(id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_by uuid references app_user(id),
      revoked_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index invitation_case on invitation (tenant_id, case_id);

    create table consent (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      person_id uuid not null,
      purpose text not null,
      organisations text[] not null,
      sections text[] not null,
      method text not null check (method in ('verbal', 'written', 'digital')),
      given_on date not null,
      recorded_by uuid not null references app_user(id),
      recorded_at timestamptz not null default now(),
      withdrawn_at timestamptz,
      withdrawn_by uuid references app_user(id),
      withdrawal_note text,
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id),
      foreign key (tenant_id, person_id) references person (tenant_id, id)
    );
    create index consent_case on consent (tenant_id, case_id);

    -- Sharing on a legal basis other than consent, always with the article it rests on.
    create table share_basis (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      organisation text not null,
      sections text[] not null,
      legal_basis text not null check (legal_basis in ('legal_obligation', 'public_task', 'vital_interest')),
      article text not null check (length(article) > 0),
      recorded_by uuid not null references app_user(id),
      recorded_at timestamptz not null default now(),
      ended_at timestamptz,
      ended_by uuid references app_user(id),
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index share_basis_case on share_basis (tenant_id, case_id);

    create table break_glass (
      tenant_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      user_id uuid not null references app_user(id),
      reason text not null,
      opened_at timestamptz not null default now(),
      expires_at timestamptz not null,
      primary key (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index break_glass_user on break_glass (tenant_id, user_id, case_id, expires_at);
    create index break_glass_opened on break_glass (tenant_id, opened_at);

    create table notification (
      tenant_id uuid not null,
      id uuid not null,
      user_id uuid not null references app_user(id),
      kind text not null,
      case_id uuid,
      data jsonb not null default '{}',
      created_at timestamptz not null default now(),
      read_at timestamptz,
      primary key (tenant_id, id)
    );
    create index notification_user on notification (tenant_id, user_id, created_at desc);

    -- E-mail waits here until the delivery job sends it, so a failed send never loses a message.
    create table outbox (
      tenant_id uuid not null,
      id uuid not null,
      to_address text not null,
      subject text not null,
      body text not null,
      created_at timestamptz not null default now(),
      sent_at timestamptz,
      attempts integer not null default 0,
      last_error text,
      primary key (tenant_id, id)
    );
    create index outbox_unsent on outbox (created_at) where sent_at is null;
  `.execute(db);

  for (const table of ['invitation', 'consent', 'share_basis', 'break_glass', 'notification', 'outbox']) {
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
    grant select, insert, update on invitation, consent, share_basis, notification to doorbraak_app;
    grant select, insert on break_glass, outbox to doorbraak_app;
  `).execute(db);
}
