import { sql } from 'kysely';
import type { TestApp } from './app.ts';
import { COORDINATOR, acceptedCase, fill } from './workflow.ts';

export const DECIDER = 'beslisser@voorbeeld.nl';
export const MANAGER = 'manager@voorbeeld.nl';
export const ADMIN = 'beheer@voorbeeld.nl';

/** A fresh case at step 5: involvement, perspective, blocker (kind money, rule PW-35) and cost sum filled in. */
export async function caseAtStep5(t: TestApp, member: { name: string; birthDate: string }) {
  const { caseId, reference } = await acceptedCase(t, member);
  await fill(t, caseId, ['involvement', 'perspective', 'blocker', 'cost_sum']);
  await sql`insert into blocker_rule (tenant_id, case_id, rule_id)
    select c.tenant_id, c.id, r.id from cases c join rule r on r.tenant_id = c.tenant_id and r.code = 'PW-35' where c.id = ${caseId}`.execute(t.db.kysely);
  await t.db.kysely.updateTable('cases').set({ step: 5 }).where('id', '=', caseId).execute();
  return { caseId, reference };
}

export const weighing = (over: Record<string, string> = {}) => ['rechtmatig', 'doelmatig', 'rechtvaardig']
  .map((corner) => ({ corner, text: over[corner] ?? `De afweging voor ${corner}: zorgvuldig bekeken.` }));

export const requestBody = (over: Record<string, unknown> = {}) => ({
  question: 'Mag de gemeente de reparatie van de auto betalen in plaats van taxivervoer?',
  proposedStep: 'De gemeente betaalt de reparatie van de auto van vader.',
  alternatives: 'Taxivervoer: duurder en onrustig voor de jongens.',
  amountCents: 200_000,
  weighing: weighing(),
  residentView: 'Vader wil de jongens zelf blijven brengen.',
  ...over,
});

export function ask(t: TestApp, caseId: string, body: Record<string, unknown> = requestBody(), as = COORDINATOR) {
  return t.request(`/api/cases/${caseId}/decisions`, { method: 'POST', as, json: body });
}

export function decide(t: TestApp, caseId: string, decisionId: string, body: Record<string, unknown>, as = DECIDER) {
  return t.request(`/api/cases/${caseId}/decisions/${decisionId}/decide`, { method: 'POST', as, json: body });
}

export const approval = (over: Record<string, unknown> = {}) => ({
  outcome: 'approved', reasons: 'Dit houdt de jongens rustig en kost minder dan een jaar taxivervoer.', version: 1, ...over,
});

/** The id of a demo mandate level by name. */
export async function levelId(t: TestApp, name: string, tenant = 'voorbeeld') {
  const row = await t.db.kysely.selectFrom('mandate_level as l').innerJoin('tenant as t', 't.id', 'l.tenant_id')
    .select('l.id').where('l.name', '=', name).where('t.slug', '=', tenant).executeTakeFirstOrThrow();
  return row.id;
}

export async function entriesOf(t: TestApp, decisionId: string) {
  return t.db.kysely.selectFrom('budget_entry').select(['kind', 'amount_cents']).where('decision_id', '=', decisionId).execute();
}
