import { type Kysely, sql } from 'kysely';

/**
 * Learning across cases: systemic bottlenecks with their evidence and status history, the
 * solutions library (shared with other municipalities once the privacy officer approves), the
 * network directory with its links to involvements and bottlenecks, and the per-case facts the
 * policy view adds up. Nothing here holds a resident's name, BSN or address.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The threshold is a municipal choice: a small municipality may want to hear of two cases already.
    create table learning_setting (
      tenant_id uuid primary key,
      bottleneck_threshold smallint not null default 3 check (bottleneck_threshold between 2 and 100),
      bottleneck_window_months smallint not null default 12 check (bottleneck_window_months between 1 and 36),
      version integer not null default 1,
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now()
    );

    create table systemic_bottleneck (
      tenant_id uuid not null,
      id uuid not null,
      basis text not null check (basis in ('rule', 'organisation', 'manual')),
      rule_id uuid,
      organisation_key text,
      title text not null,
      description text,
      owner_organisation text,
      status text not null default 'signalled' check (status in ('signalled', 'on_agenda', 'in_discussion', 'resolved', 'not_taken_up')),
      resolution text check (resolution in ('rule_changed', 'practice_changed')),
      status_reason text,
      status_changed_at timestamptz not null default now(),
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      primary key (tenant_id, id),
      foreign key (tenant_id, rule_id) references rule (tenant_id, id),
      check ((basis = 'rule') = (rule_id is not null)),
      check ((basis = 'organisation') = (organisation_key is not null)),
      check (status <> 'resolved' or resolution is not null)
    );
    -- One open bottleneck per rule or organisation; once closed, a new one may be opened when cases keep coming.
    create unique index systemic_bottleneck_open_rule on systemic_bottleneck (tenant_id, rule_id)
      where basis = 'rule' and status in ('signalled', 'on_agenda', 'in_discussion');
    create unique index systemic_bottleneck_open_organisation on systemic_bottleneck (tenant_id, organisation_key)
      where basis = 'organisation' and status in ('signalled', 'on_agenda', 'in_discussion');
    create index systemic_bottleneck_status on systemic_bottleneck (tenant_id, status, updated_at desc);

    -- Cases a coordinator flagged by hand; rule and organisation bottlenecks find their cases themselves.
    create table bottleneck_case (
      tenant_id uuid not null,
      bottleneck_id uuid not null,
      case_id uuid not null,
      note text,
      flagged_by uuid references app_user(id),
      flagged_at timestamptz not null default now(),
      primary key (tenant_id, bottleneck_id, case_id),
      foreign key (tenant_id, bottleneck_id) references systemic_bottleneck (tenant_id, id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index bottleneck_case_case on bottleneck_case (tenant_id, case_id);

    -- Every status with its reason stays readable: "also when the answer is no".
    create table bottleneck_status_change (
      tenant_id uuid not null,
      id uuid not null,
      bottleneck_id uuid not null,
      status text not null,
      resolution text,
      reason text,
      changed_by uuid references app_user(id),
      changed_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, bottleneck_id) references systemic_bottleneck (tenant_id, id)
    );
    create index bottleneck_status_change_of on bottleneck_status_change (tenant_id, bottleneck_id, changed_at);

    create table library_entry (
      tenant_id uuid not null,
      id uuid not null,
      source_case_id uuid,
      municipality text not null,
      title text not null,
      problem text not null,
      blocker text not null,
      breakthrough text not null,
      outcome text,
      origin text,
      current_yearly_cents bigint not null default 0 check (current_yearly_cents >= 0),
      one_off_cents bigint not null default 0 check (one_off_cents >= 0),
      yearly_cents bigint not null default 0 check (yearly_cents >= 0),
      avoided_1y_cents bigint not null default 0,
      avoided_5y_cents bigint not null default 0,
      life_domains text[] not null default '{}',
      blocker_kinds text[] not null default '{}',
      rule_ids uuid[] not null default '{}',
      -- Codes and names travel with the entry: another municipality has other rule ids.
      rule_codes text[] not null default '{}',
      rule_labels text[] not null default '{}',
      rules_text text not null default '',
      sharing text not null default 'local' check (sharing in ('local', 'requested', 'approved', 'refused')),
      sharing_note text,
      sharing_decided_by uuid references app_user(id),
      sharing_decided_at timestamptz,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      search tsvector generated always as (
        setweight(to_tsvector('dutch', title), 'A') ||
        setweight(to_tsvector('dutch', problem || ' ' || blocker || ' ' || breakthrough), 'B') ||
        setweight(to_tsvector('dutch', coalesce(outcome, '') || ' ' || rules_text), 'C')
      ) stored,
      primary key (tenant_id, id)
    );
    create unique index library_entry_case on library_entry (tenant_id, source_case_id) where source_case_id is not null;
    create index library_entry_search on library_entry using gin (search);
    create index library_entry_domains on library_entry using gin (life_domains);
    create index library_entry_kinds on library_entry using gin (blocker_kinds);
    create index library_entry_rules on library_entry using gin (rule_codes);
    create index library_entry_recent on library_entry (tenant_id, created_at desc);
    create index library_entry_shared on library_entry (created_at desc) where sharing = 'approved';

    create table network_contact (
      tenant_id uuid not null,
      id uuid not null,
      name text not null,
      organisation text not null,
      organisation_kind text not null,
      department text,
      role text not null,
      can_decide text,
      life_domains text[] not null default '{}',
      phone text,
      email text,
      reach text,
      notes text,
      active boolean not null default true,
      created_by uuid references app_user(id),
      created_at timestamptz not null default now(),
      updated_by uuid references app_user(id),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      search tsvector generated always as (
        setweight(to_tsvector('dutch', name || ' ' || organisation || ' ' || coalesce(department, '')), 'A') ||
        setweight(to_tsvector('dutch', role || ' ' || coalesce(can_decide, '')), 'B') ||
        setweight(to_tsvector('dutch', coalesce(reach, '') || ' ' || coalesce(notes, '')), 'C')
      ) stored,
      primary key (tenant_id, id)
    );
    create index network_contact_search on network_contact using gin (search);
    -- Half a word ("toesl", "Hoekstr") finds a contact too.
    create index network_contact_trgm on network_contact using gin (lower(name || ' ' || organisation) gin_trgm_ops);
    create index network_contact_kind on network_contact (tenant_id, organisation_kind, active);

    create table involvement_contact (
      tenant_id uuid not null,
      involvement_id uuid not null,
      contact_id uuid not null,
      linked_by uuid references app_user(id),
      linked_at timestamptz not null default now(),
      primary key (tenant_id, involvement_id),
      foreign key (tenant_id, involvement_id) references involvement (tenant_id, id),
      foreign key (tenant_id, contact_id) references network_contact (tenant_id, id)
    );
    create index involvement_contact_contact on involvement_contact (tenant_id, contact_id);

    create table bottleneck_contact (
      tenant_id uuid not null,
      bottleneck_id uuid not null,
      contact_id uuid not null,
      primary key (tenant_id, bottleneck_id, contact_id),
      foreign key (tenant_id, bottleneck_id) references systemic_bottleneck (tenant_id, id),
      foreign key (tenant_id, contact_id) references network_contact (tenant_id, id)
    );
    create index bottleneck_contact_contact on bottleneck_contact (tenant_id, contact_id);

    -- One row per case with what the policy view adds up, refreshed by a job: the working-day lead
    -- times need the Dutch holiday calendar, which lives in the application, not in SQL.
    create table case_fact (
      tenant_id uuid not null,
      case_id uuid not null,
      reported_on date not null,
      status text not null,
      step smallint not null,
      kind text not null,
      outcome text,
      first_contact_on date,
      first_contact_days smallint,
      first_contact_in_norm boolean,
      started_on date,
      start_days smallint,
      start_in_norm boolean,
      closed_on date,
      recurrence boolean not null default false,
      has_cost_sum boolean not null default false,
      current_yearly_cents bigint not null default 0,
      one_off_cents bigint not null default 0,
      yearly_cents bigint not null default 0,
      avoided_1y_cents bigint not null default 0,
      refreshed_at timestamptz not null default now(),
      primary key (tenant_id, case_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index case_fact_reported on case_fact (tenant_id, reported_on);
    create index case_fact_closed on case_fact (tenant_id, closed_on) where closed_on is not null;
    create index case_fact_open on case_fact (tenant_id, status, step) where status in ('new', 'active');

    create table fact_refresh (
      tenant_id uuid primary key,
      -- Changes up to this moment are in case_fact; the next run looks only at what came after.
      refreshed_through timestamptz not null,
      refreshed_at timestamptz not null default now()
    );

    -- The incremental refresh asks "what changed since", and the weekly intake count "what came in since".
    create index case_event_at on case_event (tenant_id, at);
    create index case_cost_computed on case_cost (tenant_id, computed_at);
    create index intake_reported on intake (tenant_id, reported_at);
    -- Organisations are typed by hand: case and spacing do not make another one.
    create index involvement_organisation_key on involvement (tenant_id, (lower(btrim(regexp_replace(organisation, '\\s+', ' ', 'g')))));
  `.execute(db);

  const tables = ['learning_setting', 'systemic_bottleneck', 'bottleneck_case', 'bottleneck_status_change', 'network_contact',
    'involvement_contact', 'bottleneck_contact', 'case_fact', 'fact_refresh'];
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
  // Entries approved for sharing can be read by every municipality; each still writes only its own.
  await sql.raw(`
    alter table library_entry enable row level security;
    alter table library_entry force row level security;
    create policy tenant_isolation on library_entry to doorbraak_app
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
    create policy shared_read on library_entry for select to doorbraak_app using (sharing = 'approved');
    create policy owner_access on library_entry to current_user using (true) with check (true);
  `).execute(db);
  // Row-level security keeps the text match (@@, not leakproof) from using the full-text index: it
  // would be checked only after the visibility policy, row by row. These functions apply the same
  // visibility themselves, as owner, so the planner can combine it with the GIN indexes.
  await sql.raw(`
    create function library_matches(q tsquery) returns table (id uuid, tenant_id uuid, rank real)
      language sql stable security definer set search_path = public as $$
        select e.id, e.tenant_id, ts_rank_cd(e.search, q) from library_entry e
        where e.search @@ q
          and (e.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid or e.sharing = 'approved')
      $$;
    -- Candidates are bounded before scoring: entries sharing a rule or words (the strongest signals),
    -- and of those sharing only a life domain or kind, the most recent ones, own and shared.
    create function library_similar(domains text[], kinds text[], rules text[], tq tsquery, exclude_case uuid, lim integer)
      returns table (id uuid, tenant_id uuid, score double precision, text_match boolean)
      language sql stable security definer set search_path = public as $$
        with candidates as (
          (select e.id, e.tenant_id, e.created_at, e.life_domains, e.blocker_kinds, e.rule_codes, e.search, e.source_case_id
            from library_entry e
            where (e.rule_codes && rules or e.search @@ tq)
              and (e.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid or e.sharing = 'approved')
            order by e.created_at desc limit 2000)
          union all
          (select e.id, e.tenant_id, e.created_at, e.life_domains, e.blocker_kinds, e.rule_codes, e.search, e.source_case_id
            from library_entry e
            where e.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and (e.life_domains && domains or e.blocker_kinds && kinds)
            order by e.tenant_id, e.created_at desc limit 500)
          union all
          (select e.id, e.tenant_id, e.created_at, e.life_domains, e.blocker_kinds, e.rule_codes, e.search, e.source_case_id
            from library_entry e
            where e.sharing = 'approved' and e.tenant_id <> nullif(current_setting('app.tenant_id', true), '')::uuid
              and (e.life_domains && domains or e.blocker_kinds && kinds)
            order by e.created_at desc limit 500)
        ), distinct_candidates as (select distinct on (c.id) c.* from candidates c order by c.id)
        select c.id, c.tenant_id,
          0.25 * (select count(*) from unnest(c.life_domains) x where x = any(domains))::float8 / greatest(cardinality(domains), 1)
          + 0.2 * (select count(*) from unnest(c.blocker_kinds) x where x = any(kinds))::float8 / greatest(cardinality(kinds), 1)
          + 0.3 * (select count(*) from unnest(c.rule_codes) x where x = any(rules))::float8 / greatest(cardinality(rules), 1)
          + 0.25 * case when c.search @@ tq then least(ts_rank_cd(c.search, tq, 1) * 4, 1) else 0 end,
          coalesce(c.search @@ tq, false)
        from distinct_candidates c
        where not (c.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and c.source_case_id is not distinct from exclude_case)
        order by 3 desc, c.created_at desc, c.id
        limit lim
      $$;
    revoke all on function library_matches(tsquery) from public;
    revoke all on function library_similar(text[], text[], text[], tsquery, uuid, integer) from public;
    grant execute on function library_matches(tsquery), library_similar(text[], text[], text[], tsquery, uuid, integer) to doorbraak_app;
  `).execute(db);
  await sql.raw(`
    grant select, insert, update on ${[...tables, 'library_entry'].join(', ')} to doorbraak_app;
    grant delete on bottleneck_case, involvement_contact, bottleneck_contact, library_entry to doorbraak_app;
  `).execute(db);
}
