import { bottlenecks } from '../bottlenecks/store.ts';
import { presentList } from '../bottlenecks/evidence.ts';
import { FIRST_CONTACT_DAYS, START_DAYS } from '../intake/model.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { steps } from '../cases/model.ts';
import {
  type CsvColumn, csvEuros, isoWeek, lastQuarters, lastWeeks, MIN_COUNT, normShare, quartersStart, suppressRow, toCsv,
} from './model.ts';
import { closedPerQuarter, costsPerQuarter, intakesPerWeek, leadTimes, openPerStep, recurrencesPerQuarter, refreshedAt } from './store.ts';

/** The policy view's figures, each with its suppression applied, and each as a CSV. */

const median = (v: number | null, base: number | null) => (v === null || base === null ? null : Math.round(Number(v) * 10) / 10);

export async function dashboard(tx: Tx, opts: { weeks: number; quarters: number; now?: Date }) {
  const today = amsterdamDate(opts.now ?? new Date());
  const weeks = lastWeeks(today, opts.weeks);
  const quarters = lastQuarters(today, opts.quarters);
  const from = quartersStart(today, opts.quarters);
  // One transaction is one connection: the queries run one after the other.
  const intakes = await intakesPerWeek(tx, weeks[0]);
  const leads = await leadTimes(tx, from);
  const open = await openPerStep(tx);
  const closed = await closedPerQuarter(tx, from);
  const costs = await costsPerQuarter(tx, from);
  const recurrences = await recurrencesPerQuarter(tx, from);
  const list = await bottlenecks(tx, 'all');
  const at = await refreshedAt(tx);

  const intakesPerWeekRows = weeks.map((week) => suppressRow({ week, isoWeek: isoWeek(week), intakes: intakes.get(week) ?? 0 }, { counts: ['intakes'] }));

  const leadTimeRows = quarters.map((quarter) => {
    const r = leads.get(quarter);
    const suppressed: string[] = [];
    const part = (prefix: string, total: number, within: number, med: number | null) => {
      const share = normShare(total, within);
      const names: Record<string, string> = { total: 'Total', within: 'WithinNorm', percent: 'Percent' };
      suppressed.push(...share.suppressed.map((x) => `${prefix}${names[x]}`));
      if (share.total === null && med !== null) suppressed.push(`${prefix}MedianDays`);
      return { ...share, median: median(med, share.total) };
    };
    const contact = part('firstContact', r?.contacted ?? 0, r?.contact_in_norm ?? 0, r?.contact_median ?? null);
    const start = part('start', r?.started ?? 0, r?.start_in_norm ?? 0, r?.start_median ?? null);
    const waiting = suppressRow({ waitingForFirstContact: r?.waiting ?? 0 }, { counts: ['waitingForFirstContact'] });
    suppressed.push(...waiting.suppressed);
    return {
      quarter,
      firstContactTotal: contact.total, firstContactWithinNorm: contact.within, firstContactPercent: contact.percent, firstContactMedianDays: contact.median,
      startTotal: start.total, startWithinNorm: start.within, startPercent: start.percent, startMedianDays: start.median,
      waitingForFirstContact: waiting.waitingForFirstContact, suppressed,
    };
  });

  const stages = [
    { stage: 'triage', label: 'Aangemeld, wacht op eerste contact', cases: open.filter((o) => o.status === 'new').reduce((s, o) => s + o.n, 0) },
    ...steps.map((label, i) => ({
      stage: `step-${i + 1}`, label: `Stap ${i + 1}: ${label}`, cases: open.filter((o) => o.status === 'active' && o.step === i + 1).reduce((s, o) => s + o.n, 0),
    })),
  ];
  const openRows = stages.map((s) => suppressRow(s, { counts: ['cases'] }));

  const breakthroughRows = quarters.map((quarter) => {
    const r = closed.get(quarter);
    return suppressRow({ quarter, closed: r?.closed ?? 0, breakthroughs: r?.breakthroughs ?? 0 }, { counts: ['closed', 'breakthroughs'] });
  });

  const costRows = quarters.map((quarter) => {
    const r = costs.get(quarter);
    return suppressRow({
      quarter, cases: r?.cases ?? 0, currentYearlyCents: Number(r?.current ?? 0), solutionOneOffCents: Number(r?.one_off ?? 0),
      solutionYearlyCents: Number(r?.yearly ?? 0), avoided1yCents: Number(r?.avoided ?? 0),
    }, { counts: ['cases'], base: 'cases', derived: ['currentYearlyCents', 'solutionOneOffCents', 'solutionYearlyCents', 'avoided1yCents'] });
  });

  const recurrenceRows = quarters.map((quarter) => {
    const r = recurrences.get(quarter);
    return suppressRow({ quarter, newCases: r?.cases ?? 0, recurrences: r?.recurrences ?? 0 }, { counts: ['newCases', 'recurrences'] });
  });

  const presented = await presentList(tx, list, false);
  const bottleneckRows = presented
    .sort((a, b) => Number(['resolved', 'not_taken_up'].includes(a.status)) - Number(['resolved', 'not_taken_up'].includes(b.status))
      || (b.cases ?? 0) - (a.cases ?? 0) || a.title.localeCompare(b.title, 'nl'))
    .slice(0, 10)
    .map((b) => ({ id: b.id, title: b.title, status: b.status, statusLabel: b.statusLabel, ownerOrganisation: b.ownerOrganisation, cases: b.cases, suppressed: b.suppressed }));

  return {
    refreshedAt: at, minCount: MIN_COUNT, today,
    norms: { firstContactWorkingDays: FIRST_CONTACT_DAYS.normal, firstContactUrgentWorkingDays: FIRST_CONTACT_DAYS.urgent, startWorkingDays: START_DAYS },
    intakesPerWeek: intakesPerWeekRows, leadTimes: leadTimeRows, openPerStep: openRows, breakthroughs: breakthroughRows,
    costs: costRows, recurrences: recurrenceRows, bottlenecks: bottleneckRows,
  };
}
export type Dashboard = Awaited<ReturnType<typeof dashboard>>;

export const figures = ['intakes-per-week', 'lead-times', 'open-per-step', 'breakthroughs', 'costs', 'recurrences', 'bottlenecks'] as const;
export type Figure = (typeof figures)[number];

type Row<K extends keyof Dashboard> = Dashboard[K] extends (infer R)[] ? R : never;
const col = <R>(header: string, value: (r: R) => string | number | null, key?: string): CsvColumn<R> => ({ header, value, key });

/** Each figure as the table beside its chart: Dutch headers, euros with a decimal comma. */
export function figureCsv(d: Dashboard, figure: Figure): string {
  switch (figure) {
    case 'intakes-per-week':
      return toCsv(d.intakesPerWeek, [col<Row<'intakesPerWeek'>>('Week', (r) => r.isoWeek), col('Maandag', (r) => r.week),
        col('Aanmeldingen', (r) => r.intakes, 'intakes')]);
    case 'lead-times':
      return toCsv(d.leadTimes, [
        col<Row<'leadTimes'>>('Kwartaal', (r) => r.quarter),
        col('Eerste contact: aantal', (r) => r.firstContactTotal, 'firstContactTotal'),
        col(`Eerste contact binnen ${d.norms.firstContactWorkingDays} werkdagen`, (r) => r.firstContactWithinNorm, 'firstContactWithinNorm'),
        col('Eerste contact binnen norm (%)', (r) => r.firstContactPercent, 'firstContactPercent'),
        col('Eerste contact: mediaan werkdagen', (r) => r.firstContactMedianDays, 'firstContactMedianDays'),
        col('Start: aantal', (r) => r.startTotal, 'startTotal'),
        col(`Start binnen ${d.norms.startWorkingDays} werkdagen`, (r) => r.startWithinNorm, 'startWithinNorm'),
        col('Start binnen norm (%)', (r) => r.startPercent, 'startPercent'),
        col('Start: mediaan werkdagen', (r) => r.startMedianDays, 'startMedianDays'),
        col('Wacht nog op eerste contact', (r) => r.waitingForFirstContact, 'waitingForFirstContact'),
      ]);
    case 'open-per-step':
      return toCsv(d.openPerStep, [col<Row<'openPerStep'>>('Fase', (r) => r.label), col('Open casussen', (r) => r.cases, 'cases')]);
    case 'breakthroughs':
      return toCsv(d.breakthroughs, [col<Row<'breakthroughs'>>('Kwartaal', (r) => r.quarter), col('Afgesloten casussen', (r) => r.closed, 'closed'),
        col('Waarvan met doorbraak', (r) => r.breakthroughs, 'breakthroughs')]);
    case 'costs':
      return toCsv(d.costs, [
        col<Row<'costs'>>('Kwartaal van aanmelding', (r) => r.quarter), col('Casussen met kostenafweging', (r) => r.cases, 'cases'),
        col('Huidige ondersteuning per jaar (euro)', (r) => csvEuros(r.currentYearlyCents), 'currentYearlyCents'),
        col('Doorbraken eenmalig (euro)', (r) => csvEuros(r.solutionOneOffCents), 'solutionOneOffCents'),
        col('Doorbraken per jaar (euro)', (r) => csvEuros(r.solutionYearlyCents), 'solutionYearlyCents'),
        col('Vermeden kosten na 1 jaar (euro)', (r) => csvEuros(r.avoided1yCents), 'avoided1yCents'),
      ]);
    case 'recurrences':
      return toCsv(d.recurrences, [col<Row<'recurrences'>>('Kwartaal', (r) => r.quarter), col('Nieuwe casussen', (r) => r.newCases, 'newCases'),
        col('Waarvan terugkeer binnen een jaar', (r) => r.recurrences, 'recurrences')]);
    case 'bottlenecks':
      return toCsv(d.bottlenecks, [col<Row<'bottlenecks'>>('Systeemknelpunt', (r) => r.title), col('Status', (r) => r.statusLabel),
        col('Eigenaar', (r) => r.ownerOrganisation), col('Casussen', (r) => r.cases, 'cases')]);
  }
}
