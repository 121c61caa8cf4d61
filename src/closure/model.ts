/**
 * Case kinds, closure, follow-up and recurrence: pure rules, no I/O.
 * Next to the full breakthrough case there is advice (the coordinator coaches the professional who
 * asked) and a temporary takeover (with a planned return date and a warm handover back).
 */
import { caseKinds } from '../cases/model.ts';
import type { FieldError } from '../platform/http/problem.ts';
import { addWorkingDays, amsterdamDate } from '../platform/time/working-days.ts';

export { caseKinds };
export type CaseKind = (typeof caseKinds)[number];

export const outcomes = ['breakthrough', 'advice_given', 'returned', 'no_breakthrough', 'moved_away', 'other'] as const;
export type Outcome = (typeof outcomes)[number];

export const followUpResults = ['holding', 'wavering', 'relapsed'] as const;
export type FollowUpResult = (typeof followUpResults)[number];

/** Follow-ups after closure: did the solution hold? */
export const FOLLOW_UP_MONTHS = [3, 6, 12] as const;
/** A household that comes back within this many months of closure counts as a recurrence. */
export const RECURRENCE_MONTHS = 12;

const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar months later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The follow-up dates after a closure: 3, 6 and 12 months later, moved to the next working day. */
export function followUpDueDates(closedOn: string): { months: (typeof FOLLOW_UP_MONTHS)[number]; dueOn: string }[] {
  return FOLLOW_UP_MONTHS.map((months) => ({ months, dueOn: addWorkingDays(addMonths(closedOn, months), 0) }));
}

const day = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : amsterdamDate(d));

/** A new intake counts as a recurrence when it comes in within a year after the household's case was closed. */
export function isRecurrence(closedAt: Date | string, reportedAt: Date | string): boolean {
  const closed = day(closedAt);
  const reported = day(reportedAt);
  return reported >= closed && reported <= addMonths(closed, RECURRENCE_MONTHS);
}

const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;

export interface KindChange {
  kind: CaseKind;
  plannedReturn?: string | null;
}

/** A temporary takeover needs a planned return date, today or later. */
export function kindErrors(k: KindChange, today: string): FieldError[] {
  if (k.kind !== 'takeover') return [];
  if (!k.plannedReturn) return [{ field: 'plannedReturn', message: 'Vul in wanneer de casus teruggaat naar de verwijzer' }];
  if (k.plannedReturn < today) return [{ field: 'plannedReturn', message: 'De datum van teruggave ligt in het verleden' }];
  return [];
}

export interface Closure {
  kind: CaseKind;
  outcome: Outcome;
  residentWords?: string | null;
  outcomeNote?: string | null;
  /** The advice given, from the closure form or already on the case. */
  advice?: string | null;
}

/**
 * Closing needs an outcome and the resident's own words on what the help meant. Advice closes with
 * "advice given" and the advice recorded; a takeover ends with a warm handover back, written down.
 */
export function closureErrors(c: Closure): FieldError[] {
  const errors: FieldError[] = [];
  if (c.kind === 'consult' && c.outcome !== 'advice_given') {
    errors.push({ field: 'outcome', message: "Een adviesvraag sluit af met de uitkomst 'advies gegeven'" });
  }
  if (c.kind !== 'consult' && c.outcome === 'advice_given') {
    errors.push({ field: 'outcome', message: "'Advies gegeven' past alleen bij een adviesvraag. Kies een andere uitkomst of wijzig de soort casus." });
  }
  if (c.kind === 'consult' && !filled(c.advice)) {
    errors.push({ field: 'advice', message: 'Schrijf op welk advies u heeft gegeven' });
  }
  if (c.kind === 'takeover' && !filled(c.outcomeNote)) {
    errors.push({ field: 'outcomeNote', message: 'Beschrijf de warme overdracht terug naar de verwijzer: wat is besproken en wie doet wat' });
  }
  if (!filled(c.residentWords)) {
    errors.push({ field: 'residentWords', message: 'Schrijf in de woorden van de inwoner op wat de hulp heeft betekend' });
  }
  return errors;
}
