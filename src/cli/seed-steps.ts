import type { Kysely } from 'kysely';
import { addTeamMember } from '../access/store.ts';
import { gatherStepFacts, markStepComplete } from '../cases/steps-store.ts';
import { currentStep, missingFor, STEP_NUMBERS } from '../cases/steps.ts';
import { addEvent } from '../cases/store.ts';
import { followUpDueDates } from '../closure/model.ts';
import { scheduleFollowUps } from '../closure/store.ts';
import type { Database } from '../database.ts';
import { insertHandover } from '../handover/store.ts';
import { notify } from '../notifications/store.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';

/**
 * Demo data for the step states, closure with follow-up, and a warm handover. Runs after the other
 * parts' demo data: a step before the case's current one counts as complete when its essentials are
 * there (the same rule as the API), so the three filled-in cases (Bakker, Mulder, Verhoef) show their
 * progress. The closed case (the woman with the pile of letters) was a temporary takeover by the
 * social legal adviser, closed with her own words and a first follow-up done. The coordinator offers
 * the Straathoekwerk case to the colleague, who has not answered yet.
 */

const DAY = 86_400_000;

async function caseOf(tx: Tx, memberName: string) {
  return tx.selectFrom('person as p').innerJoin('cases as c', 'c.household_id', 'p.household_id')
    .select(['c.id', 'c.household_id', 'c.status', 'c.step', 'c.accepted_at', 'c.coordinator_id', 'c.reference'])
    .where('p.name', '=', memberName).executeTakeFirstOrThrow();
}

/** Steps before the demo step are complete where their essentials are there; the case stands at the first open one. */
async function seedStepStates(tx: Tx, tenantId: string) {
  const cases = await tx.selectFrom('cases').select(['id', 'household_id', 'status', 'step', 'accepted_at', 'coordinator_id'])
    .where('coordinator_id', 'is not', null).where('status', 'in', ['active', 'closed']).orderBy('reference').execute();
  for (const c of cases) {
    const facts = await gatherStepFacts(tx, c.id, c.household_id);
    const acceptedAt = new Date(c.accepted_at ?? Date.now()).getTime();
    const done: number[] = [];
    for (const step of STEP_NUMBERS.filter((s) => s < c.step)) {
      if (missingFor(step, facts).length) continue;
      // Completed when the case moved on to the next step (the demo's step_changed events).
      const at = new Date(acceptedAt + (step + 1) * 2 * DAY - 3600_000);
      await markStepComplete(tx, tenantId, c.id, step, c.coordinator_id!, at);
      await addEvent(tx, tenantId, c.id, 'step_completed', c.coordinator_id, { step, current: step + 1 }, at);
      done.push(step);
    }
    if (c.status === 'active' && currentStep(done) !== c.step) {
      await tx.updateTable('cases').set({ step: currentStep(done) }).where('id', '=', c.id).execute();
    }
  }
}

async function seedClosure(tx: Tx, tenantId: string, today: string) {
  const c = await caseOf(tx, 'Monique Peeters');
  const closedEvent = await tx.selectFrom('case_event').select('at').where('case_id', '=', c.id).where('type', '=', 'closed').executeTakeFirst();
  const closedAt = closedEvent ? new Date(closedEvent.at) : new Date(Date.now() - 90 * DAY);
  const closedOn = amsterdamDate(closedAt);
  await tx.updateTable('cases').set({
    kind: 'takeover', planned_return: closedOn, outcome: 'returned', closed_at: closedAt, closed_by: c.coordinator_id,
    outcome_note: 'Warme overdracht terug naar de sociaal raadsvrouw: samen met Monique de post doorgenomen, de betalingsregelingen lopen en zij belt de raadsvrouw als er een brief komt die ze niet begrijpt.',
    resident_words: 'Ik durfde mijn post niet meer open te maken. Nu heb ik weer overzicht en slaap ik weer. Ik help nu zelf andere mensen in het wijkcentrum met hun brieven.',
  }).where('id', '=', c.id).execute();
  const dates = followUpDueDates(closedOn);
  await scheduleFollowUps(tx, tenantId, c.id, dates);
  // The first follow-up that is due is done; the others wait.
  const first = dates.find((d) => d.dueOn <= today);
  if (!first) return;
  const at = new Date(`${first.dueOn}T10:00:00+01:00`);
  const done = await tx.updateTable('follow_up').set({
    done_at: at, done_by: c.coordinator_id, reminded_at: new Date(`${first.dueOn}T07:00:00+01:00`), result: 'holding',
    note: 'Monique opent haar post zelf en betaalt op tijd. Ze is trots op haar vrijwilligerswerk.',
  }).where('case_id', '=', c.id).where('months', '=', first.months).returning('id').executeTakeFirstOrThrow();
  await addEvent(tx, tenantId, c.id, 'follow_up_recorded', c.coordinator_id, { followUp: done.id, months: first.months, result: 'holding' }, at);
}

async function seedHandover(tx: Tx, tenantId: string, from: string, to: string, fromName: string) {
  const c = await caseOf(tx, 'Sandra Mulder');
  const id = await insertHandover(tx, {
    tenantId, caseId: c.id, from, to,
    note: 'Ik ga drie maanden met verlof. Sandra wil naar de kliniek zodra haar hond Bobby in het dierenpension kan; de straathoekwerker Jasper is haar vertrouwenspersoon. Bel hem eerst.',
  });
  await addTeamMember(tx, tenantId, c.id, to, { role: 'reader', organisation: 'Doorbraakteam', addedBy: from });
  await addEvent(tx, tenantId, c.id, 'handover_offered', from, { handover: id, to });
  await notify(tx, tenantId, [to], 'handover_offered', c.id, { actor: fromName, reference: c.reference });
}

export async function seedSteps(db: Kysely<Database>, ids: { tenantIds: Record<string, string>; userIds: Record<string, string> }) {
  const tenantId = ids.tenantIds.voorbeeld;
  const today = amsterdamDate(new Date());
  await withTenant(db, { tenantId, userId: null }, async (tx) => {
    await seedStepStates(tx, tenantId);
    await seedClosure(tx, tenantId, today);
    const from = ids.userIds['regisseur@voorbeeld.nl'];
    const fromName = (await tx.selectFrom('app_user').select('name').where('id', '=', from).executeTakeFirstOrThrow()).name;
    await seedHandover(tx, tenantId, from, ids.userIds['collega@voorbeeld.nl'], fromName);
  });
}
