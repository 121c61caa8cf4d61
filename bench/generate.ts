/**
 * Fills a PostgreSQL database with national-scale synthetic data for `npm run bench`:
 * 25 municipalities, 1,000,000 cases with households, persons, intakes, team members, completed
 * steps, involvements, cost sums, blockers with rules and their case_fact rows, a timeline of
 * ~12.7 million case_event rows, 100,000 library entries and 10,000 network contacts.
 *
 *   npm run bench:generate                      # full scale, ~10 minutes on 2 cores
 *   BENCH_SCALE=0.01 npm run bench:generate     # 1% of everything, under a minute
 *   BENCH_RESET=1 npm run bench:generate        # drop and rebuild an existing bench database
 *
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/doorbraak_bench) must name a role
 * that may create databases and is superuser (the load skips foreign-key triggers with
 * session_replication_role; the data is consistent by construction). The schema comes from the
 * application's own migrations. Everything is set-based SQL, one municipality per transaction;
 * secondary indexes of the large tables are dropped before the load and rebuilt after it, exactly
 * as the migrations defined them.
 */
import pg from 'pg';
import { blockerKinds } from '../src/breakthrough/model.ts';
import { lifeDomains } from '../src/cases/model.ts';
import { demoRules } from '../src/cli/seed-breakthrough.ts';
import { organisationKinds } from '../src/network/model.ts';
import { openDatabase } from '../src/platform/db/connect.ts';
import { migrate } from '../src/platform/db/migrate.ts';
import * as words from './data.ts';
import { dropIndexes, ensureDatabase, h, pick, rebuildIndexes, uuid7, workDays } from './sql.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/doorbraak_bench';
const scale = Number(process.env.BENCH_SCALE ?? '1');
if (!(scale > 0 && scale <= 10)) throw new Error(`BENCH_SCALE must be a number above 0 (got ${process.env.BENCH_SCALE})`);

const CASES = Math.round(1_000_000 * scale);
const LIBRARY = Math.round(100_000 * scale);
const CONTACTS = Math.round(10_000 * scale);
/** Cases per coordinator over five years (about 30 open at a time). */
const CASES_PER_COORDINATOR = 400;
/** The bench's "now": all timestamps lie before it; the last 10 minutes hold changes not yet in case_fact. */
const GENERATED_AT = new Date();

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s`;
const say = (msg: string) => console.log(`${elapsed()}  ${msg}`);

/** Tables the load writes most to: their secondary indexes are rebuilt after the load. */
const LOADED = [
  'household', 'person', 'cases', 'case_member', 'intake', 'case_event', 'case_step', 'involvement', 'case_cost', 'blocker',
  'blocker_rule', 'case_fact', 'library_entry', 'network_contact',
];

async function main() {
  console.log(`Doorbraak bench data: scale ${scale} → ${CASES.toLocaleString('en')} cases, ${LIBRARY.toLocaleString('en')} library entries, into ${url.replace(/:[^:@/]*@/, ':***@')}`);
  await ensureDatabase(url, say);

  const db = await openDatabase({ databaseUrl: url });
  try {
    const done = await migrate(db);
    say(`migrations: ${done.join(', ') || 'already up to date'}`);
  } finally {
    await db.close();
  }

  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const q = (text: string, values: unknown[] = []) => c.query(text, values);
  await q(`set session_replication_role = replica`);
  await q(`set synchronous_commit = off`);
  await q(`set work_mem = '64MB'`);
  await q(`set maintenance_work_mem = '512MB'`);
  // Two shared cores: index builds run in this one process.
  await q(`set max_parallel_maintenance_workers = 0`);

  const saved = await dropIndexes(c, LOADED);
  say(`dropped ${saved.length} secondary indexes and keys of ${LOADED.length} tables for the load`);

  const gen = GENERATED_AT.toISOString();
  const totalWeight = words.municipalities.reduce((s, m) => s + m.weight, 0);
  const counts: Record<string, number> = {};
  const add = (table: string, n: number | null) => { counts[table] = (counts[table] ?? 0) + (n ?? 0); };

  for (const [ti, m] of words.municipalities.entries()) {
    const share = m.weight / totalWeight;
    const nCases = Math.max(50, Math.round(CASES * share));
    const nLibrary = Math.max(10, Math.round(LIBRARY * share));
    const nContacts = Math.max(10, Math.round(CONTACTS * share));
    const nCoordinators = Math.max(5, Math.round(nCases / CASES_PER_COORDINATOR));
    const t0 = Date.now();
    await q('begin');

    // ── municipality, users, rules ─────────────────────────────────────
    const tenantId = (await q(`insert into tenant (id, slug, name, mfa_required) values (${uuid7(`$1::timestamptz - interval '6 years'`)}, $2, $3, false) returning id`,
      [gen, `bench-${m.slug}`, m.name])).rows[0].id as string;
    const users = await q(`
      insert into app_user (id, email, name)
      select gen_random_uuid(), 'regisseur-' || g || '@' || $2 || '.bench.example.nl',
        ${pick('$3::text[]', 'g', 1)} || ' ' || ${pick('$4::text[]', 'g', 2)}
      from generate_series(1, $1) g returning id`, [nCoordinators, m.slug, words.firstNames, words.lastNames]);
    const coordinators = users.rows.map((r) => r.id as string);
    await q(`insert into membership (tenant_id, user_id, roles) select $1, unnest($2::uuid[]), '{coordinator}'`, [tenantId, coordinators]);
    const policy = await q(`insert into app_user (id, email, name) values (gen_random_uuid(), 'beleid@' || $1 || '.bench.example.nl', 'Beleidsmedewerker') returning id`, [m.slug]);
    await q(`insert into membership (tenant_id, user_id, roles) values ($1, $2, '{policy}')`, [tenantId, policy.rows[0].id]);
    // The demo catalogue plus local rules up to 40 per municipality.
    await q(`
      insert into rule (tenant_id, id, code, name, law, article, purpose, url)
      select $1::uuid, gen_random_uuid(), r.code, r.name, r.law, r.article, r.purpose, r.url
      from jsonb_to_recordset($2::jsonb) as r(code text, name text, law text, article text, purpose text, url text)
      union all
      select $1::uuid, gen_random_uuid(), 'LOC-' || g, 'Lokale beleidsregel ' || g, 'Beleidsregels sociaal domein ' || $3, 'art. ' || g, null, null
      from generate_series(1, 40 - jsonb_array_length($2::jsonb)) g`,
    [tenantId, JSON.stringify(demoRules.map((r) => ({ ...r, purpose: (r as { purpose?: string }).purpose ?? null }))), m.name]);

    // ── the cases of this municipality, attributes decided once ───────
    await q(`drop table if exists bc`);
    await q(`
      create temp table bc as
      select b.*,
        case when b.status in ('active', 'closed') then b.step - 1 else 0 end as done_steps,
        coalesce(b.closed_at, b.lim) as end_at,
        case when b.status = 'new' then b.first_contact_due
             when b.status = 'active' then ($2::timestamptz at time zone 'Europe/Amsterdam')::date + (floor(60 * ${h('b.s', 9)})::int - 20) end as next_due
      from (
        select a.*,
          case when a.status in ('active', 'closed') then least(a.reported_at + interval '1 day' * (0.2 + 8 * ${h('a.s', 5)}), a.reported_at + (a.lim - a.reported_at) * 0.3) end as accepted_at,
          case when a.status = 'referred' then least(a.reported_at + interval '1 day' * (0.5 + 6 * ${h('a.s', 6)}), a.reported_at + (a.lim - a.reported_at) * 0.5) end as referred_at,
          case when a.status = 'closed' then least(a.reported_at + interval '1 day' * (20 + 330 * ${h('a.s', 7)}), a.reported_at + (a.lim - a.reported_at) * 0.95) end as closed_at,
          case when a.status in ('new', 'referred') then 1 when a.status = 'active' then 1 + floor(6 * ${h('a.s', 8)})::int else 3 + floor(4 * ${h('a.s', 8)})::int end as step,
          case when a.status in ('active', 'closed') then ($5::uuid[])[1 + floor(${h('a.s', 10)} * cardinality($5::uuid[]))::int] end as coordinator_id,
          case when a.status = 'closed' then (case when ${h('a.s', 11)} < 0.55 then 'breakthrough' when ${h('a.s', 11)} < 0.7 then 'advice_given'
            when ${h('a.s', 11)} < 0.78 then 'returned' when ${h('a.s', 11)} < 0.9 then 'no_breakthrough' when ${h('a.s', 11)} < 0.95 then 'moved_away' else 'other' end) end as outcome,
          (a.reported_at at time zone 'Europe/Amsterdam')::date + case when a.urgency = 'urgent' then 2 else 7 end as first_contact_due,
          (a.reported_at at time zone 'Europe/Amsterdam')::date + 14 as start_due
        from (
          select s0.*,
            case when s0.age < 10 then (case when s0.r < 0.5 then 'new' when s0.r < 0.6 then 'referred' else 'active' end)
                 when s0.age < 365 then (case when s0.r < 0.45 then 'active' when s0.r < 0.55 then 'referred' else 'closed' end)
                 else (case when s0.r < 0.03 then 'active' when s0.r < 0.13 then 'referred' else 'closed' end) end as status,
            case when ${h('s0.s', 12)} < 0.7 then 'breakthrough' when ${h('s0.s', 12)} < 0.9 then 'consult' else 'takeover' end as kind,
            case when ${h('s0.s', 13)} < 0.15 then 'urgent' else 'normal' end as urgency,
            case when ${h('s0.s', 14)} < 0.8 then 'consent' else 'legal_task' end as legal_basis,
            coalesce((select array_agg(d order by i) from unnest($4::text[]) with ordinality u(d, i) where ${h('s0.s * 16 + i', 15)} < 0.22),
              array[($4::text[])[1 + (s0.s % 12)::int]]) as life_domains,
            ${uuid7(`s0.reported_at - interval '1 hour'`)} as household_id
          from (
            select g as n, g + $3::bigint * 10000000 as s, ${h(`g + $3::bigint * 10000000`, 3)} as r,
              1826 * ${h(`g + $3::bigint * 10000000`, 4)} as age,
              $2::timestamptz - interval '40 minutes' - interval '1 day' * 1826 * ${h(`g + $3::bigint * 10000000`, 4)} as reported_at,
              $2::timestamptz - interval '30 minutes' as lim
            from generate_series(1, $1) g
          ) s0
        ) a
      ) b`, [nCases, gen, ti, [...lifeDomains], coordinators]);
    await q(`alter table bc add column id uuid`);
    await q(`update bc set id = ${uuid7('reported_at')}`);
    await q(`create index on bc (n)`);
    await q(`analyze bc`);

    const ins = async (table: string, sqlText: string, values: unknown[] = []) => {
      const t = Date.now();
      const r = await q(sqlText, values);
      if (process.env.BENCH_VERBOSE === '1') say(`  ${table}: ${r.rowCount} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
      add(table, r.rowCount);
      return r.rowCount ?? 0;
    };
    await ins('household', `insert into household (tenant_id, id, created_at) select $1, household_id, reported_at from bc`, [tenantId]);
    await ins('person', `
      insert into person (tenant_id, id, household_id, name, birth_date, relation, match_key, created_at)
      select $1, gen_random_uuid(), bc.household_id, x.name, x.birth, case when k = 1 then 'zelf' else 'partner' end,
        lower(x.name) || '|' || x.birth, bc.reported_at
      from bc cross join lateral generate_series(1, case when ${h('bc.s', 20)} < 0.35 then 2 else 1 end) k
      cross join lateral (select ${pick('$2::text[]', 'bc.s * 3 + k', 21)} || ' ' || ${pick('$3::text[]', 'bc.s * 3 + k', 22)} as name,
        date '1950-01-01' + floor(${h('bc.s * 3 + k', 23)} * 20000)::int as birth) x`, [tenantId, words.firstNames, words.lastNames]);
    await ins('cases', `
      insert into cases (tenant_id, id, reference, household_id, kind, status, step, urgency, life_domains, legal_basis, consent_method,
        coordinator_id, reported_at, first_contact_due, start_due, next_due, accepted_at, referral_reason, closed_at, updated_at,
        outcome, closed_by, recurrence_of, resident_words)
      select $1, bc.id, to_char(bc.reported_at, 'YYYY') || '-' || lpad(bc.n::text, 6, '0'), bc.household_id, bc.kind, bc.status, bc.step,
        bc.urgency, bc.life_domains, bc.legal_basis, case when bc.legal_basis = 'consent' then 'verbal' end, bc.coordinator_id, bc.reported_at,
        bc.first_contact_due, bc.start_due, bc.next_due, bc.accepted_at, case when bc.status = 'referred' then ${pick('$2::text[]', 'bc.s', 30)} end,
        bc.closed_at, coalesce(bc.closed_at, bc.referred_at, bc.accepted_at, bc.reported_at), bc.outcome,
        case when bc.status = 'closed' then bc.coordinator_id end,
        case when ${h('bc.s', 31)} < 0.04 then p.id end,
        case when bc.status = 'closed' then 'Er wordt eindelijk naar ons geluisterd.' end
      from bc left join bc p on p.n = bc.n - 1`, [tenantId, words.referralReasons]);
    await ins('intake', `
      insert into intake (tenant_id, id, case_id, reported_at, story, life_domains, urgency, reporter, legal_basis, consent_method,
        first_contact_due, start_due)
      select $1, ${uuid7('x.at')}, bc.id, x.at,
        ${pick('$2::text[]', 'bc.s * 2 + k', 40)} || ' ' || ${pick('$2::text[]', 'bc.s * 2 + k', 41)} || ' ' || ${pick('$2::text[]', 'bc.s * 2 + k', 42)},
        bc.life_domains, bc.urgency,
        jsonb_build_object('name', ${pick('$3::text[]', 'bc.s', 43)} || ' ' || ${pick('$4::text[]', 'bc.s', 44)}, 'organisation', ${pick('$5::text[]', 'bc.s', 45)}),
        bc.legal_basis, case when bc.legal_basis = 'consent' then 'verbal' end, bc.first_contact_due, bc.start_due
      from bc cross join lateral generate_series(1, case when ${h('bc.s', 46)} < 0.05 then 2 else 1 end) k
      cross join lateral (select case when k = 1 then bc.reported_at else bc.reported_at + (bc.end_at - bc.reported_at) * ${h('bc.s', 47)} end as at) x`,
    [tenantId, words.problemPool, words.firstNames, words.lastNames, words.organisations]);
    await ins('case_member', `
      insert into case_member (tenant_id, case_id, user_id, role, added_at)
      select $1, id, coordinator_id, 'coordinator', accepted_at from bc where coordinator_id is not null`, [tenantId]);
    await ins('case_step', `
      insert into case_step (tenant_id, case_id, step, completed_at, completed_by)
      select $1, bc.id, k, bc.accepted_at + (bc.end_at - bc.accepted_at) * (k::float8 / (bc.done_steps + 1)), bc.coordinator_id
      from bc cross join lateral generate_series(1, bc.done_steps) k`, [tenantId]);

    // ── the timeline: lifecycle events, filler work, a heavy tail of long cases, recent changes ──
    const fillers = ['involvement_added', 'life_domain_assessed', 'perspective_saved', 'blocker_saved', 'plan_action_added', 'members_added',
      'follow_up_recorded', 'decision_requested', 'decision_made', 'involvement_repriced', 'partner_joined', 'household_member_added'];
    await ins('case_event', `
      insert into case_event (tenant_id, id, case_id, at, type, actor_id, data)
      select $1, ${uuid7('x.at')}, x.case_id, x.at, x.type, x.actor, x.data from (
        select id as case_id, reported_at as at, 'intake_received' as type, null::uuid as actor, jsonb_build_object('urgency', urgency) as data from bc
        union all select id, accepted_at, 'accepted', coordinator_id, '{}'::jsonb from bc where accepted_at is not null
        union all select id, referred_at, 'referred', null, jsonb_build_object('reason', 'standaardaanbod') from bc where referred_at is not null
        union all select bc.id, bc.accepted_at + (bc.end_at - bc.accepted_at) * (k::float8 / (bc.done_steps + 1)), 'step_completed', bc.coordinator_id,
            jsonb_build_object('step', k)
          from bc cross join lateral generate_series(1, bc.done_steps) k
        union all select bc.id, bc.accepted_at + (bc.end_at - bc.accepted_at) * (k::float8 / (bc.done_steps + 1)) + interval '1 second', 'step_changed',
            bc.coordinator_id, jsonb_build_object('from', k, 'to', k + 1)
          from bc cross join lateral generate_series(1, bc.done_steps) k
        union all select id, closed_at, 'closed', coordinator_id, jsonb_build_object('outcome', outcome) from bc where closed_at is not null
        union all select bc.id, bc.reported_at + (bc.end_at - bc.reported_at) * ${h('bc.s * 1000 + k', 50)}, ${pick('$2::text[]', 'bc.s * 1000 + k', 51)},
            bc.coordinator_id, jsonb_build_object('n', k)
          from bc cross join lateral generate_series(1,
            case when ${h('bc.s', 52)} < 0.001 then 250 + floor(250 * ${h('bc.s', 53)})::int else floor(8 * ${h('bc.s', 54)})::int end) k
      ) x`, [tenantId, fillers]);
    // About 2% of open cases changed in the last ten minutes: what the next incremental refresh picks up.
    await ins('case_event', `
      insert into case_event (tenant_id, id, case_id, at, type, actor_id, data)
      select $1, ${uuid7('x.at')}, bc.id, x.at, 'life_domain_assessed', bc.coordinator_id, '{}'::jsonb
      from bc cross join lateral (select $2::timestamptz - interval '9 minutes' * ${h('bc.s', 55)} as at) x
      where bc.status in ('new', 'active') and ${h('bc.s', 56)} < 0.02`, [tenantId, gen]);

    // ── step 2 and 4: involvements, cost sums, blockers with rules ─────
    await ins('involvement', `
      insert into involvement (tenant_id, id, case_id, organisation, service, since, yearly_cost_cents, created_by, created_at)
      select $1, ${uuid7('x.at')}, bc.id, ${pick('$2::text[]', 'bc.s * 10 + k', 60)}, ${pick('$3::text[]', 'bc.s * 10 + k', 61)},
        (bc.reported_at - interval '1 day' * floor(700 * ${h('bc.s * 10 + k', 62)}))::date,
        (50000 + 3000000 * ${h('bc.s * 10 + k', 63)} ^ 2)::bigint, bc.coordinator_id, x.at
      from bc cross join lateral generate_series(1, 1 + floor(5 * ${h('bc.s', 64)})::int) k
      cross join lateral (select bc.accepted_at + (bc.end_at - bc.accepted_at) * 0.2 * ${h('bc.s * 10 + k', 65)} as at) x
      where bc.accepted_at is not null and (bc.step >= 2 or bc.status = 'closed')`, [tenantId, words.organisations, words.services]);
    await ins('case_cost', `
      insert into case_cost (tenant_id, case_id, current_yearly_cents, one_off_cents, yearly_cents, avoided_1y_cents, avoided_3y_cents,
        avoided_5y_cents, agencies, computed_at)
      select $1, bc.id, x.cur, x.one_off, x.yearly, x.cur - x.yearly - x.one_off, 3 * (x.cur - x.yearly) - x.one_off, 5 * (x.cur - x.yearly) - x.one_off,
        x.agencies, bc.accepted_at + (bc.end_at - bc.accepted_at) * 0.6
      from bc
      left join (select v.case_id, sum(v.yearly_cost_cents) as cur, count(*)::int as agencies from involvement v where v.tenant_id = $1 group by v.case_id) i
        on i.case_id = bc.id
      cross join lateral (select coalesce(i.cur, 0)::bigint as cur, coalesce(i.agencies, 0) as agencies,
          (case when ${h('bc.s', 70)} < 0.7 then 20000 + 500000 * ${h('bc.s', 71)} else 0 end)::bigint as one_off,
          (coalesce(i.cur, 0) * 0.3 * ${h('bc.s', 72)})::bigint as yearly) x
      where bc.step >= 4`, [tenantId]);
    await ins('blocker', `
      insert into blocker (tenant_id, case_id, problem, kinds, blocked_by, proposed_step, one_off_cents, yearly_cents, updated_by, updated_at)
      select $1, bc.id, ${pick('$2::text[]', 'bc.s', 80)} || ' ' || ${pick('$2::text[]', 'bc.s', 81)},
        coalesce((select array_agg(k order by i) from unnest($4::text[]) with ordinality u(k, i) where ${h('bc.s * 16 + i', 82)} < 0.25),
          array[($4::text[])[1 + (bc.s % 7)::int]]),
        ${pick('$3::text[]', 'bc.s', 83)}, ${pick('$5::text[]', 'bc.s', 84)}, (50000 * ${h('bc.s', 85)} * 10)::bigint, 0, bc.coordinator_id,
        bc.accepted_at + (bc.end_at - bc.accepted_at) * 0.55
      from bc where bc.step >= 4`, [tenantId, words.problemPool, words.blockerPool, [...blockerKinds], words.proposedSteps]);
    // Rules follow a steep curve: a handful of rules block most cases, which is what the grouping is for.
    await ins('blocker_rule', `
      insert into blocker_rule (tenant_id, case_id, rule_id)
      select distinct $1::uuid, bc.id, r.id
      from bc cross join lateral generate_series(1, case when ${h('bc.s', 90)} < 0.3 then 2 else 1 end) k
      join lateral (select id from rule where tenant_id = $1 order by code offset floor(40 * ${h('bc.s * 3 + k', 91)} ^ 2.5)::int limit 1) r on true
      where bc.step >= 4 and ${h('bc.s', 92)} < 0.7`, [tenantId]);

    // ── case_fact as the refresh would write it (working days approximated without holidays) ──
    await ins('case_fact', `
      insert into case_fact (tenant_id, case_id, reported_on, status, step, kind, outcome, first_contact_on, first_contact_days, first_contact_in_norm,
        started_on, start_days, start_in_norm, closed_on, recurrence, has_cost_sum, current_yearly_cents, one_off_cents, yearly_cents,
        avoided_1y_cents, refreshed_at)
      select $1, c.id, y.reported_on, c.status, c.step, c.kind, c.outcome, y.fc_on, ${workDays('y.reported_on', 'y.fc_on')}, y.fc_on <= c.first_contact_due,
        y.st_on, ${workDays('y.reported_on', 'y.st_on')}, y.st_on <= c.start_due, (c.closed_at at time zone 'Europe/Amsterdam')::date,
        c.recurrence_of is not null, coalesce(cc.one_off_cents > 0 or cc.yearly_cents > 0, false), coalesce(cc.current_yearly_cents, 0),
        coalesce(cc.one_off_cents, 0), coalesce(cc.yearly_cents, 0), coalesce(cc.avoided_1y_cents, 0), $2::timestamptz - interval '10 minutes'
      from cases c
      join bc on bc.id = c.id
      left join case_cost cc on cc.tenant_id = c.tenant_id and cc.case_id = c.id
      cross join lateral (select (c.reported_at at time zone 'Europe/Amsterdam')::date as reported_on,
        (coalesce(c.accepted_at, bc.referred_at) at time zone 'Europe/Amsterdam')::date as fc_on,
        (case when bc.done_steps > 0 then bc.accepted_at + (bc.end_at - bc.accepted_at) / (bc.done_steps + 1) end at time zone 'Europe/Amsterdam')::date as st_on) y
      where c.tenant_id = $1`, [tenantId, gen]);
    await q(`insert into fact_refresh (tenant_id, refreshed_through, refreshed_at) values ($1, $2::timestamptz - interval '10 minutes', $2::timestamptz - interval '10 minutes')`,
      [tenantId, gen]);

    // ── systemic bottlenecks: the most frequent rules and organisations, one flagged by hand ──
    await q(`
      with top as (
        select r.id, r.name, row_number() over (order by count(*) desc, r.code) as rn
        from blocker_rule br join rule r on r.tenant_id = br.tenant_id and r.id = br.rule_id where br.tenant_id = $1
        group by r.id, r.name, r.code order by count(*) desc, r.code limit 8
      ), st as (
        select id, name, (array['signalled', 'on_agenda', 'in_discussion', 'resolved', 'not_taken_up', 'signalled', 'on_agenda', 'resolved'])[rn] as status from top
      )
      insert into systemic_bottleneck (tenant_id, id, basis, rule_id, title, description, owner_organisation, status, resolution, status_reason, status_changed_at, created_at, updated_at)
      select $1, gen_random_uuid(), 'rule', id, 'Knelpunt: ' || name, 'Meerdere casussen lopen vast op deze regel.', 'Werk en Inkomen', status,
        case when status = 'resolved' then 'practice_changed' end, case when status in ('resolved', 'not_taken_up') then 'Besproken in het MT sociaal domein.' end,
        $2::timestamptz - interval '1 day' * (20 + 10 * length(name) % 200), $2::timestamptz - interval '300 days', $2::timestamptz - interval '1 day' * (length(name) % 90)
      from st`, [tenantId, gen]);
    await q(`
      insert into systemic_bottleneck (tenant_id, id, basis, organisation_key, title, owner_organisation, status, created_at, updated_at)
      select $1, gen_random_uuid(), 'organisation', k, 'Vastlopen bij ' || k, k, 'signalled', $2::timestamptz - interval '200 days', $2::timestamptz - interval '3 days'
      from unnest(array['uwv', 'dienst toeslagen', 'ggz noord']) k`, [tenantId, gen]);
    await q(`
      with b as (
        insert into systemic_bottleneck (tenant_id, id, basis, title, status, created_at, updated_at)
        values ($1, gen_random_uuid(), 'manual', 'Wachtlijst beschermd wonen', 'on_agenda', $2::timestamptz - interval '100 days', $2::timestamptz - interval '1 day')
        returning id
      )
      insert into bottleneck_case (tenant_id, bottleneck_id, case_id, note, flagged_at)
      select $1, b.id, bc.id, 'Wacht op een plek', bc.reported_at + interval '20 days' from b, bc where bc.status = 'active' and bc.step >= 4 and bc.n % 97 = 0 limit 40`,
    [tenantId, gen]);
    await q(`
      insert into bottleneck_status_change (tenant_id, id, bottleneck_id, status, resolution, reason, changed_at)
      select $1, gen_random_uuid(), id, status, resolution, status_reason, status_changed_at from systemic_bottleneck where tenant_id = $1`, [tenantId]);

    // ── the solutions library: published breakthroughs (most with their source case) ──
    await q(`drop table if exists bl`);
    await q(`
      create temp table bl as
      select row_number() over () as i, x.* from (
        (select bc.id as source_case_id, bc.s, bc.closed_at + interval '3 days' * (1 + ${h('bc.s', 100)}) as created_at, bc.life_domains
         from bc where bc.outcome = 'breakthrough' and bc.closed_at < $2::timestamptz - interval '7 days' order by ${h('bc.s', 101)} limit $1)
      ) x`, [Math.round(nLibrary * 0.85), gen]);
    await q(`
      insert into bl (i, source_case_id, s, created_at, life_domains)
      select (select coalesce(max(i), 0) from bl) + g, null, g + $2::bigint * 10000000 + 5000000,
        $3::timestamptz - interval '1 day' * 1800 * ${h(`g + ${ti} * 10000000 + 5000000`, 102)}, array[($4::text[])[1 + g % 12], ($4::text[])[1 + (g * 7) % 12]]
      from generate_series(1, greatest(0, $1 - (select count(*) from bl))) g`, [nLibrary, ti, gen, [...lifeDomains]]);
    await ins('library_entry', `
      insert into library_entry (tenant_id, id, source_case_id, municipality, title, problem, blocker, breakthrough, outcome, origin,
        current_yearly_cents, one_off_cents, yearly_cents, avoided_1y_cents, avoided_5y_cents, life_domains, blocker_kinds, rule_ids, rule_codes,
        rule_labels, rules_text, sharing, created_at, updated_at)
      select $1, ${uuid7('bl.created_at')}, bl.source_case_id, $2,
        ${pick('$3::text[]', 'bl.s', 110)} || case when ${h('bl.s', 111)} < 0.3 then ', met hulp van ' || ${pick('$8::text[]', 'bl.s', 112)} else '' end,
        ${pick('$4::text[]', 'bl.s', 113)} || ' ' || ${pick('$4::text[]', 'bl.s', 114)} || case when ${h('bl.s', 115)} < 0.0015 then ' ' || ${pick('$9::text[]', 'bl.s', 116)} else '' end,
        ${pick('$5::text[]', 'bl.s', 117)} || ' ' || ${pick('$5::text[]', 'bl.s', 118)},
        ${pick('$6::text[]', 'bl.s', 119)} || ' ' || ${pick('$6::text[]', 'bl.s', 120)},
        ${pick('$7::text[]', 'bl.s', 121)}, 'Gemeente ' || $2,
        (100000 + 5000000 * ${h('bl.s', 122)})::bigint, (50000 * ${h('bl.s', 123)} * 10)::bigint, (300000 * ${h('bl.s', 124)})::bigint,
        (400000 * ${h('bl.s', 125)})::bigint, (2000000 * ${h('bl.s', 126)})::bigint, bl.life_domains,
        coalesce(b.kinds, array['money']), coalesce(r.ids, '{}'), coalesce(r.codes, '{}'), coalesce(r.labels, '{}'), coalesce(r.txt, ''),
        case when ${h('bl.s', 127)} < 0.3 then 'approved' when ${h('bl.s', 127)} < 0.45 then 'requested' when ${h('bl.s', 127)} < 0.5 then 'refused' else 'local' end,
        bl.created_at, bl.created_at
      from bl
      left join blocker b on b.tenant_id = $1 and b.case_id = bl.source_case_id
      left join (
        select br.case_id, array_agg(ru.id order by ru.code) as ids, array_agg(ru.code order by ru.code) as codes,
          array_agg(ru.law || coalesce(' ' || ru.article, '') || ': ' || ru.name order by ru.code) as labels,
          string_agg(ru.code || ' ' || ru.law || coalesce(' ' || ru.article, '') || ': ' || ru.name, E'\\n' order by ru.code) as txt
        from blocker_rule br join rule ru on ru.tenant_id = br.tenant_id and ru.id = br.rule_id
        where br.tenant_id = $1 and br.case_id in (select source_case_id from bl)
        group by br.case_id
      ) rr on rr.case_id = bl.source_case_id
      left join rule rs on bl.source_case_id is null and rs.tenant_id = $1
        and rs.code = ($10::text[])[1 + floor(${h('bl.s', 128)} * cardinality($10::text[]))::int]
      cross join lateral (select coalesce(rr.ids, case when rs.id is not null then array[rs.id] end) as ids,
        coalesce(rr.codes, case when rs.id is not null then array[rs.code] end) as codes,
        coalesce(rr.labels, case when rs.id is not null then array[rs.law || coalesce(' ' || rs.article, '') || ': ' || rs.name] end) as labels,
        coalesce(rr.txt, rs.code || ' ' || rs.law || coalesce(' ' || rs.article, '') || ': ' || rs.name) as txt) r`,
    [tenantId, m.name, words.titles, words.problemPool, words.blockerPool, words.breakthroughPool, words.outcomePool, words.organisations,
      words.rareSentences, demoRules.map((r) => r.code)]);

    // ── the network directory ───────────────────────────────────────────
    await ins('network_contact', `
      insert into network_contact (tenant_id, id, name, organisation, organisation_kind, department, role, can_decide, life_domains, phone, email, reach, notes,
        active, created_at, updated_at)
      select $1, gen_random_uuid(), ${pick('$2::text[]', 'g', 130)} || ' ' || ${pick('$3::text[]', 'g', 131)}, ${pick('$4::text[]', 'g', 132)},
        ${pick('$5::text[]', 'g', 133)}, case when g % 3 = 0 then 'Team ' || ${pick('$6::text[]', 'g', 134)} end, ${pick('$7::text[]', 'g', 135)},
        ${pick('$8::text[]', 'g', 136)}, array[($10::text[])[1 + g % 12]], '06 ' || lpad((g * 7919 % 100000000)::text, 8, '0'),
        'contact' || g || '@' || $11 || '.bench.example.nl', ${pick('$9::text[]', 'g', 137)}, null, g % 20 <> 0,
        $12::timestamptz - interval '1 day' * (g % 900), $12::timestamptz - interval '1 day' * (g % 300)
      from generate_series(1, $13) g`,
    [tenantId, words.firstNames, words.lastNames, words.organisations, [...organisationKinds], words.services, words.roles, words.canDecide,
      words.reach, [...lifeDomains], m.slug, gen, nContacts]);

    await q('commit');
    say(`${m.name.padEnd(16)} ${nCases.toLocaleString('en').padStart(9)} cases, ${nLibrary.toLocaleString('en').padStart(6)} library entries (${((Date.now() - t0) / 1000).toFixed(1)} s); timeline so far ${(counts.case_event ?? 0).toLocaleString('en')}`);
  }
  await q(`drop table if exists bc`);
  await q(`drop table if exists bl`);

  say('rebuilding indexes and keys as the migrations define them');
  await rebuildIndexes(c, saved, say);
  // The load ran without triggers: fill what they keep up to date in the app.
  say('bottleneck_key from blockers and involvements');
  await q(`select bottleneck_keys_rebuild(null, null)`);
  await q(`set session_replication_role = origin`);
  say('vacuum analyze (visibility map for index-only scans, planner statistics)');
  await q(`vacuum (analyze)`);
  await c.end();

  say('done. Rows written:');
  for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(16)} ${n.toLocaleString('en').padStart(12)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
