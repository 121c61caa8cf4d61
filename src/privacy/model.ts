/**
 * Pure rules for the privacy officer: how long case data must be kept, and whether a resident's data
 * may be erased. No I/O.
 */
import type { CaseStatus, caseKinds, LifeDomain } from '../cases/model.ts';

export type CaseKind = (typeof caseKinds)[number];

/** Years after the end of a case. */
export type RetentionPolicy = Record<CaseKind, number>;

export interface LegalRetention {
  id: string;
  years: number;
  /** Which cases it covers: every case, or cases in which one of these life domains plays. */
  lifeDomains: LifeDomain[] | 'all';
  /** Plain Dutch, shown to the privacy officer and recorded as the ground of a refusal. */
  ground: string;
}

/**
 * What the law asks, as data. Sources:
 *
 * - Archiefwet 1995 art. 3 and 5 with the Selectielijst gemeenten en intergemeentelijke organen
 *   (VNG, 2020 and later updates): municipal files must be kept for the term the selectielijst sets
 *   for their process category, and destroyed after it. The selectielijst gives separate categories
 *   and terms for the social domain (Wmo 2015 maatwerkvoorzieningen, Participatiewet, schuldhulp), and
 *   we have not verified one term that covers a coordination case spanning them. We therefore take
 *   7 years after closure, the longest of the common administrative terms (compare the fiscal term of
 *   AWR art. 52), as a conservative floor. A municipality's archivist can only lengthen it.
 * - Jeugdwet art. 7.3.8: files about youth help are kept 20 years, counted from when each record was
 *   made (older government guidance says 15 years after the help ended). A case in which 'parenting'
 *   plays may hold youth-help records; we count the 20 years from closure, the moment the last record
 *   was made at the latest, so both readings are covered.
 *
 * Cases the municipality marks for permanent transfer to its archive (the selectielijst's 'B') are
 * not modelled; none of Doorbraak's cases are designated so today.
 */
export const legalRetention: LegalRetention[] = [
  {
    id: 'archiefwet-selectielijst',
    years: 7,
    lifeDomains: 'all',
    ground: 'Archiefwet 1995 en de Selectielijst gemeenten: een casusdossier in het sociaal domein bewaren wij 7 jaar na het afsluiten',
  },
  {
    id: 'jeugdwet-7.3.8',
    years: 20,
    lifeDomains: ['parenting'],
    ground: 'Jeugdwet artikel 7.3.8: gegevens over jeugdhulp bewaren wij 20 jaar',
  },
];

/** No municipality may set a term below what the law asks for every case: the floor of the rules for all cases. */
export const LEGAL_MINIMUM_YEARS = Math.max(...legalRetention.filter((r) => r.lifeDomains === 'all').map((r) => r.years));

/** Without a setting of its own a municipality keeps case files for the legal minimum. */
export const defaultPolicy: RetentionPolicy = { breakthrough: LEGAL_MINIMUM_YEARS, consult: LEGAL_MINIMUM_YEARS, takeover: LEGAL_MINIMUM_YEARS };

/** Days are 'YYYY-MM-DD' in the Dutch calendar. */
export interface RetentionCase {
  kind: CaseKind;
  status: CaseStatus;
  lifeDomains: readonly string[];
  closedOn: string | null;
  /** The last change: a referred case has no closing date, so its referral (its last change) counts as its end. */
  lastChangedOn: string;
}

export interface RetentionTerm {
  /** From this day on ('YYYY-MM-DD', Dutch calendar) the data may go. */
  endsOn: string;
  years: number;
  ground: string;
}

/** The day a case ended, or null while it still runs. */
export function caseEndedOn(c: RetentionCase): string | null {
  if (c.status === 'closed') return c.closedOn ?? c.lastChangedOn;
  if (c.status === 'referred') return c.lastChangedOn;
  return null;
}

/** Every term that applies to a finished case, longest first; empty while the case runs. */
export function retentionTerms(c: RetentionCase, policy: RetentionPolicy): RetentionTerm[] {
  const ended = caseEndedOn(c);
  if (!ended) return [];
  const terms: RetentionTerm[] = legalRetention
    .filter((rule) => rule.lifeDomains === 'all' || rule.lifeDomains.some((d) => c.lifeDomains.includes(d)))
    .map((rule) => ({ endsOn: addYears(ended, rule.years), years: rule.years, ground: rule.ground }));
  terms.push({
    endsOn: addYears(ended, policy[c.kind]), years: policy[c.kind],
    ground: `Bewaartermijn van de gemeente voor dit soort casus: ${policy[c.kind]} jaar na het afsluiten`,
  });
  // Stable: on equal terms the law comes first, being the stronger ground to name.
  return terms.sort((a, b) => b.endsOn.localeCompare(a.endsOn));
}

/**
 * The effective end of retention: the longest of the municipality's setting for the case's kind and
 * what the law asks for its life domains. Null while the case runs.
 */
export function retentionEndsOn(c: RetentionCase, policy: RetentionPolicy): string | null {
  return retentionTerms(c, policy)[0]?.endsOn ?? null;
}

export type ErasureDecision =
  | { allowed: true }
  | { allowed: false; legalGround: string };

/**
 * AVG art. 17 lid 3 onder b: erasure does not apply while the data are needed for a legal obligation
 * or a task in the public interest: a running case, or a finished one still within its retention.
 */
export function erasureDecision(cases: (RetentionCase & { reference: string })[], policy: RetentionPolicy, today: string): ErasureDecision {
  const running = cases.filter((c) => caseEndedOn(c) === null);
  if (running.length > 0) {
    return {
      allowed: false,
      legalGround: `AVG artikel 17 lid 3 onder b: de casus ${running.map((c) => c.reference).join(', ')} loopt nog. `
        + 'Zolang wij de inwoner helpen, hebben wij deze gegevens nodig voor onze wettelijke taak.',
    };
  }
  const kept = cases
    .map((c) => ({ c, term: retentionTerms(c, policy)[0] }))
    .filter(({ term }) => term && term.endsOn > today)
    .sort((a, b) => b.term.endsOn.localeCompare(a.term.endsOn));
  if (kept.length > 0) {
    const { c, term } = kept[0];
    return {
      allowed: false,
      legalGround: `AVG artikel 17 lid 3 onder b: wij moeten de gegevens van casus ${c.reference} bewaren tot ${term.endsOn}. `
        + `Grond: ${term.ground}.`,
    };
  }
  return { allowed: true };
}

/** A policy value a municipality may choose, or the reason it may not. */
export function checkPolicyYears(years: number): string | null {
  if (years < LEGAL_MINIMUM_YEARS) {
    return `Minstens ${LEGAL_MINIMUM_YEARS} jaar: korter mag niet volgens de Archiefwet en de Selectielijst gemeenten`;
  }
  return null;
}

/** 'YYYY-MM-DD' plus whole years; 29 February becomes 28 February in a year without it. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
