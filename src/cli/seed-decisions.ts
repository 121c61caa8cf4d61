import type { Kysely } from 'kysely';
import { normalizeText } from '../breakthrough/model.ts';
import { blockerOf, goalsOf, insertAction, rule, ruleByCode } from '../breakthrough/store.ts';
import { insertBudget, insertEntry } from '../budgets/store.ts';
import { gatherStepFacts, markStepComplete } from '../cases/steps-store.ts';
import { missingFor, type StepNumber } from '../cases/steps.ts';
import { addEvent } from '../cases/store.ts';
import { costSum, describeCostSum, paysOffWithin } from '../costs/model.ts';
import { costInputs } from '../costs/store.ts';
import type { Database } from '../database.ts';
import { defaultCorners, dueOn, planActionText } from '../decisions/model.ts';
import { insertRequest, insertStep, markDecided, moveToLevel, saveSettings } from '../decisions/store.ts';
import { insertLevel, setHolder } from '../mandates/store.ts';
import { notify } from '../notifications/store.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { addWorkingDays, amsterdamDate } from '../platform/time/working-days.ts';
import { dutchDate } from '../privacy/labels.ts';

/**
 * Demo data for decisions with mandate: the same mandate ladder in both municipalities, a 2026
 * custom-solutions budget, and in Gemeente Voorbeeld requests in every state: the dog pension for the
 * Straathoekwerk case approved and partly paid, with a second request (the deposit for a room where
 * the dog may come) escalated past the team lead to the manager; the babysitter for the young
 * mother pending with the team lead; and an old "no" on the closed case. The Portakabin case is put at
 * step 5 without a request, and the father-and-car case gets nothing: browser tests do those.
 */

const DAY = 86_400_000;
const ladder = [
  { rank: 1, name: 'Regisseur', maxCents: 50_000, holders: ['regisseur@voorbeeld.nl', 'collega@voorbeeld.nl', 'regisseur@elders.nl'] },
  { rank: 2, name: 'Teamleider', maxCents: 250_000, holders: ['beslisser@voorbeeld.nl'] },
  { rank: 3, name: 'Manager', maxCents: 1_000_000, holders: ['manager@voorbeeld.nl'] },
  { rank: 4, name: 'Directeur', maxCents: 5_000_000, holders: [] },
  { rank: 5, name: 'Wethouder', maxCents: null, holders: [] },
];
const budgets: Record<string, number> = { voorbeeld: 15_000_000, elders: 8_000_000 };

type Ids = { tenantIds: Record<string, string>; userIds: Record<string, string> };
type Levels = Map<string, string>;

async function caseOf(tx: Tx, member: string) {
  return tx.selectFrom('person as p').innerJoin('cases as c', 'c.household_id', 'p.household_id')
    .select(['c.id', 'c.household_id', 'c.reference', 'c.step', 'c.accepted_at', 'c.coordinator_id', 'c.life_domains'])
    .where('p.name', '=', member).executeTakeFirstOrThrow();
}

/** Completes the steps before `target` whose essentials are there, the same rule as the API. */
async function moveTo(tx: Tx, tenantId: string, member: string, target: StepNumber) {
  const c = await caseOf(tx, member);
  if (c.step >= target || !c.coordinator_id) return;
  const facts = await gatherStepFacts(tx, c.id, c.household_id);
  let step = c.step;
  while (step < target && missingFor(step as StepNumber, facts).length === 0) {
    const at = new Date(Date.now() - (target - step) * 3 * DAY);
    await markStepComplete(tx, tenantId, c.id, step, c.coordinator_id, at);
    await addEvent(tx, tenantId, c.id, 'step_completed', c.coordinator_id, { step, current: step + 1 }, at);
    step++;
  }
  await tx.updateTable('cases').set({ step }).where('id', '=', c.id).execute();
}

async function snapshot(tx: Tx, caseId: string) {
  const i = await costInputs(tx, caseId);
  return {
    currentYearlyCents: i.currentYearlyCents, agencies: i.agencies, oneOffCents: i.oneOffCents, yearlyCents: i.yearlyCents,
    horizons: costSum(i).map((h) => ({ ...h })), paysOffWithin: paysOffWithin(i), sentence: describeCostSum(i, i.agencies),
  };
}

interface DemoRequest {
  member: string; daysAgo: number; question: string; proposedStep: string; alternatives: string; amountCents: number;
  purposes: Record<string, string>; weighing: string[]; residentView: string; level: string; skipped: { level: string; reason: string }[];
}

async function request(tx: Tx, tenantId: string, ids: Ids, levels: Levels, d: DemoRequest) {
  const c = await caseOf(tx, d.member);
  const blocker = await blockerOf(tx, c.id);
  const today = amsterdamDate(new Date());
  const day = addWorkingDays(today, -d.daysAgo);
  const at = new Date(`${day}T10:15:00+01:00`);
  const requester = ids.userIds['regisseur@voorbeeld.nl'];
  const due = dueOn(day, 5);
  const id = await insertRequest(tx, {
    tenantId, caseId: c.id, requestedBy: requester, question: d.question, proposedStep: d.proposedStep, alternatives: d.alternatives,
    rules: blocker.rules.map((r) => ({ id: r.id, code: r.code, name: r.name, law: r.law, article: r.article, purpose: d.purposes[r.code] ?? r.purpose ?? '' })),
    blockerKinds: blocker.kinds, lifeDomains: c.life_domains, costSum: await snapshot(tx, c.id), amountCents: d.amountCents,
    weighing: defaultCorners.map((corner, i) => ({ ...corner, text: d.weighing[i] })), residentView: d.residentView,
    levelId: levels.get(d.level)!, dueOn: due,
  });
  await tx.updateTable('decision_request').set({ requested_at: at }).where('id', '=', id).execute();
  await insertStep(tx, {
    tenantId, decisionId: id, levelId: levels.get(d.level)!, reason: 'routed', dueOn: due, actorId: requester, at,
    skipped: d.skipped.map((s) => ({ levelId: levels.get(s.level)!, name: s.level, reason: s.reason })),
  });
  await addEvent(tx, tenantId, c.id, 'decision_requested', requester, { decision: id, level: d.level, amountCents: d.amountCents }, at);
  return { id, c, day, at, due, requester };
}

const mulder = (base: Partial<DemoRequest>): DemoRequest => ({
  member: 'Sandra Mulder', daysAgo: 0, question: '', proposedStep: '', alternatives: '', amountCents: 0, purposes: {}, weighing: [], residentView: '',
  level: 'Teamleider', skipped: [{ level: 'Regisseur', reason: 'amount' }], ...base,
});

async function seedVoorbeeld(tx: Tx, tenantId: string, ids: Ids, levels: Levels) {
  const today = amsterdamDate(new Date());
  const budgetId = await insertBudget(tx, tenantId, { year: 2026, amountCents: budgets.voorbeeld, note: 'Maatwerkbudget sociaal domein, vastgesteld door de raad bij de begroting 2026', by: ids.userIds['beheer@voorbeeld.nl'] });
  await saveSettings(tx, tenantId, {
    corners: defaultCorners, dueWorkingDays: 5,
    objectionAddress: 'Gemeente Voorbeeld, ter attentie van het college van burgemeester en wethouders, Postbus 1000, 2500 AA Voorbeeld',
  }, ids.userIds['beheer@voorbeeld.nl'], 0);
  await moveTo(tx, tenantId, 'Marloes Bakker', 5);
  await moveTo(tx, tenantId, 'Sandra Mulder', 5);
  await moveTo(tx, tenantId, 'Naomi Verhoef', 4);
  const bea = ids.userIds['beslisser@voorbeeld.nl'];
  const mila = ids.userIds['manager@voorbeeld.nl'];

  // The dog pension: approved by the team lead within two days, partly paid.
  const pension = await request(tx, tenantId, ids, levels, mulder({
    daysAgo: 14, amountCents: 197_000,
    question: 'Mag de gemeente drie maanden dierenpension voor de hond van Sandra betalen, zodat zij morgen kan worden opgenomen in de afkickkliniek?',
    proposedStep: 'De gemeente betaalt drie maanden dierenpension voor Bobby, met een schriftelijke afspraak dat Sandra hem na de opname terugkrijgt.',
    alternatives: 'Opvang door familie of vrienden: niemand kan drie maanden voor Bobby zorgen. Een asiel: dan raakt Sandra hem kwijt en gaat ze niet. Wachten tot er een kliniek is waar honden mogen: die is er in de regio niet.',
    purposes: { 'PW-35': 'Bijzondere bijstand is er voor noodzakelijke kosten door bijzondere omstandigheden. Zonder pension gaat Sandra niet naar de kliniek; daarmee is het pension hier noodzakelijk.' },
    weighing: [
      'Het mag: de wet noemt geen vaste lijst van kosten voor bijzondere bijstand, en artikel 4:84 Awb laat afwijken van onze beleidsregel toe als die hier onevenredig uitpakt.',
      'Drie maanden pension kost € 1.970. Twee jaar nachtopvang, politie-inzet en ambulante verslavingszorg kosten samen ruim € 30.000 per jaar.',
      'Voor Sandra is Bobby het enige wat zij nog heeft. Andere inwoners in dezelfde situatie zouden dezelfde hulp krijgen; daarom leggen we het vast als voorbeeld.',
    ],
    residentView: 'Sandra: "Als ik zeker weet dat er goed voor Bobby wordt gezorgd en dat ik hem terugkrijg, dan ga ik morgen."',
  }));
  const decidedDay = addWorkingDays(pension.day, 2);
  const decidedAt = new Date(`${decidedDay}T14:30:00+01:00`);
  await markDecided(tx, pension.id, 1, {
    outcome: 'approved', reasons: 'Het pension is hier een noodzakelijke kost: zonder zekerheid over Bobby gaat Sandra niet naar de kliniek. Het kost weinig vergeleken met nog een jaar op straat, en het doel van de bijzondere bijstand is juist erger voorkomen.',
    conditions: null, nextSteps: null, approvedCents: 197_000, decidedBy: bea, levelId: levels.get('Teamleider')!, at: decidedAt,
  });
  await addEvent(tx, tenantId, pension.c.id, 'decision_made', bea, { decision: pension.id, outcome: 'approved', level: 'Teamleider', approvedCents: 197_000 }, decidedAt);
  await insertEntry(tx, { tenantId, budgetId, caseId: pension.c.id, decisionId: pension.id, kind: 'commitment', amountCents: 197_000, date: decidedDay, by: bea });
  await addEvent(tx, tenantId, pension.c.id, 'budget_committed', bea, { decision: pension.id, amountCents: 197_000, year: 2026 }, decidedAt);
  const paidOn = addWorkingDays(today, -8);
  await insertEntry(tx, {
    tenantId, budgetId, caseId: pension.c.id, decisionId: pension.id, kind: 'payment', amountCents: 130_000, date: paidOn,
    payeeKind: 'organisation', payee: 'Dierenpension De Vrolijke Poot', note: 'Factuur 2026-0412, eerste twee maanden', by: pension.requester,
  });
  await addEvent(tx, tenantId, pension.c.id, 'budget_paid', pension.requester, { decision: pension.id, amountCents: 130_000 }, new Date(`${paidOn}T11:00:00+01:00`));
  const goals = await goalsOf(tx, pension.c.id);
  const step = 'De gemeente betaalt drie maanden dierenpension voor Bobby, met een schriftelijke afspraak dat Sandra hem na de opname terugkrijgt.';
  const goal = goals.find((g) => g.source === 'breakthrough' && normalizeText(g.text) === normalizeText(step)) ?? goals.find((g) => g.source === 'breakthrough');
  const actionId = await insertAction(tx, tenantId, pension.c.id, {
    what: planActionText(step, null), ownerKind: 'professional', ownerName: 'Rachid Regisseur', ownerUserId: pension.requester,
    dueOn: addWorkingDays(decidedDay, 10), goalId: goal?.id ?? null, status: 'in_progress',
  });
  await addEvent(tx, tenantId, pension.c.id, 'plan_action_added', bea, { action: actionId, ownerKind: 'professional', decision: pension.id }, decidedAt);
  await notify(tx, tenantId, [pension.requester], 'decision_made', pension.c.id, { actor: 'Bea Beslisser', reference: pension.c.reference, outcome: 'toegekend' });

  // The deposit: the team lead did not answer in time, so it went up to the manager.
  const deposit = await request(tx, tenantId, ids, levels, mulder({
    daysAgo: 7, amountCents: 95_000,
    question: 'Mag de gemeente de borg van € 950 betalen voor een kamer met begeleiding waar Sandra na de opname met Bobby kan wonen?',
    proposedStep: 'De gemeente betaalt de borg voor een kamer met begeleiding bij de Kessler Stichting, waar huisdieren zijn toegestaan.',
    alternatives: 'Terug naar de nachtopvang: daar mag Bobby meestal niet in en is de kans op terugval groot. Een lening voor de borg: Sandra heeft geen inkomen tot haar uitkering loopt.',
    purposes: {},
    weighing: [
      'De borg is een noodzakelijke kost om een woonplek te krijgen; bijzondere bijstand kan hiervoor, eventueel als lening om niet.',
      'Een kamer met begeleiding kost minder dan de nachtopvang en voorkomt een terugval na de kliniek.',
      'Zonder woonplek waar Bobby mag komen, staat Sandra na drie maanden weer op straat. Dat is niet eerlijk na alles wat zij zelf heeft gedaan.',
    ],
    residentView: 'Sandra wil na de kliniek niet terug naar de opvang. Ze wil een eigen kamer, met Bobby.',
  }));
  const escalatedDay = addWorkingDays(deposit.due, 1);
  const escalatedAt = new Date(`${escalatedDay}T06:45:00+01:00`);
  const newDue = dueOn(escalatedDay, 5);
  await moveToLevel(tx, deposit.id, levels.get('Manager')!, newDue);
  await insertStep(tx, { tenantId, decisionId: deposit.id, levelId: levels.get('Manager')!, reason: 'overdue', dueOn: newDue, skipped: [], actorId: null, at: escalatedAt });
  await addEvent(tx, tenantId, deposit.c.id, 'decision_escalated', null, { decision: deposit.id, from: 'Teamleider', level: 'Manager' }, escalatedAt);
  await notify(tx, tenantId, [deposit.requester], 'decision_escalated', deposit.c.id, { reference: deposit.c.reference, level: 'Manager', dueOn: dutchDate(newDue) });
  await notify(tx, tenantId, [mila], 'decision_requested', deposit.c.id, { actor: 'Rachid Regisseur', reference: deposit.c.reference, level: 'Manager', dueOn: dutchDate(newDue) });

  // The babysitter: waiting with the team lead.
  const sitter = await request(tx, tenantId, ids, levels, {
    member: 'Naomi Verhoef', daysAgo: 1, amountCents: 240_000, level: 'Teamleider', skipped: [{ level: 'Regisseur', reason: 'amount' }],
    question: 'Mag de gemeente de eerste drie maanden een vaste oppas voor Lucas betalen, zodat Naomi haar mbo-opleiding kan afmaken en kan gaan werken?',
    proposedStep: 'De gemeente betaalt drie maanden een vaste oppas voor drie dagen per week, tot de kinderopvangtoeslag en een plek bij de opvang geregeld zijn.',
    alternatives: 'Geregistreerde kinderopvang: wachtlijst van zeven maanden. De buurvrouw: kan niet elke week. Stoppen met de opleiding: dan blijft Naomi afhankelijk van de bijstand.',
    purposes: { 'WKO-1.6': 'De toeslag wil werk, studie en zorg te combineren maken. Dat doel dienen we hier ook, alleen met een oppas in plaats van geregistreerde opvang.' },
    weighing: [
      'De Wet kinderopvang geldt niet voor een oppas uit de buurt, maar bijzondere bijstand kan de kosten dragen als ze noodzakelijk zijn om uit de bijstand te komen.',
      'Drie maanden oppas kost € 2.400. Een jaar bijstand en hulp bij somberheid kosten een veelvoud daarvan.',
      'Naomi doet alles om zelf voor haar zoon te zorgen. Andere jonge ouders met een wachtlijst voor de opvang zouden dezelfde hulp moeten kunnen krijgen.',
    ],
    residentView: 'Naomi: "Als iemand een paar dagen per week op Lucas kan passen, kan ik naar school en een baantje zoeken."',
  });
  await notify(tx, tenantId, [bea], 'decision_requested', sitter.c.id, { actor: 'Rachid Regisseur', reference: sitter.c.reference, level: 'Teamleider', dueOn: dutchDate(sitter.due) });

  await closedCaseNo(tx, tenantId, ids, levels, mila);
}

/** An old "no", with its reasons, on the closed case: precedent for special assistance, and a letter that says no. */
async function closedCaseNo(tx: Tx, tenantId: string, ids: Ids, levels: Levels, mila: string) {
  const c = await caseOf(tx, 'Monique Peeters');
  const requester = ids.userIds['regisseur@voorbeeld.nl'];
  const acceptedOn = amsterdamDate(new Date(c.accepted_at ?? Date.now()));
  const day = addWorkingDays(acceptedOn, 5);
  const at = new Date(`${day}T10:00:00+01:00`);
  const special = (await rule(tx, (await ruleByCode(tx, 'PW-35'))!.id))!;
  const id = await insertRequest(tx, {
    tenantId, caseId: c.id, requestedBy: requester, amountCents: 360_000, levelId: levels.get('Manager')!, dueOn: dueOn(day, 5),
    question: 'Mag de gemeente de schulden van Monique van € 3.600 in één keer aflossen, zodat de brieven en de stress stoppen?',
    proposedStep: 'De gemeente lost de schulden bij de zorgverzekeraar en de energieleverancier in één keer af.',
    alternatives: 'Schuldhulpverlening met een saneringskrediet; een betalingsregeling per schuldeiser.',
    rules: [{ id: special.id, code: special.code, name: special.name, law: special.law, article: special.article, purpose: special.purpose ?? '' }], blockerKinds: ['money'], lifeDomains: c.life_domains, costSum: await snapshot(tx, c.id),
    weighing: defaultCorners.map((corner, i) => ({ ...corner, text: [
      'Bijzondere bijstand is er niet om schulden af te lossen; daarvoor is de schuldhulpverlening.',
      'Een saneringskrediet lost hetzelfde op en leert Monique haar post weer zelf te doen.',
      'Het zou niet eerlijk zijn tegenover inwoners die wel via de schuldhulp aflossen.',
    ][i] })),
    residentView: 'Monique wil vooral rust en iemand die met haar de post doorneemt.',
  });
  await tx.updateTable('decision_request').set({ requested_at: at }).where('id', '=', id).execute();
  await insertStep(tx, { tenantId, decisionId: id, levelId: levels.get('Manager')!, reason: 'routed', dueOn: dueOn(day, 5), actorId: requester, at,
    skipped: [{ levelId: levels.get('Regisseur')!, name: 'Regisseur', reason: 'amount' }, { levelId: levels.get('Teamleider')!, name: 'Teamleider', reason: 'amount' }] });
  await addEvent(tx, tenantId, c.id, 'decision_requested', requester, { decision: id, level: 'Manager', amountCents: 360_000 }, at);
  const decidedAt = new Date(`${addWorkingDays(day, 3)}T15:00:00+01:00`);
  await markDecided(tx, id, 1, {
    outcome: 'declined', reasons: 'Wij betalen de schulden niet in één keer. De schuldhulpverlening met een saneringskrediet lost hetzelfde op, en de sociaal raadsvrouw helpt Monique om haar post weer zelf te doen. Dat houdt langer stand.',
    conditions: null, nextSteps: 'De regisseur meldt Monique deze week aan bij de schuldhulpverlening. De sociaal raadsvrouw neemt tijdelijk de brieven en telefoontjes over.',
    approvedCents: null, decidedBy: mila, levelId: levels.get('Manager')!, at: decidedAt,
  });
  await addEvent(tx, tenantId, c.id, 'decision_made', mila, { decision: id, outcome: 'declined', level: 'Manager' }, decidedAt);
}

/** The mandate ladder and a 2026 budget in every demo municipality; requests in every state in Gemeente Voorbeeld. */
export async function seedDecisions(db: Kysely<Database>, ids: Ids) {
  for (const [slug, tenantId] of Object.entries(ids.tenantIds)) {
    await withTenant(db, { tenantId, userId: null }, async (tx) => {
      const levels: Levels = new Map();
      for (const l of ladder) {
        const id = await insertLevel(tx, tenantId, { rank: l.rank, name: l.name, maxCents: l.maxCents, lifeDomains: [], ruleIds: [], active: true });
        levels.set(l.name, id);
        for (const email of l.holders) {
          const userId = ids.userIds[email];
          const member = userId ? await tx.selectFrom('membership').select('user_id').where('tenant_id', '=', tenantId).where('user_id', '=', userId).executeTakeFirst() : undefined;
          if (member) await setHolder(tx, tenantId, id, member.user_id, false, null);
        }
      }
      if (slug === 'voorbeeld') await seedVoorbeeld(tx, tenantId, ids, levels);
      else await insertBudget(tx, tenantId, { year: 2026, amountCents: budgets[slug] ?? 5_000_000, note: null, by: null });
      // A demo started in a later year still has money to commit.
      const year = Number(amsterdamDate(new Date()).slice(0, 4));
      if (year !== 2026) await insertBudget(tx, tenantId, { year, amountCents: budgets[slug] ?? 5_000_000, note: null, by: null });
    });
  }
}
