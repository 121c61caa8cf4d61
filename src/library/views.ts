import type { BlockerKind } from '../breakthrough/model.ts';
import { blockerOf } from '../breakthrough/store.ts';
import type { LifeDomain } from '../cases/model.ts';
import { costOver } from '../costs/model.ts';
import { costInputs } from '../costs/store.ts';
import { membersOf } from '../households/store.ts';
import { ERASED } from '../privacy/erase.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Finding, identifierLabel, type Sharing, sharingLabel } from './model.ts';
import type { EntryRow } from './store.ts';

/** A library entry as the API shows it, and what a case brings to an entry. */

export function presentEntry(e: EntryRow, tenantId: string) {
  const own = e.tenant_id === tenantId;
  return {
    id: e.id, title: e.title, problem: e.problem, blocker: e.blocker, breakthrough: e.breakthrough, outcome: e.outcome, origin: e.origin,
    municipality: e.municipality, own,
    costs: {
      currentYearlyCents: Number(e.current_yearly_cents), oneOffCents: Number(e.one_off_cents), yearlyCents: Number(e.yearly_cents),
      avoided1yCents: Number(e.avoided_1y_cents), avoided5yCents: Number(e.avoided_5y_cents),
    },
    lifeDomains: e.life_domains as LifeDomain[], blockerKinds: e.blocker_kinds as BlockerKind[],
    rules: e.rule_codes.map((code, i) => ({ code, label: e.rule_labels[i] ?? code })),
    sharing: e.sharing as Sharing, sharingLabel: sharingLabel[e.sharing as Sharing],
    // Another municipality hears neither its note nor whether the entry came from a case.
    sharingNote: own ? e.sharing_note : null, sharingDecidedAt: e.sharing_decided_at ? new Date(e.sharing_decided_at).toISOString() : null,
    fromCase: own && e.source_case_id !== null,
    createdAt: new Date(e.created_at).toISOString(), updatedAt: new Date(e.updated_at).toISOString(), version: e.version,
  };
}

export function flatFindings(checked: { field: string; findings: Finding[] }[]) {
  return checked.flatMap((c) => c.findings.map((f) => ({ field: c.field, kind: f.kind, label: identifierLabel[f.kind], text: f.text })));
}

/** Names of the household's members, to recognise them in a text; erased members are no names any more. */
export async function householdNames(tx: Tx, householdId: string): Promise<string[]> {
  return (await membersOf(tx, [householdId])).map((m) => m.name).filter((n) => n && n !== ERASED);
}

/** What a case brings to a library entry: its blocker, rules, life domains, kinds and cost sum. */
export async function caseMaterial(tx: Tx, caseId: string) {
  const kase = await tx.selectFrom('cases').select(['status', 'outcome', 'outcome_note', 'life_domains', 'household_id']).where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  const blocker = await blockerOf(tx, caseId);
  const inputs = await costInputs(tx, caseId);
  return {
    status: kase.status, outcome: kase.outcome, outcomeNote: kase.outcome_note, householdId: kase.household_id,
    lifeDomains: kase.life_domains, blocker,
    rules: blocker.rules.map((r) => ({ id: r.id, code: r.code, label: `${r.law}${r.article ? ` ${r.article}` : ''}: ${r.name}` })),
    costs: {
      currentYearlyCents: inputs.currentYearlyCents, oneOffCents: inputs.oneOffCents, yearlyCents: inputs.yearlyCents,
      avoided1yCents: costOver(inputs, 1).avoidedCents, avoided5yCents: costOver(inputs, 5).avoidedCents,
    },
  };
}
