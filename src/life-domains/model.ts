/** Pure rules for the assessment of the twelve life domains: no I/O. */
import type { LifeDomain } from '../cases/model.ts';

export const assessmentStates = ['stable', 'under_pressure', 'crisis'] as const;
export type AssessmentState = (typeof assessmentStates)[number];

/** The domains in the order of the case's list (same as lifeDomains in cases/model.ts), in plain Dutch. */
export const domainLabel: Record<LifeDomain, string> = {
  finances: 'Financiën (schulden)', income: 'Inkomen', housing: 'Wonen', physical_health: 'Lichamelijke gezondheid',
  mental_health: 'Psychische gezondheid', addiction: 'Verslaving', parenting: 'Opvoeding en gezin', social_network: 'Sociaal netwerk',
  safety: 'Veiligheid', daytime_activities: 'Dagbesteding en werk', justice: 'Justitie', residence_status: 'Verblijfsstatus',
};

export const stateLabel: Record<AssessmentState, string> = { stable: 'stabiel', under_pressure: 'onder druk', crisis: 'crisis' };

/** How much it burns: crisis first, then under pressure, then stable. */
const severity: Record<AssessmentState, number> = { crisis: 0, under_pressure: 1, stable: 2 };

export interface AssessmentLike {
  id: string;
  domain: string;
  state: AssessmentState;
  assessedAt: string;
}

/**
 * The current state per domain: the latest assessment (by time, then by id, which is
 * time-ordered). Every earlier one stays as history. In the order of the twelve domains.
 */
export function currentPerDomain<T extends AssessmentLike>(history: T[]): T[] {
  const latest = new Map<string, T>();
  for (const a of history) {
    const seen = latest.get(a.domain);
    if (!seen || a.assessedAt > seen.assessedAt || (a.assessedAt === seen.assessedAt && a.id > seen.id)) latest.set(a.domain, a);
  }
  const order = Object.keys(domainLabel);
  return [...latest.values()].sort((a, b) => order.indexOf(a.domain) - order.indexOf(b.domain));
}

/** Where it burns, at a glance: the current assessments from crisis to stable, the domain order within a state. */
export function whereItBurns<T extends AssessmentLike>(current: T[]): T[] {
  const order = Object.keys(domainLabel);
  return [...current].sort((a, b) => severity[a.state] - severity[b.state] || order.indexOf(a.domain) - order.indexOf(b.domain));
}

/** Several assessments in one save must each name a different domain. */
export function duplicateDomains(domains: string[]): string[] {
  return [...new Set(domains.filter((d, i) => domains.indexOf(d) !== i))];
}

/** The timeline line for an assessment; the event holds only the domain and state codes. */
export function describeAssessment(data: Record<string, unknown>): string {
  const domain = domainLabel[data.domain as LifeDomain] ?? String(data.domain);
  const state = stateLabel[data.state as AssessmentState] ?? String(data.state);
  return `Leefgebied ${domain.toLowerCase()} beoordeeld: ${state}`;
}
