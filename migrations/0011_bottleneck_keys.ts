import { type Kysely, sql } from 'kysely';

/**
 * What systemic bottlenecks count, kept up to date as the cases change: one narrow row per case and
 * rule of its blocker, and per case with a blocker and organisation involved (by the organisation's
 * normalised name), with the case's report time and whether it is still open.
 *
 * Counting from the source tables meant, per bottleneck, normalising every involvement's name under
 * row-level security (which keeps that expression out of the index) and looking up every case for
 * the 12-month window: over a second for a large city. Triggers keep these rows in the same
 * transaction as the change, so a count is never behind; the rows hold rule ids and organisation
 * names only, nothing about the household.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(String.raw`
    create table bottleneck_key (
      tenant_id uuid not null,
      case_id uuid not null,
      basis text not null check (basis in ('rule', 'organisation')),
      key text not null,
      label text,
      reported_at timestamptz not null,
      open boolean not null,
      primary key (tenant_id, basis, key, case_id),
      foreign key (tenant_id, case_id) references cases (tenant_id, id)
    );
    create index bottleneck_key_case on bottleneck_key (tenant_id, case_id);

    alter table bottleneck_key enable row level security;
    alter table bottleneck_key force row level security;
    create policy tenant_isolation on bottleneck_key to doorbraak_app
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
    create policy owner_access on bottleneck_key to current_user using (true) with check (true);
    grant select on bottleneck_key to doorbraak_app;

    -- The rows of some cases (all when case_ids is null), rebuilt from the source tables.
    create function bottleneck_keys_rebuild(t uuid, case_ids uuid[]) returns void
      language sql security definer set search_path = public as $$
        delete from bottleneck_key k where (t is null or k.tenant_id = t) and (case_ids is null or k.case_id = any(case_ids));
        insert into bottleneck_key (tenant_id, case_id, basis, key, label, reported_at, open)
        select br.tenant_id, br.case_id, 'rule', br.rule_id::text, null, c.reported_at, c.status in ('new', 'active')
        from blocker_rule br join cases c on c.tenant_id = br.tenant_id and c.id = br.case_id
        where (t is null or br.tenant_id = t) and (case_ids is null or br.case_id = any(case_ids))
        union all
        select i.tenant_id, i.case_id, 'organisation', lower(btrim(regexp_replace(i.organisation, '\s+', ' ', 'g'))), min(i.organisation),
          c.reported_at, c.status in ('new', 'active')
        from involvement i
        join blocker b on b.tenant_id = i.tenant_id and b.case_id = i.case_id
        join cases c on c.tenant_id = i.tenant_id and c.id = i.case_id
        where (t is null or i.tenant_id = t) and (case_ids is null or i.case_id = any(case_ids))
        group by i.tenant_id, i.case_id, lower(btrim(regexp_replace(i.organisation, '\s+', ' ', 'g'))), c.reported_at, c.status;
      $$;

    create function bottleneck_keys_follow() returns trigger
      language plpgsql security definer set search_path = public as $$
      declare r record := coalesce(new, old);
      begin
        if tg_table_name = 'cases' then
          update bottleneck_key set open = new.status in ('new', 'active') where tenant_id = new.tenant_id and case_id = new.id;
        elsif tg_table_name = 'involvement' and tg_op = 'UPDATE' and old.case_id is distinct from new.case_id then
          perform bottleneck_keys_rebuild(old.tenant_id, array[old.case_id, new.case_id]);
        else
          perform bottleneck_keys_rebuild(r.tenant_id, array[r.case_id]);
        end if;
        return null;
      end $$;

    create trigger bottleneck_keys after insert or delete on blocker_rule for each row execute function bottleneck_keys_follow();
    create trigger bottleneck_keys after insert or delete on blocker for each row execute function bottleneck_keys_follow();
    create trigger bottleneck_keys after insert or delete or update of organisation, case_id on involvement for each row execute function bottleneck_keys_follow();
    create trigger bottleneck_keys after update of status on cases for each row when (old.status is distinct from new.status)
      execute function bottleneck_keys_follow();

    select bottleneck_keys_rebuild(null, null);
    -- Organisations are now normalised once, when they change.
    drop index involvement_organisation_key;
  `).execute(db);
}
