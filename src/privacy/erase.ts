import { sql } from 'kysely';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { conflict, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing, type ProcessingContext } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { blankDecisions } from '../decisions/store.ts';
import { blankEntryNotes } from '../budgets/store.ts';
import { erasureDecision } from './model.ts';
import {
  casesOfHouseholds, getPerson, householdMembers, recordRequest, recordsOfSameResident, retentionCase, retentionPolicy,
} from './store.ts';

/** What stays where a name or text was: readable in the case screens, and never matching a real person. */
export const ERASED = 'Verwijderd';

export interface ErasedPerson {
  personId: string;
  /** The data subject's pseudonym, for the processing log of the caller. */
  subject: string;
  /** Cases whose free text went because nobody in the household is left. */
  casesBlanked: string[];
}

/**
 * The free text of a case: the stories, who reported it (their organisation stays, for figures on
 * where reports come from), the household's contact details, the referral reason and what consent
 * was for. Kind, status, step, dates and life domains stay, so the figures keep adding up.
 */
export async function blankCase(tx: Tx, tenantId: string, caseId: string): Promise<number> {
  const intakes = await tx.updateTable('intake')
    .set({
      story: ERASED,
      reporter: sql`case when reporter ? 'organisation'
        then jsonb_build_object('name', ${ERASED}::text, 'organisation', reporter->'organisation')
        else jsonb_build_object('name', ${ERASED}::text) end`,
    } as never)
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).executeTakeFirst();
  await tx.updateTable('cases').set({ contact: '{}', referral_reason: null, advice: null, outcome_note: null, resident_words: null })
    .where('tenant_id', '=', tenantId).where('id', '=', caseId).execute();
  await tx.updateTable('consent').set({ purpose: ERASED, withdrawal_note: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await blankWorkflow(tx, tenantId, caseId);
  return Number(intakes.numUpdatedRows);
}

/**
 * The six steps' free text goes; what figures need stays: costs and agencies, blocker kinds and
 * rules, life-domain states, plan statuses, outcome and follow-up results.
 */
async function blankWorkflow(tx: Tx, tenantId: string, caseId: string): Promise<void> {
  await tx.updateTable('perspective')
    .set({ own_words: null, own_strength: null, network_strength: null, needs: null, dream_scenario: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('blocker').set({ problem: null, blocked_by: null, proposed_step: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('involvement').set({ contact_name: null, contact_details: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('life_domain_assessment').set({ note: null, reported_by: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('plan_goal').set({ text: ERASED })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('plan_action').set({ what: ERASED, owner_name: ERASED })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('handover').set({ note: ERASED, answer: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('follow_up').set({ note: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  await tx.updateTable('case_step').set({ reopen_reason: null })
    .where('tenant_id', '=', tenantId).where('case_id', '=', caseId).execute();
  // Decisions keep outcome, amounts, level and rules; the budget keeps its entries for the accounts.
  await blankDecisions(tx, tenantId, caseId);
  await blankEntryNotes(tx, tenantId, caseId);
}

/**
 * Pseudonymises one person: name, BSN and birth date go, and with them the old values kept by
 * rectification and the free text of their consent. The row stays (cases, consent and the processing
 * log point at it). When nobody in the household is left, the household's cases lose their free text
 * too. The caller checks that no running case or retention term still needs the data, and logs.
 */
export async function erasePerson(tx: Tx, crypto: Crypto, tenantId: string, personId: string, now = new Date()): Promise<ErasedPerson> {
  const person = await tx.updateTable('person')
    .set({
      name: ERASED, birth_date: null, bsn_encrypted: null, bsn_hash: null, erased_at: now,
      // Intake linking compares 'name|birth date' keys; this one can never equal such a key.
      match_key: `${ERASED.toLowerCase()}:${personId}`, version: sql`version + 1`,
    } as never)
    .where('tenant_id', '=', tenantId).where('id', '=', personId).where('erased_at', 'is', null)
    .returning('household_id').executeTakeFirst();
  const result: ErasedPerson = { personId, subject: crypto.pseudonym('person', personId), casesBlanked: [] };
  if (!person) return result;

  await tx.updateTable('person_history').set({ old_values: null, reason: ERASED })
    .where('tenant_id', '=', tenantId).where('person_id', '=', personId).execute();
  await tx.updateTable('consent').set({ purpose: ERASED, withdrawal_note: null })
    .where('tenant_id', '=', tenantId).where('person_id', '=', personId).execute();

  const left = await tx.selectFrom('person').select('id')
    .where('tenant_id', '=', tenantId).where('household_id', '=', person.household_id).where('erased_at', 'is', null)
    .limit(1).executeTakeFirst();
  if (!left) {
    const cases = await tx.selectFrom('cases').select('id')
      .where('tenant_id', '=', tenantId).where('household_id', '=', person.household_id).execute();
    for (const c of cases) await blankCase(tx, tenantId, c.id);
    result.casesBlanked = cases.map((c) => c.id);
  }
  return result;
}

export type ErasureOutcome =
  | { status: 'done'; requestId: string; personsErased: number; casesBlanked: number }
  | { status: 'refused'; requestId: string; legalGround: string };

/**
 * AVG art. 17: a resident asks to be forgotten. Every record of the same resident is checked; while
 * a case runs or a retention term applies, the request is refused and the ground recorded (the
 * caller answers 409 after this transaction commits, so the refusal stays on record).
 */
export async function requestErasure(tx: Tx, crypto: Crypto, pc: ProcessingContext, personId: string, reason: string, now = new Date()): Promise<ErasureOutcome> {
  const person = await getPerson(tx, personId);
  if (!person) throw notFound();
  if (person.erased_at) throw conflict('De gegevens van deze inwoner zijn al gewist.');
  const records = (await recordsOfSameResident(tx, person)).filter((r) => !r.erased_at);
  const householdIds = [...new Set(records.map((r) => r.household_id))];
  const [cases, { policy }, members] = await Promise.all([
    casesOfHouseholds(tx, householdIds), retentionPolicy(tx), householdMembers(tx, householdIds),
  ]);
  const decision = erasureDecision(cases.map((c) => ({ ...retentionCase(c), reference: c.reference })), policy, amsterdamDate(now));
  const subjects = records.map((r) => crypto.pseudonym('person', r.id));

  if (!decision.allowed) {
    const requestId = await recordRequest(tx, {
      tenantId: pc.tenantId, kind: 'erasure', personId, status: 'refused', legalGround: decision.legalGround, handledBy: pc.actorId!, note: reason,
    });
    await logProcessing(tx, pc, {
      activity: 'gegevens-wissen', action: 'read', objectType: 'person', objectId: personId, legalBasis: 'legal_obligation', subjects,
    });
    await appendAudit(tx, pc.tenantId, [{
      actorId: pc.actorId, action: 'privacy.erasure_refused', objectType: 'person', objectId: personId, data: { requestId, cases: cases.length },
    }]);
    return { status: 'refused', requestId, legalGround: decision.legalGround };
  }

  const blanked = new Set<string>();
  for (const r of records) {
    const erased = await erasePerson(tx, crypto, pc.tenantId, r.id, now);
    for (const id of erased.casesBlanked) blanked.add(id);
  }
  const requestId = await recordRequest(tx, {
    tenantId: pc.tenantId, kind: 'erasure', personId, status: 'done', legalGround: null, handledBy: pc.actorId!, note: reason,
  });
  await logProcessing(tx, pc, {
    activity: 'gegevens-wissen', action: 'delete', objectType: 'person', objectId: personId, legalBasis: 'legal_obligation',
    // Blanking a household's cases removes text about everyone who lived there.
    subjects: blanked.size ? members.map((m) => crypto.pseudonym('person', m.id)) : subjects,
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: pc.actorId, action: 'privacy.erased', objectType: 'person', objectId: personId,
    data: { requestId, records: records.length, casesBlanked: [...blanked] },
  }]);
  return { status: 'done', requestId, personsErased: records.length, casesBlanked: blanked.size };
}
