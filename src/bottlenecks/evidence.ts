import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { notFound } from '../platform/http/problem.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { contactsOfBottleneck } from '../network/store.ts';
import { presentContact } from '../network/views.ts';
import { isSmall, lastQuarters } from '../policy/model.ts';
import {
  type Basis, type BottleneckStatus, domainName, type EvidenceCase, kindName, pseudonymise, type Resolution, statusLabel, tally, trend, windowStart,
} from './model.ts';
import { type BottleneckRow, bottleneck, caseCounts, evidenceCases, settingsOf, statusHistory } from './store.ts';

/** What a bottleneck shows: the same facts for everyone, with counts below 5 left out for whoever does not work on cases. */

/** Coordinators and mandate holders know the cases; everyone else (policy, administrators) gets small counts suppressed. */
export const seesExactCounts = (roles: readonly string[]) => roles.includes('coordinator') || roles.includes('mandate_holder');

export function count(n: number, exact: boolean, field: string, suppressed: string[]): number | null {
  if (exact || !isSmall(n)) return n;
  suppressed.push(field);
  return null;
}

export async function windowOf(tx: Tx, now = new Date()) {
  const s = await settingsOf(tx);
  return { ...s, since: windowStart(amsterdamDate(now), s.windowMonths) };
}

export function presentBottleneck(b: BottleneckRow, cases: number, exact: boolean) {
  const suppressed: string[] = [];
  return {
    id: b.id, basis: b.basis as Basis, title: b.title, description: b.description,
    rule: b.rule_id ? {
      id: b.rule_id, code: b.rule_code!, name: b.rule_name!, law: b.rule_law!, article: b.rule_article, purpose: b.rule_purpose, url: b.rule_url,
    } : null,
    organisation: b.organisation_key, ownerOrganisation: b.owner_organisation,
    status: b.status as BottleneckStatus, statusLabel: statusLabel[b.status as BottleneckStatus],
    resolution: b.resolution as Resolution | null, statusReason: b.status_reason, statusChangedAt: new Date(b.status_changed_at).toISOString(),
    cases: count(cases, exact, 'cases', suppressed), suppressed,
    createdAt: new Date(b.created_at).toISOString(), updatedAt: new Date(b.updated_at).toISOString(), version: b.version,
  };
}

export function buildEvidence(cases: EvidenceCase[], since: string, exact: boolean, today: string) {
  const suppressed: string[] = [];
  const total = count(cases.length, exact, 'cases', suppressed);
  const small = !exact && isSmall(cases.length);
  const tallied = (list: ReturnType<typeof tally>) => list.map((t) => {
    const s: string[] = [];
    return { ...t, cases: count(t.cases, exact, 'cases', s), suppressed: s };
  });
  const yearly = cases.reduce((sum, c) => sum + c.currentYearlyCents, 0);
  if (small) suppressed.push('yearlySupportCents');
  return {
    since, cases: total,
    openCases: count(cases.filter((c) => c.status === 'new' || c.status === 'active').length, exact, 'openCases', suppressed),
    flaggedByHand: count(cases.filter((c) => c.flagged).length, exact, 'flaggedByHand', suppressed),
    trend: trend(cases.map((c) => c.reportedOn), lastQuarters(today, 4)).map((t) => {
      const s: string[] = [];
      return { quarter: t.quarter, cases: count(t.cases, exact, 'cases', s), suppressed: s };
    }),
    yearlySupportCents: small ? null : yearly,
    kinds: tallied(tally(cases.map((c) => c.kinds), kindName)),
    lifeDomains: tallied(tally(cases.map((c) => c.lifeDomains), domainName)),
    suppressed,
  };
}

export async function requireBottleneck(tx: Tx, id: string) {
  const b = await bottleneck(tx, id);
  if (!b) throw notFound();
  return b;
}

export async function bottleneckDetail(tx: Tx, id: string, exact: boolean) {
  const b = await requireBottleneck(tx, id);
  const { since } = await windowOf(tx);
  const cases = await evidenceCases(tx, b, since);
  const history = await statusHistory(tx, id);
  const contacts = await contactsOfBottleneck(tx, id);
  return {
    ...presentBottleneck(b, cases.length, exact),
    evidence: buildEvidence(cases, since, exact, amsterdamDate(new Date())),
    history: history.map((h) => ({
      status: h.status as BottleneckStatus, statusLabel: statusLabel[h.status as BottleneckStatus], resolution: h.resolution as Resolution | null,
      reason: h.reason, changedAt: new Date(h.changed_at).toISOString(), changedBy: h.name,
    })),
    contacts: contacts.map(presentContact),
  };
}

export async function presentList(tx: Tx, rows: BottleneckRow[], exact: boolean) {
  const { since } = await windowOf(tx);
  const counts = await caseCounts(tx, rows.map((r) => r.id), since);
  return rows.map((r) => presentBottleneck(r, counts.get(r.id) ?? 0, exact));
}

/** How many pseudonymised cases a list or report shows: the most recent ones. */
export const MAX_CASES_SHOWN = 100;

/**
 * The pseudonymised cases of a bottleneck, logged as a processing of each household shown:
 * without names or dates they are still about people.
 */
export async function shownCases(tx: Tx, crypto: Crypto, pc: ProcessingContext, b: BottleneckRow, since: string) {
  const all = await evidenceCases(tx, b, since);
  const shown = all.slice(0, MAX_CASES_SHOWN);
  const households = [...new Set(shown.map((c) => c.householdId))];
  if (households.length) {
    const persons = await tx.selectFrom('person').select(['id', 'household_id']).where('household_id', 'in', households).execute();
    await logProcessing(tx, pc, shown.map((c) => ({
      activity: 'systeemknelpunt-onderbouwen' as const, action: 'read' as const, objectType: 'systemic_bottleneck', objectId: b.id,
      caseId: c.caseId, legalBasis: c.legalBasis,
      subjects: persons.filter((p) => p.household_id === c.householdId).map((p) => crypto.pseudonym('person', p.id)),
    })));
  }
  return { items: pseudonymise(shown), total: all.length, shown: shown.length };
}
