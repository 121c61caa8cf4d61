/**
 * Decisions with mandate (step 5): pure rules, no I/O. The values triangle, outcomes, when an
 * undecided request escalates (on Dutch working days), and how a decision reads on the timeline.
 */
import type { FieldError } from '../platform/http/problem.ts';
import { addWorkingDays } from '../platform/time/working-days.ts';

export interface Corner {
  /** Stable key, used in a request's weighing; the name may change later without rewriting history. */
  key: string;
  name: string;
  description: string;
}

/** The values triangle of Maatwerk & Regie, as the product ships it; each municipality may set its own corners. */
export const defaultCorners: Corner[] = [
  { key: 'rechtmatig', name: 'Rechtmatig', description: 'Mag het? Wat is het doel van de regel, en past deze oplossing bij dat doel?' },
  { key: 'doelmatig', name: 'Doelmatig', description: 'Wat kost het en wat levert het op, voor het huishouden en voor de gemeente?' },
  { key: 'rechtvaardig', name: 'Rechtvaardig', description: 'Is het goed en eerlijk, voor deze inwoner en voor anderen in een vergelijkbare situatie?' },
];

/** The cost sum of step 4 as it stood when the request was made. */
export interface CostSnapshot {
  currentYearlyCents: number; agencies: number; oneOffCents: number; yearlyCents: number;
  horizons: { years: number; muddlingOnCents: number; breakthroughCents: number; avoidedCents: number }[];
  paysOffWithin: number | null; sentence: string;
}

export const DEFAULT_DUE_WORKING_DAYS = 5;
/** How long a resident has to object (bezwaar), from the date of the letter: Awb article 6:7. */
export const OBJECTION_WEEKS = 6;

export const outcomes = ['approved', 'approved_with_conditions', 'declined'] as const;
export type Outcome = (typeof outcomes)[number];
export const decisionStatuses = ['pending', 'decided', 'withdrawn'] as const;
export type DecisionStatus = (typeof decisionStatuses)[number];

export const outcomeLabel: Record<Outcome, string> = {
  approved: 'Toegekend', approved_with_conditions: 'Toegekend met voorwaarden', declined: 'Afgewezen',
};

export const approves = (o: Outcome) => o !== 'declined';

/** The date by which the decider answers: the request day plus the municipality's working days. */
export function dueOn(requestedOn: string, workingDays: number): string {
  return addWorkingDays(requestedOn, workingDays);
}

/** Undecided after the due date has passed (the whole due day counts). */
export function isOverdue(due: string, today: string): boolean {
  return today > due;
}

/** The weighing must speak to every corner, in the municipality's order; names a missing one. */
export function weighingProblems(corners: Corner[], weighing: { corner: string; text: string }[]): FieldError[] {
  const problems: FieldError[] = [];
  const known = new Set(corners.map((c) => c.key));
  weighing.forEach((w, i) => {
    if (!known.has(w.corner)) problems.push({ field: `weighing.${i}.corner`, message: `Onbekende hoek van de waardendriehoek: ${w.corner}` });
  });
  for (const c of corners) {
    const text = weighing.find((w) => w.corner === c.key)?.text.trim() ?? '';
    if (text.length < 10) {
      problems.push({ field: `weighing.${c.key}`, message: `Schrijf de afweging voor ‘${c.name}’ op (minstens 10 tekens): ${c.description}` });
    }
  }
  return problems;
}

/** Checks of a decision beyond its shape: conditions go with 'approved with conditions', the amount not above the request. */
export function decisionProblems(d: { outcome: Outcome; conditions?: string | null; approvedCents?: number | null }, requestedCents: number): FieldError[] {
  const problems: FieldError[] = [];
  const conditions = d.conditions?.trim() ?? '';
  if (d.outcome === 'approved_with_conditions' && conditions.length < 5) {
    problems.push({ field: 'conditions', message: 'Schrijf op welke voorwaarden gelden: de inwoner leest ze in de brief' });
  }
  if (d.outcome !== 'approved_with_conditions' && conditions) {
    problems.push({ field: 'conditions', message: 'Voorwaarden horen bij ‘toegekend met voorwaarden’. Kies die uitkomst, of laat de voorwaarden leeg' });
  }
  if (d.approvedCents != null) {
    if (d.outcome === 'declined') problems.push({ field: 'approvedCents', message: 'Bij een afwijzing wordt geen bedrag toegekend' });
    else if (d.approvedCents > requestedCents) {
      problems.push({ field: 'approvedCents', message: 'U kunt niet meer toekennen dan is gevraagd. Voor meer is een nieuw verzoek nodig' });
    }
  }
  return problems;
}

/** What the decision commits from the budget: the approved amount, or the requested amount when none was given. */
export function committedAmount(outcome: Outcome, requestedCents: number, approvedCents: number | null | undefined): number {
  return approves(outcome) ? approvedCents ?? requestedCents : 0;
}

/** The perspectiefplan action an approved breakthrough becomes, with its conditions so nobody forgets them. */
export function planActionText(proposedStep: string, conditions: string | null): string {
  const text = `Besluit uitvoeren: ${proposedStep.trim()}${conditions?.trim() ? ` Voorwaarden: ${conditions.trim()}` : ''}`;
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}

/** The timeline in plain Dutch; the data holds ids, level names, outcomes and amounts, never personal details. */
export function describeDecisionEvent(type: string, data: Record<string, unknown>): string | null {
  switch (type) {
    case 'decision_requested':
      return `Besluit gevraagd aan: ${data.level}`;
    case 'decision_escalated':
      return `Besluit niet op tijd genomen: doorgezet naar ${data.level}`;
    case 'decision_made':
      return `Besluit genomen: ${(outcomeLabel[data.outcome as Outcome] ?? String(data.outcome)).toLowerCase()}`;
    case 'decision_withdrawn':
      return 'Verzoek om een besluit ingetrokken';
    case 'decision_letter':
      return 'Besluitbrief als pdf gemaakt voor het huishouden';
    default:
      return null;
  }
}

/** Text shortened for lists, at a word boundary. */
export function excerpt(text: string, length = 160): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= length) return t;
  const cut = t.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length - 20)).trimEnd()}…`;
}
