/**
 * Pure rules of systemic bottlenecks: when blocked cases add up to a proposal, the status a
 * bottleneck can have and what each status needs, and the pseudonymised picture of its cases. No I/O.
 */
import type { LifeDomain } from '../cases/model.ts';
import { domainLabel } from '../life-domains/model.ts';
import { type BlockerKind, blockerKindLabel } from '../breakthrough/model.ts';

export const DEFAULT_THRESHOLD = 3;
export const DEFAULT_WINDOW_MONTHS = 12;

export const bases = ['rule', 'organisation', 'manual'] as const;
export type Basis = (typeof bases)[number];

export const bottleneckStatuses = ['signalled', 'on_agenda', 'in_discussion', 'resolved', 'not_taken_up'] as const;
export type BottleneckStatus = (typeof bottleneckStatuses)[number];
export const openStatuses: readonly BottleneckStatus[] = ['signalled', 'on_agenda', 'in_discussion'];

export const statusLabel: Record<BottleneckStatus, string> = {
  signalled: 'Gesignaleerd', on_agenda: 'Geagendeerd', in_discussion: 'In bespreking',
  resolved: 'Opgelost', not_taken_up: 'Niet opgepakt',
};

export const resolutions = ['rule_changed', 'practice_changed'] as const;
export type Resolution = (typeof resolutions)[number];
export const resolutionLabel: Record<Resolution, string> = { rule_changed: 'de regel is aangepast', practice_changed: 'de werkwijze is aangepast' };

export const isOpen = (s: BottleneckStatus) => openStatuses.includes(s);

/** The first day that still counts: cases reported on or after it, and every case still open. */
export function windowStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * A rule or organisation that blocked cases, as the database counts them. `sinceClosed` counts
 * only cases reported after its last bottleneck was closed: once a rule changed, old cases no
 * longer prove that it still blocks.
 */
export interface BlockerGroup {
  basis: 'rule' | 'organisation';
  key: string;
  label: string;
  inWindow: number;
  lastClosedAt: string | null;
  sinceClosed: number;
  hasOpen: boolean;
}

export interface Proposal { basis: 'rule' | 'organisation'; key: string; label: string; cases: number }

/** Whether a group is a proposed systemic bottleneck: enough cases, and none open for it yet. */
export function proposalFor(g: BlockerGroup, threshold: number): Proposal | null {
  if (g.hasOpen) return null;
  const cases = g.lastClosedAt ? g.sinceClosed : g.inWindow;
  return cases >= threshold ? { basis: g.basis, key: g.key, label: g.label, cases } : null;
}

/** Proposals, the most cases first; rules before organisations when equal (a rule can be changed). */
export function proposals(groups: BlockerGroup[], threshold: number): Proposal[] {
  return groups.map((g) => proposalFor(g, threshold)).filter((p): p is Proposal => p !== null)
    .sort((a, b) => b.cases - a.cases || (a.basis === b.basis ? a.label.localeCompare(b.label, 'nl') : a.basis === 'rule' ? -1 : 1));
}

export interface StatusChange { status: BottleneckStatus; reason?: string | null; resolution?: Resolution | null }

/** What a status needs: 'resolved' says what changed, 'not taken up' says why. */
export function statusProblems(c: StatusChange): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const reason = c.reason?.trim() ?? '';
  if (c.status === 'resolved' && !c.resolution) {
    problems.push({ field: 'resolution', message: 'Kies wat er veranderd is: de regel of de werkwijze' });
  }
  if (c.status !== 'resolved' && c.resolution) {
    problems.push({ field: 'resolution', message: 'Een oplossing hoort alleen bij de status opgelost' });
  }
  if ((c.status === 'resolved' || c.status === 'not_taken_up') && reason.length < 10) {
    problems.push({
      field: 'reason',
      message: c.status === 'resolved' ? 'Beschrijf wat er veranderd is (minstens 10 tekens)' : 'Beschrijf waarom het niet is opgepakt (minstens 10 tekens)',
    });
  }
  return problems;
}

// ── evidence ───────────────────────────────────────────────────────────
export interface EvidenceCase {
  caseId: string; reportedOn: string; status: string; step: number; lifeDomains: string[]; kinds: string[];
  agencies: number; currentYearlyCents: number; flagged: boolean;
}

/** A yearly cost as a band: an exact amount could point at one household. */
export function costBand(cents: number): string {
  const e = cents / 100;
  if (e <= 0) return 'geen vastgelegde kosten';
  const bands: [number, string][] = [[5_000, 'tot € 5.000'], [10_000, '€ 5.000 – € 10.000'], [25_000, '€ 10.000 – € 25.000'],
    [50_000, '€ 25.000 – € 50.000'], [100_000, '€ 50.000 – € 100.000']];
  return bands.find(([max]) => e <= max)?.[1] ?? 'meer dan € 100.000';
}

const caseStatusLabel: Record<string, string> = { new: 'aangemeld', active: 'loopt', referred: 'terugverwezen', closed: 'afgesloten' };
const quarter = (d: string) => `${d.slice(0, 4)}-K${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;

/**
 * The cases as the report shows them: a letter instead of a name or number, the quarter instead of
 * a date, bands instead of amounts, and only what the system recorded in its own words — never the
 * free text, which may quote the household.
 */
export function pseudonymise(cases: EvidenceCase[]) {
  return [...cases].sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.caseId.localeCompare(b.caseId)).map((c, i) => ({
    label: `Casus ${letters(i)}`,
    quarter: quarter(c.reportedOn),
    status: caseStatusLabel[c.status] ?? c.status,
    step: c.step,
    lifeDomains: c.lifeDomains.map((d) => domainLabel[d as LifeDomain] ?? d),
    kinds: c.kinds.map((k) => blockerKindLabel[k as BlockerKind] ?? k),
    agencies: c.agencies,
    yearlyCost: costBand(c.currentYearlyCents),
    flaggedByHand: c.flagged,
  }));
}
export type PseudonymisedCase = ReturnType<typeof pseudonymise>[number];

/** A, B, … Z, AA, AB: labels that say nothing about the case. */
function letters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Counts per quarter, oldest first, including quarters without cases. */
export function trend(reportedOn: string[], quarters: string[]): { quarter: string; cases: number }[] {
  const counts = new Map(quarters.map((q) => [q, 0]));
  for (const d of reportedOn) {
    const q = quarter(d);
    if (counts.has(q)) counts.set(q, counts.get(q)! + 1);
  }
  return quarters.map((q) => ({ quarter: q, cases: counts.get(q)! }));
}

/** How often each value occurs, most frequent first. */
export function tally(values: string[][], label: (v: string) => string): { value: string; label: string; cases: number }[] {
  const counts = new Map<string, number>();
  for (const list of values) for (const v of new Set(list)) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value, cases]) => ({ value, label: label(value), cases }));
}

export const kindName = (k: string) => blockerKindLabel[k as BlockerKind] ?? k;
export const domainName = (d: string) => domainLabel[d as LifeDomain] ?? d;
