/**
 * Times the "learning across cases" views and the busiest case screens against the database that
 * bench/generate.ts filled: the application's own functions, each inside the same tenant context a
 * request gets (one transaction, set_config of app.tenant_id and app.user_id, SET LOCAL ROLE
 * doorbraak_app, so row-level security applies). Per scenario: warm-up runs, then the median and
 * 95th percentile of the timed runs, the rows the database scanned and returned, and the key lines
 * of EXPLAIN (ANALYZE, BUFFERS) of every statement the scenario sent.
 *
 *   npm run bench                               # after: npm run bench:generate
 *   BENCH_RUNS=15 BENCH_WARMUP=3 npm run bench
 *   BENCH_TENANT=bench-ede npm run bench        # another municipality (default: the one with most cases)
 *   BENCH_ONLY=library npm run bench            # scenarios whose name contains the word
 *
 * Statements that change data (the case_fact refresh) run in a transaction that is rolled back, so
 * every run sees the same work and the database stays as generated.
 */
import { CompiledQuery, Kysely, type LogEvent, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { bottleneckDetail, presentList, windowOf } from '../src/bottlenecks/evidence.ts';
import { proposals } from '../src/bottlenecks/model.ts';
import { bottlenecks, kindGroups, organisationGroups, ruleGroups } from '../src/bottlenecks/store.ts';
import { listCases } from '../src/cases/list.ts';
import { timeline } from '../src/cases/store.ts';
import type { Database } from '../src/database.ts';
import { entriesByIds, searchEntries, similarEntries } from '../src/library/store.ts';
import { caseMaterial } from '../src/library/views.ts';
import '../src/platform/db/connect.ts';
import { type TenantContext, type Tx, withTenant } from '../src/platform/db/tenant.ts';
import { amsterdamDate } from '../src/platform/time/working-days.ts';
import { dashboard } from '../src/policy/dashboard.ts';
import { refreshFactsIn, refreshTenantFacts } from '../src/policy/facts.ts';
import { lastWeeks, quartersStart } from '../src/policy/model.ts';
import {
  closedPerQuarter, costsPerQuarter, intakesPerWeek, leadTimes, openPerStep, recurrencesPerQuarter,
} from '../src/policy/store.ts';

const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/doorbraak_bench';
const RUNS = Number(process.env.BENCH_RUNS ?? '10');
const WARMUP = Number(process.env.BENCH_WARMUP ?? '2');
const ONLY = process.env.BENCH_ONLY?.toLowerCase();
/** The goal for an interactive view; slower scenarios are flagged in the table. */
const TARGET_MS = 200;

// ── a Kysely like the app's (same driver, type parsers from connect.ts), that also records each statement ──
const pool = new pg.Pool({ connectionString: url, max: 2 });
let recording: CompiledQuery[] | null = null;
const db = new Kysely<Database>({
  dialect: new PostgresDialect({ pool }),
  log: (e: LogEvent) => {
    if (e.level === 'query' && recording) recording.push(e.query);
  },
});

/** The app's own per-request context, but rolled back at the end. */
class Rollback extends Error {}
async function withTenantRolledBack<T>(ctx: TenantContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  try {
    await db.transaction().execute(async (tx) => {
      await sql`select set_config('app.tenant_id', ${ctx.tenantId}, true), set_config('app.user_id', ${ctx.userId ?? ''}, true)`.execute(tx);
      await sql`set local role doorbraak_app`.execute(tx);
      result = await fn(tx);
      throw new Rollback();
    });
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  return result as T;
}

interface Scenario {
  name: string;
  /** What the view returns to the app (rows, items or figures), for the table. */
  run: (tx: Tx) => Promise<number>;
  writes?: boolean;
  /** Runs on its own, with the transactions it makes itself (instead of one tenant transaction). */
  standalone?: () => Promise<number>;
  /** Expensive scenarios run once, without warm-up. */
  once?: boolean;
  /** Extra statements to explain: the bodies of SECURITY DEFINER functions, which EXPLAIN shows only as a Function Scan. */
  inner?: () => Promise<Inner[]>;
}
interface Inner { label: string; sql: string; types: string[]; params: unknown[] }

interface PlanNode {
  'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; 'Actual Rows': number; 'Actual Loops': number;
  'Actual Total Time': number; 'Rows Removed by Filter'?: number; 'Rows Removed by Index Recheck'?: number; 'Heap Fetches'?: number;
  'Sort Method'?: string; 'Sort Space Used'?: number; 'Sort Space Type'?: string; 'Shared Hit Blocks'?: number; 'Shared Read Blocks'?: number;
  'Temp Read Blocks'?: number; 'Temp Written Blocks'?: number; 'Function Name'?: string; 'Strategy'?: string; 'Join Type'?: string;
  'Subplan Name'?: string; 'Parent Relationship'?: string; 'Index Cond'?: string; 'Recheck Cond'?: string; Filter?: string;
  Plans?: PlanNode[];
}
interface Explained { label: string; planningMs: number; executionMs: number; scanned: number; returned: number; lines: string[] }

const skip = /^\s*(begin|commit|rollback|start transaction|set local role|select set_config)/i;

function scannedRows(n: PlanNode): number {
  const own = n['Relation Name']
    ? (n['Actual Rows'] + (n['Rows Removed by Filter'] ?? 0) + (n['Rows Removed by Index Recheck'] ?? 0)) * n['Actual Loops']
    : 0;
  return own + (n.Plans ?? []).reduce((s, c) => s + scannedRows(c), 0);
}

const interesting = /Scan|Join|Nested Loop|Sort|Aggregate|Limit|Unique|Hash$|Gather|Result|Append|Function|BitmapOr|BitmapAnd|Memoize|Materialize|ModifyTable/;
function planLines(n: PlanNode, depth = 0, out: string[] = []): string[] {
  const rows = n['Actual Rows'] * n['Actual Loops'];
  if (interesting.test(n['Node Type'])) {
    const parts = [
      `${'  '.repeat(depth)}${n['Subplan Name'] ? `${n['Subplan Name']}: ` : ''}${n['Strategy'] && n['Node Type'] === 'Aggregate' ? `${n['Strategy']} ` : ''}${n['Node Type']}`
        + `${n['Join Type'] && n['Join Type'] !== 'Inner' ? ` (${n['Join Type']})` : ''}`
        + `${n['Index Name'] ? ` using ${n['Index Name']}` : ''}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}${n['Function Name'] ? ` ${n['Function Name']}()` : ''}`,
      `rows=${rows.toLocaleString('en')}${n['Actual Loops'] > 1 ? ` (${n['Actual Loops'].toLocaleString('en')} loops)` : ''}`,
      // Per-loop figures in EXPLAIN are averages: shown here as totals over all loops.
      `${(n['Actual Total Time'] * n['Actual Loops']).toFixed(1)} ms`,
    ];
    if (n['Rows Removed by Filter']) parts.push(`filtered out ${(n['Rows Removed by Filter'] * n['Actual Loops']).toLocaleString('en')}`);
    if (n['Rows Removed by Index Recheck']) parts.push(`recheck removed ${n['Rows Removed by Index Recheck'].toLocaleString('en')}`);
    if (n['Heap Fetches'] !== undefined) parts.push(`heap fetches ${n['Heap Fetches'].toLocaleString('en')}`);
    if (n['Sort Method']) parts.push(`${n['Sort Method']} ${n['Sort Space Used']} kB ${n['Sort Space Type']}`);
    if (n['Temp Written Blocks']) parts.push(`temp written ${n['Temp Written Blocks']} blocks`);
    if (depth === 0) parts.push(`buffers hit ${n['Shared Hit Blocks'] ?? 0} read ${n['Shared Read Blocks'] ?? 0}`);
    out.push(parts.join(' · '));
    const cond = n['Index Cond'] ?? n['Recheck Cond'];
    if (cond && n['Node Type'] !== 'Bitmap Heap Scan') out.push(`${'  '.repeat(depth)}    cond: ${cond.length > 140 ? `${cond.slice(0, 140)}…` : cond}`);
  }
  for (const c of n.Plans ?? []) planLines(c, depth + 1, out);
  return out;
}

type Plan = { Plan: PlanNode; 'Planning Time': number; 'Execution Time': number };
const explainSql = (text: string) => `explain (analyze, buffers, format json) ${text}`;
const planOf = (rows: unknown[]) => (rows[0] as { 'QUERY PLAN': [Plan] })['QUERY PLAN'][0];

function summarise(label: string, plan: Plan): Explained {
  return {
    label, planningMs: plan['Planning Time'], executionMs: plan['Execution Time'], scanned: scannedRows(plan.Plan),
    returned: plan.Plan['Actual Rows'], lines: planLines(plan.Plan),
  };
}

/** A statement the app sent, explained with its own parameters in the tenant context (rolled back). */
async function explain(ctx: TenantContext, label: string, sqlText: string, params: readonly unknown[]): Promise<Explained> {
  const plan = await withTenantRolledBack(ctx, async (tx) => planOf((await tx.executeQuery(CompiledQuery.raw(explainSql(sqlText), [...params]))).rows));
  return summarise(label, plan);
}

const literal = (v: unknown): string => {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return pg.escapeLiteral(`{${v.map((x) => `"${String(x).replace(/["\\]/g, '\\$&')}"`).join(',')}}`);
  return pg.escapeLiteral(String(v));
};

/**
 * The body of a SECURITY DEFINER SQL function, as it runs: as the owner (which the function becomes),
 * with the tenant set, and as a generic plan, because PostgreSQL plans the statements of a
 * non-inlined SQL function without looking at the argument values.
 */
async function explainFunctionBody(ctx: TenantContext, x: Inner): Promise<Explained> {
  let plan: Plan | undefined;
  await db.connection().execute(async (conn) => {
    await sql.raw(`prepare bench_fn(${x.types.join(', ')}) as ${x.sql}`).execute(conn);
    try {
      await conn.transaction().execute(async (tx) => {
        await sql`select set_config('app.tenant_id', ${ctx.tenantId}, true)`.execute(tx);
        await sql`set local plan_cache_mode = force_generic_plan`.execute(tx);
        plan = planOf((await tx.executeQuery(CompiledQuery.raw(explainSql(`execute bench_fn(${x.params.map(literal).join(', ')})`)))).rows);
        throw new Rollback();
      }).catch((e) => { if (!(e instanceof Rollback)) throw e; });
    } finally {
      await sql`deallocate bench_fn`.execute(conn);
    }
  });
  return summarise(x.label, plan!);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];

interface Result { name: string; median: number; p95: number; runs: number; returned: number; scanned: number; statements: number; plans: Explained[] }

async function measure(ctx: TenantContext, s: Scenario): Promise<Result> {
  const once = async () => {
    const t = performance.now();
    const n = s.standalone ? await s.standalone() : s.writes ? await withTenantRolledBack(ctx, s.run) : await withTenant(db, ctx, s.run);
    return { ms: performance.now() - t, n };
  };
  const runs = s.once ? 1 : RUNS;
  for (let i = 0; i < (s.once ? 0 : WARMUP); i++) await once();
  const times: number[] = [];
  let returned = 0;
  let captured: CompiledQuery[] = [];
  for (let i = 0; i < runs; i++) {
    recording = i === runs - 1 ? [] : null;
    const r = await once();
    if (recording) captured = recording;
    recording = null;
    times.push(r.ms);
    returned = r.n;
  }
  times.sort((a, b) => a - b);
  // One plan per distinct statement text (a batched refresh repeats the same statements).
  const seen = new Set<string>();
  const plans: Explained[] = [];
  const statements = captured.filter((q) => !skip.test(q.sql));
  for (const q of statements) {
    if (seen.has(q.sql)) continue;
    seen.add(q.sql);
    plans.push(await explain(ctx, firstLine(q.sql), q.sql, q.parameters));
  }
  for (const x of (await s.inner?.()) ?? []) plans.push(await explainFunctionBody(ctx, x));
  return {
    name: s.name, median: pct(times, 0.5), p95: pct(times, 0.95), runs, returned,
    scanned: plans.reduce((sum, p) => sum + p.scanned, 0), statements: statements.length, plans,
  };
}

const firstLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 110);

/** The function bodies, with their parameter names replaced by $n, so EXPLAIN shows what runs inside. */
async function functionBody(name: string, params: string[]): Promise<string> {
  const r = await sql<{ src: string }>`select prosrc as src from pg_proc where proname = ${name}`.execute(db);
  let body = r.rows[0].src;
  params.forEach((p, i) => { body = body.replace(new RegExp(`\\b${p}\\b`, 'g'), `$${i + 1}`); });
  return body;
}

async function main() {
  const setup = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows;
  const tenantSlug = process.env.BENCH_TENANT;
  const [tenant] = tenantSlug
    ? await setup(sql<{ id: string; name: string; cases: number }>`select t.id, t.name, (select count(*)::int from cases c where c.tenant_id = t.id) as cases from tenant t where t.slug = ${tenantSlug}`)
    : await setup(sql<{ id: string; name: string; cases: number }>`select t.id, t.name, count(*)::int as cases from tenant t join cases c on c.tenant_id = t.id group by t.id order by count(*) desc limit 1`);
  if (!tenant) throw new Error(`No bench data in ${url}: run npm run bench:generate first${tenantSlug ? ` (or check BENCH_TENANT=${tenantSlug})` : ''}`);
  const [coordinator] = await setup(sql<{ user_id: string; n: number }>`
    select user_id, count(*)::int as n from case_member where tenant_id = ${tenant.id} group by user_id order by count(*) desc limit 1`);
  const [longCase] = await setup(sql<{ case_id: string; n: number }>`
    select case_id, count(*)::int as n from case_event where tenant_id = ${tenant.id} group by case_id order by count(*) desc limit 1`);
  // The 101st newest active case (or the oldest, in a small run): past the ones still being set up.
  const typicalCase = (await setup(sql<{ id: string; n: number }>`
    select c.id, (select count(*)::int from case_event e where e.tenant_id = c.tenant_id and e.case_id = c.id) as n
    from cases c where c.tenant_id = ${tenant.id} and c.status = 'active' order by c.reported_at desc limit 101`)).at(-1)!;
  const [similarCase] = await setup(sql<{ case_id: string }>`
    select b.case_id from blocker b join cases c on c.tenant_id = b.tenant_id and c.id = b.case_id
    where b.tenant_id = ${tenant.id} and c.status = 'active' and exists (select 1 from blocker_rule r where r.tenant_id = b.tenant_id and r.case_id = b.case_id)
    order by c.reported_at desc limit 1`);
  const [topBottleneck] = await setup(sql<{ id: string; title: string }>`
    select b.id, b.title from systemic_bottleneck b where b.tenant_id = ${tenant.id} and b.basis = 'rule' and b.status = 'signalled'
    order by (select count(*) from blocker_rule r where r.tenant_id = b.tenant_id and r.rule_id = b.rule_id) desc limit 1`);
  const sizes = await setup(sql<{ table: string; rows: number; mb: number }>`
    select c.relname as table, c.reltuples::bigint::float8 as rows, (pg_total_relation_size(c.oid) / 1048576)::int as mb
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = 'public' and c.relkind = 'r' and c.reltuples > 1000 order by c.reltuples desc`);
  const [server] = await setup(sql<{ version: string; shared_buffers: string; work_mem: string }>`
    select current_setting('server_version') as version, current_setting('shared_buffers') as shared_buffers, current_setting('work_mem') as work_mem`);

  const ctx: TenantContext = { tenantId: tenant.id, userId: coordinator.user_id };
  const now = new Date();
  const today = amsterdamDate(now);
  const weeksFrom = lastWeeks(today, 26)[0];
  const from = quartersStart(today, 8);
  const weekEnd = amsterdamDate(new Date(now.getTime() + 7 * 86400_000));

  const search = (q: string) => (tx: Tx) => searchEntries(tx, { q, scope: 'all', tenantId: tenant.id, limit: 20, offset: 0 }).then((r) => r.rows.length);
  const matchesBody = await functionBody('library_matches', ['q']);
  const similarBody = await functionBody('library_similar', ['domains', 'kinds', 'rules', 'tq', 'exclude_case', 'lim']);
  const innerSearch = (q: string) => async () => {
    const [t] = await setup(sql<{ tq: string; usable: boolean }>`select websearch_to_tsquery('dutch', ${q})::text as tq, numnode(websearch_to_tsquery('dutch', ${q})) > 0 as usable`);
    return t.usable ? [{ label: 'inside library_matches() (generic plan)', sql: matchesBody, types: ['tsquery'], params: [t.tq] }] : [];
  };

  const all: Scenario[] = [
    { name: 'policy: intakes per week (26 weeks)', run: async (tx) => (await intakesPerWeek(tx, weeksFrom)).size },
    { name: 'policy: lead times per quarter (8)', run: async (tx) => (await leadTimes(tx, from)).size },
    { name: 'policy: open cases per step', run: async (tx) => (await openPerStep(tx)).length },
    { name: 'policy: breakthroughs per quarter', run: async (tx) => (await closedPerQuarter(tx, from)).size },
    { name: 'policy: costs per quarter', run: async (tx) => (await costsPerQuarter(tx, from)).size },
    { name: 'policy: recurrences per quarter', run: async (tx) => (await recurrencesPerQuarter(tx, from)).size },
    { name: 'policy: top bottlenecks with case counts', run: async (tx) => (await presentList(tx, await bottlenecks(tx, 'all'), false)).length },
    { name: 'policy: whole dashboard (all figures)', run: async (tx) => Object.keys(await dashboard(tx, { weeks: 26, quarters: 8, now })).length },
    { name: 'policy: refresh case_fact, incremental', writes: true, run: (tx) => refreshFactsIn(tx, tenant.id, now) },
    { name: 'library: search common word "gemeente"', run: search('gemeente'), inner: innerSearch('gemeente') },
    { name: 'library: search stemmed "aanvragen"', run: search('aanvragen'), inner: innerSearch('aanvragen') },
    { name: 'library: search rare "alpacaboerderij"', run: search('alpacaboerderij'), inner: innerSearch('alpacaboerderij') },
    { name: 'library: search stop words "de het een"', run: search('de het een') },
    {
      name: 'library: similar solutions for a case',
      run: async (tx) => {
        const m = await caseMaterial(tx, similarCase.case_id);
        const b = m.blocker;
        const text = [b.problem, b.blockedBy, b.proposedStep].filter(Boolean).join(' ');
        const scored = await similarEntries(tx, { lifeDomains: m.lifeDomains, kinds: b.kinds, ruleCodes: m.rules.map((r) => r.code), text, excludeCaseId: similarCase.case_id }, 5);
        return (await entriesByIds(tx, scored.map((s) => s.id))).length;
      },
      inner: async () => {
        const m = await withTenant(db, ctx, (tx) => caseMaterial(tx, similarCase.case_id));
        const b = m.blocker;
        const text = [b.problem, b.blockedBy, b.proposedStep].filter(Boolean).join(' ');
        const [w] = await setup(sql<{ tq: string }>`select replace(plainto_tsquery('dutch', ${text.slice(0, 2000)})::text, ' & ', ' | ') as tq`);
        return [{
          label: 'inside library_similar() (generic plan)', sql: similarBody, types: ['text[]', 'text[]', 'text[]', 'tsquery', 'uuid', 'integer'],
          params: [m.lifeDomains, b.kinds, m.rules.map((r) => r.code), w.tq, similarCase.case_id, 5],
        }];
      },
    },
    { name: 'bottlenecks: groups by rule (12 months)', run: async (tx) => (await ruleGroups(tx, (await windowOf(tx, now)).since)).length },
    { name: 'bottlenecks: groups by organisation (12 months)', run: async (tx) => (await organisationGroups(tx, (await windowOf(tx, now)).since)).length },
    { name: 'bottlenecks: groups by kind (12 months)', run: async (tx) => (await kindGroups(tx, (await windowOf(tx, now)).since)).length },
    {
      name: 'bottlenecks: proposals (rules + organisations)',
      run: async (tx) => {
        const w = await windowOf(tx, now);
        return proposals([...await ruleGroups(tx, w.since), ...await organisationGroups(tx, w.since)], w.threshold).length;
      },
    },
    { name: 'bottlenecks: detail with evidence cases', run: async (tx) => (await bottleneckDetail(tx, topBottleneck.id, false)).evidence.cases ?? 0 },
    {
      name: 'cases: coordinator list "mine", first page',
      run: async (tx) => (await listCases(tx, { view: 'mine', userId: coordinator.user_id, today, weekEnd, limit: 25 })).rows.length,
    },
    {
      name: 'cases: triage inbox, first page',
      run: async (tx) => (await listCases(tx, { view: 'inbox', userId: coordinator.user_id, today, weekEnd, limit: 25 })).rows.length,
    },
    { name: `cases: timeline of a long case (${longCase.n} events)`, run: async (tx) => (await timeline(tx, longCase.case_id)).length },
    { name: `cases: timeline of a typical case (${typicalCase.n} events)`, run: async (tx) => (await timeline(tx, typicalCase.id)).length },
    {
      // The nightly job for one municipality, as it runs: batches of 500 cases, one transaction each. It writes the
      // same facts again (now with the Dutch holiday calendar); the refresh mark is put back afterwards.
      name: 'policy: refresh case_fact, full rebuild (nightly)', once: true, run: async () => 0,
      standalone: async () => {
        const [mark] = await setup(sql<{ t: Date }>`select refreshed_through as t from fact_refresh where tenant_id = ${tenant.id}`);
        try {
          return await refreshTenantFacts(db, tenant.id, now, true);
        } finally {
          await sql`update fact_refresh set refreshed_through = ${mark.t}, refreshed_at = ${mark.t} where tenant_id = ${tenant.id}`.execute(db);
        }
      },
    },
  ];
  const scenarios = all.filter((s) => !ONLY || s.name.toLowerCase().includes(ONLY));

  console.log(`# Doorbraak bench · ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`\nPostgreSQL ${server.version} (shared_buffers ${server.shared_buffers}, work_mem ${server.work_mem}); municipality ${tenant.name} with ${tenant.cases.toLocaleString('en')} cases; ${WARMUP} warm-up + ${RUNS} timed runs each.\n`);
  console.log('| table | rows (estimate) | MB |\n|---|---:|---:|');
  for (const s of sizes.slice(0, 14)) console.log(`| ${s.table} | ${Math.round(s.rows).toLocaleString('en')} | ${s.mb.toLocaleString('en')} |`);

  const results: Result[] = [];
  for (const s of scenarios) {
    process.stderr.write(`… ${s.name}\n`);
    results.push(await measure(ctx, s));
  }

  console.log(`\n| query | statements | rows scanned | rows returned | median ms | p95 ms | ≤ ${TARGET_MS} ms |\n|---|---:|---:|---:|---:|---:|:---:|`);
  for (const r of results) {
    console.log(`| ${r.name} | ${r.statements} | ${r.scanned.toLocaleString('en')} | ${r.returned.toLocaleString('en')} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)}${r.runs === 1 ? ' (1 run)' : ''} | ${r.median <= TARGET_MS ? 'yes' : '**no**'} |`);
  }
  console.log('\n## Plans (EXPLAIN ANALYZE, BUFFERS; one per distinct statement, in the tenant context)\n');
  for (const r of results) {
    console.log(`### ${r.name}\n`);
    for (const p of r.plans) {
      console.log(`- \`${p.label}\` — planning ${p.planningMs.toFixed(1)} ms, execution ${p.executionMs.toFixed(1)} ms, scanned ${p.scanned.toLocaleString('en')}, returned ${p.returned.toLocaleString('en')}`);
      console.log('```');
      for (const l of p.lines.slice(0, 40)) console.log(l);
      if (p.lines.length > 40) console.log(`… ${p.lines.length - 40} more nodes`);
      console.log('```');
    }
  }
  await db.destroy();
}

main().catch(async (e) => {
  console.error(e);
  await db.destroy().catch(() => undefined);
  process.exit(1);
});
