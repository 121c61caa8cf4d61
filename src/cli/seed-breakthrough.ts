import type { Kysely } from 'kysely';
import { addEvent } from '../cases/store.ts';
import { refreshCaseCost } from '../costs/store.ts';
import type { Database } from '../database.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { addWorkingDays, amsterdamDate } from '../platform/time/working-days.ts';
import type { ActionStatus, BlockerKind, GoalSource, OwnerKind } from '../breakthrough/model.ts';
import {
  insertAction, insertGoal, insertRule, savePerspective, saveBlocker, setBlockerRules,
} from '../breakthrough/store.ts';

/**
 * Demo data for steps 3 and 4 and the perspectiefplan: the rules catalogue of both demo
 * municipalities, and perspective, blocker (with rules), costs and a plan for three demo cases
 * (the Jeugd-GGZ case, the Straathoekwerk case and the young mother). Content after the seed texts.
 */

const W = 'https://wetten.overheid.nl';
export const demoRules = [
  { code: 'PW-18', name: 'Verlaging van de bijstand (maatregel)', law: 'Participatiewet', article: 'art. 18', url: `${W}/BWBR0015703`,
    purpose: 'De bijstand moet passen bij de situatie van iemand. Wie zijn plichten niet nakomt, kan minder bijstand krijgen. Het doel is dat mensen meedoen en zo veel mogelijk zelf rondkomen, niet dat ze dieper in de problemen komen. De gemeente moet daarom altijd kijken naar de omstandigheden en kan van een verlaging afzien als iemand niets te verwijten valt.' },
  { code: 'PW-35', name: 'Bijzondere bijstand', law: 'Participatiewet', article: 'art. 35', url: `${W}/BWBR0015703`,
    purpose: 'Bijzondere bijstand is er voor noodzakelijke kosten die iemand door bijzondere omstandigheden niet zelf kan betalen. De gemeente beslist per persoon. De wet noemt geen vaste lijst van kosten: ook een autoreparatie, een oppas of een dierenpension kan, als het nodig is om erger te voorkomen.' },
  { code: 'WMO-2.3.5', name: 'Maatwerkvoorziening', law: 'Wet maatschappelijke ondersteuning 2015', article: 'art. 2.3.5', url: `${W}/BWBR0035362`,
    purpose: 'Wie niet zelf, met hulp van mantelzorg of het netwerk, of met een algemene voorziening kan meedoen en zich redden, krijgt een maatwerkvoorziening. Die moet passen bij de persoon. De wet schrijft niet voor hoe die eruitziet: ook een aanpassing in of bij de woning kan.' },
  { code: 'JW-2.3', name: 'Jeugdhulpvoorziening', law: 'Jeugdwet', article: 'art. 2.3', url: `${W}/BWBR0034925`,
    purpose: 'Als een kind en zijn ouders het niet zelf of met hun netwerk redden, zorgt de gemeente voor passende jeugdhulp. Het doel is dat kinderen gezond en veilig opgroeien, zo veel mogelijk thuis. De wet zegt niet welke vorm de hulp heeft; een oplossing thuis gaat voor een plek in een instelling.' },
  { code: 'LLV-VERORDENING', name: 'Leerlingenvervoer', law: 'Gemeentelijke verordening leerlingenvervoer (op grond van de Wet op het primair onderwijs en de Wet op de expertisecentra)', article: 'WPO art. 4, WEC art. 4', url: `${W}/BWBR0003420`,
    purpose: 'Kinderen die door hun beperking of de afstand niet zelf naar school kunnen, komen veilig en op tijd op school. De gemeente kiest de vorm. Een vergoeding voor ouders die zelf rijden mag ook, en is voor het kind vaak rustiger en goedkoper dan een taxibusje.' },
  { code: 'BRP-2.39', name: 'Inschrijven op het woonadres, of een briefadres', law: 'Wet basisregistratie personen', article: 'art. 2.39 en 2.40', url: `${W}/BWBR0033715`,
    purpose: 'De overheid moet weten waar iemand woont, zodat ze hem kan bereiken. Wie ergens woont, schrijft zich daar in. De wet kent geen uitzondering als dat gevolgen heeft voor de toeslagen of uitkering van de hoofdbewoner. Wie geen vast woonadres heeft, kan wel een briefadres krijgen.' },
  { code: 'ZVW-18B', name: 'Bestuursrechtelijke premie (wanbetalersregeling CAK)', law: 'Zorgverzekeringswet', article: 'art. 18b tot en met 18f', url: `${W}/BWBR0018450`,
    purpose: 'Wie zes maanden of langer de zorgpremie niet betaalt, betaalt via het CAK een hogere premie tot de schuld is opgelost. Het doel is dat iedereen verzekerd blijft en dat betalen loont. Met een schuldregeling of een saneringskrediet kan iemand weer uit de regeling.' },
  { code: 'WGS-3', name: 'Schuldhulpverlening: snel een eerste gesprek', law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 3', url: `${W}/BWBR0026385`,
    purpose: 'Wie zich meldt met schulden, krijgt binnen vier weken een eerste gesprek; bij dreigende uitzetting of afsluiting binnen drie werkdagen. Het doel is dat schulden niet verder oplopen en dat mensen hun huis en voorzieningen houden.' },
  { code: 'WGS-4A', name: 'Vroegsignalering van betalingsachterstanden', law: 'Wet gemeentelijke schuldhulpverlening', article: 'art. 4a', url: `${W}/BWBR0026385`,
    purpose: 'Verhuurders, energie- en drinkwaterbedrijven en zorgverzekeraars melden betalingsachterstanden aan de gemeente. De gemeente biedt dan uit zichzelf hulp aan. Het doel is erbij zijn voordat schulden groot worden.' },
  { code: 'IW-24', name: 'Verrekening door Belastingdienst en Toeslagen (overheidsvordering)', law: 'Invorderingswet 1990 en Algemene wet inkomensafhankelijke regelingen', article: 'IW art. 24, Awir art. 30', url: `${W}/BWBR0004770`,
    purpose: 'De overheid mag geld dat zij moet uitbetalen verrekenen met wat iemand haar nog schuldig is. Zo wordt een schuld snel ingelopen. Het doel is niet dat iemand daardoor de huur niet meer kan betalen: er geldt een beslagvrije voet en een lopende betalingsregeling hoort te worden meegewogen.' },
  { code: 'VW-8', name: 'Rechtmatig verblijf tijdens een verblijfsprocedure', law: 'Vreemdelingenwet 2000', article: 'art. 8', url: `${W}/BWBR0011823`,
    purpose: 'De wet bepaalt wanneer iemand rechtmatig in Nederland is, bijvoorbeeld zolang een aanvraag voor een verblijfsvergunning loopt. Het doel is duidelijkheid over wie hier mag zijn. Welke rechten iemand tijdens de procedure heeft, zoals werken of een voorziening, hangt af van de procedure; er is vaak meer mogelijk dan aan het loket wordt gedacht.' },
  { code: 'BW-7:231', name: 'Ontbinding van de huur en ontruiming', law: 'Burgerlijk Wetboek Boek 7 (huurrecht)', article: 'art. 7:231', url: `${W}/BWBR0005290`,
    purpose: 'Alleen de rechter kan een huurcontract van een woning ontbinden, bijvoorbeeld bij een huurachterstand. Zo is de huurder beschermd tegen het verlies van zijn huis. Een betalingsregeling of schuldhulp kan een ontruiming voorkomen; de rechter weegt dat mee.' },
  { code: 'WKO-1.6', name: 'Kinderopvangtoeslag alleen voor geregistreerde opvang', law: 'Wet kinderopvang', article: 'art. 1.5 en 1.6', url: `${W}/BWBR0017017`,
    purpose: 'Ouders die werken of een opleiding volgen, krijgen een bijdrage in de kosten van kinderopvang. Zo kunnen zij werk, studie en zorg combineren. De toeslag geldt alleen voor geregistreerde opvang; een oppas uit de buurt valt er niet onder.' },
  { code: 'AWB-4:84', name: 'Afwijken van een beleidsregel', law: 'Algemene wet bestuursrecht', article: 'art. 4:84', url: `${W}/BWBR0005537`,
    purpose: 'De gemeente volgt haar beleidsregels, behalve als dat door bijzondere omstandigheden onevenredig uitpakt voor iemand, gemeten aan het doel van de regel. Deze regel maakt maatwerk dus juist mogelijk.' },
] as const;

interface DemoGoal { text: string; source: GoalSource; actions: { what: string; kind: OwnerKind; name?: string; coordinator?: boolean; dueInWorkingDays?: number; status: ActionStatus }[] }
interface DemoBreakthrough {
  member: string;
  perspective: { ownWords: string; ownStrength: string; networkStrength: string; needs: string; dreamScenario: string };
  blocker: { problem: string; blockedBy: string; kinds: BlockerKind[]; rules: string[]; proposedStep: string; oneOffCents: number; yearlyCents: number };
  goals: DemoGoal[];
}

const cases: DemoBreakthrough[] = [
  {
    member: 'Marloes Bakker',
    perspective: {
      ownWords: 'Over een jaar woont Thijs nog gewoon bij ons thuis. Hij heeft een eigen rustige plek en er is minder ruzie en geschreeuw in huis.',
      ownStrength: 'Wij kennen Thijs het best en zien aan hem wanneer het te veel wordt. Erwin is handig en kan zelf dingen opbouwen en inrichten.',
      networkStrength: 'Opa en oma wonen in de buurt en vangen Lieke op als het thuis onrustig is. Een oom werkt in de bouw en wil helpen met de fundering.',
      needs: 'Een rustige eigen plek voor Thijs, zonder geluid en zonder mensen om hem heen. En hulp die thuis komt in plaats van een plek in een instelling.',
      dreamScenario: 'Zonder beperkingen zou ik een geluidsarme unit in de achtertuin zetten, ingericht met Thijs zelf. De jeugdhulp blijft thuis komen en leert het gezin wanneer Thijs zich daar terugtrekt.',
    },
    blocker: {
      problem: 'Thijs raakt thuis steeds overprikkeld. De jeugdhulp wil een plek in een instelling, terwijl het gezin en Thijs zelf thuis willen blijven.',
      blockedBy: 'Een unit in de tuin staat in geen enkele regeling als vorm van jeugdhulp. De Jeugdwet wordt uitgelegd als zorg door een aanbieder, de Wmo-woningaanpassing als aanpassing binnen de woning. Niemand voelt zich eigenaar van een oplossing tussen die twee in.',
      kinds: ['interpretation', 'habit', 'money'],
      rules: ['JW-2.3', 'WMO-2.3.5', 'AWB-4:84'],
      proposedStep: 'De gemeente plaatst een geluidsarme unit (Portakabin) in de achtertuin als eigen plek voor Thijs, in plaats van een uithuisplaatsing.',
      oneOffCents: 1_850_000, yearlyCents: 1_020_000,
    },
    goals: [
      { text: 'Over een jaar woont Thijs nog gewoon bij ons thuis. Hij heeft een eigen rustige plek en er is minder ruzie en geschreeuw in huis.', source: 'perspective', actions: [
        { what: 'Met Thijs kiezen hoe zijn eigen plek eruitziet en wat erin komt', kind: 'household', status: 'in_progress', dueInWorkingDays: 10 },
        { what: 'Afspreken wanneer Lieke bij opa en oma kan zijn als het thuis onrustig is', kind: 'network', name: 'Opa en oma Bakker', status: 'done', dueInWorkingDays: -5 },
      ] },
      { text: 'De gemeente plaatst een geluidsarme unit (Portakabin) in de achtertuin als eigen plek voor Thijs, in plaats van een uithuisplaatsing.', source: 'breakthrough', actions: [
        { what: 'Voorstel voor de unit met de kostenafweging voorleggen aan wie het mandaat heeft', kind: 'professional', coordinator: true, status: 'in_progress', dueInWorkingDays: 5 },
        { what: 'Behandelplan aanpassen: hoe Thijs de eigen plek gebruikt als het te veel wordt', kind: 'professional', name: 'Bas Hoekstra (Jeugd-GGZ)', status: 'open', dueInWorkingDays: 20 },
      ] },
    ],
  },
  {
    member: 'Sandra Mulder',
    perspective: {
      ownWords: 'Over een jaar drink ik niet meer en heb ik een eigen kamer. Bobby is dan gewoon bij mij.',
      ownStrength: 'Ik wil echt stoppen en heb een plek in de kliniek. Ik zorg al twee jaar goed voor Bobby, ook op straat.',
      networkStrength: 'Weinig: mijn familie heb ik al lang niet gesproken. De straathoekwerker kent mij en Bobby goed.',
      needs: 'Een goede plek voor Bobby zolang ik in de kliniek ben, en zekerheid dat ik hem daarna terugkrijg. Daarna een kamer waar een hond mag.',
      dreamScenario: 'Zonder beperkingen zou Sandra morgen opgenomen worden en zou Bobby drie maanden naar een goed pension gaan, met een vaste afspraak dat hij terugkomt. Na de opname wacht een kamer met begeleiding waar Bobby welkom is.',
    },
    blocker: {
      problem: 'Sandra kan morgen naar de afkickkliniek, maar gaat niet zonder zekerheid over haar hond Bobby.',
      blockedBy: 'De kliniek laat geen honden toe. Een dierenpension wordt nergens uit betaald: aan het loket heet een hond geen noodzakelijke kosten. In haar netwerk kan niemand drie maanden voor Bobby zorgen.',
      kinds: ['habit', 'money', 'interpretation'],
      rules: ['PW-35', 'AWB-4:84'],
      proposedStep: 'De gemeente betaalt drie maanden dierenpension voor Bobby, met een schriftelijke afspraak dat Sandra hem na de opname terugkrijgt.',
      oneOffCents: 197_000, yearlyCents: 1_150_000,
    },
    goals: [
      { text: 'Over een jaar drink ik niet meer en heb ik een eigen kamer. Bobby is dan gewoon bij mij.', source: 'perspective', actions: [
        { what: 'Intakegesprek bij de kliniek en de opnamedatum vastleggen', kind: 'household', status: 'done', dueInWorkingDays: -2 },
      ] },
      { text: 'De gemeente betaalt drie maanden dierenpension voor Bobby, met een schriftelijke afspraak dat Sandra hem na de opname terugkrijgt.', source: 'breakthrough', actions: [
        { what: 'Pension regelen en de afspraak over terugkrijgen op papier zetten', kind: 'professional', coordinator: true, status: 'in_progress', dueInWorkingDays: 2 },
        { what: 'Bobby naar het pension brengen en één keer per week met Sandra bellen over hoe het met hem gaat', kind: 'professional', name: 'Jasper Dekker (Straathoekwerk)', status: 'open', dueInWorkingDays: 3 },
      ] },
      { text: 'Na de opname een kamer met begeleiding waar Bobby mag komen.', source: 'other', actions: [
        { what: 'Aanmelden voor begeleid wonen, met de vraag of een hond mag', kind: 'professional', coordinator: true, status: 'open', dueInWorkingDays: 30 },
      ] },
    ],
  },
  {
    member: 'Naomi Verhoef',
    perspective: {
      ownWords: 'Over een jaar heb ik mijn mbo-diploma bijna af en werk ik een paar dagen per week. Lucas gaat met plezier naar een oppas die hij kent.',
      ownStrength: 'Ik ben gemotiveerd en de school wil mij terugnemen. Ik kan goed plannen als ik weet dat Lucas goed zit.',
      networkStrength: 'Een buurvrouw wil soms oppassen, maar niet elke week. Mijn moeder woont ver weg.',
      needs: 'Iemand die drie dagen per week op Lucas past, zodat ik naar school kan en kan werken. En rust over de rekeningen.',
      dreamScenario: 'Zonder beperkingen zou ik een vaste oppas betalen tot Naomi werkt en zelf kinderopvangtoeslag krijgt. Tegelijk ruimen we de rekeningen op met één betaalafspraak.',
    },
    blocker: {
      problem: 'Naomi kan haar opleiding niet afmaken en niet werken, omdat niemand op haar zoontje past.',
      blockedBy: 'Kinderopvangtoeslag geldt alleen voor geregistreerde opvang en die heeft een wachtlijst. Een oppas uit de buurt valt er niet onder. De bijzondere bijstand ziet oppaskosten niet als noodzakelijk.',
      kinds: ['rule', 'capacity', 'money'],
      rules: ['WKO-1.6', 'PW-35'],
      proposedStep: 'De gemeente betaalt een jaar lang een vaste oppas voor drie dagen per week, zodat Naomi haar opleiding afmaakt en gaat werken.',
      oneOffCents: 25_000, yearlyCents: 980_000,
    },
    goals: [
      { text: 'Over een jaar heb ik mijn mbo-diploma bijna af en werk ik een paar dagen per week. Lucas gaat met plezier naar een oppas die hij kent.', source: 'perspective', actions: [
        { what: 'Weer inschrijven bij de opleiding en het lesrooster doorgeven', kind: 'household', status: 'done', dueInWorkingDays: -3 },
      ] },
      { text: 'De gemeente betaalt een jaar lang een vaste oppas voor drie dagen per week, zodat Naomi haar opleiding afmaakt en gaat werken.', source: 'breakthrough', actions: [
        { what: 'Een oppas vinden en kennismaken met Lucas', kind: 'network', name: 'Buurvrouw Ineke', status: 'in_progress', dueInWorkingDays: 8 },
        { what: 'Besluit over de oppaskosten laten nemen en de betaling regelen', kind: 'professional', coordinator: true, status: 'open', dueInWorkingDays: 5 },
      ] },
      { text: 'Eén overzicht van de rekeningen en een betaalafspraak die past.', source: 'other', actions: [
        { what: 'Samen met Naomi de post doornemen en aanmelden bij schuldhulpverlening', kind: 'professional', name: 'Esther Kuipers (Huisartsenpraktijk Het Plein)', status: 'open', dueInWorkingDays: 15 },
      ] },
    ],
  },
];

async function caseOf(tx: Tx, member: string) {
  return tx.selectFrom('person as p').innerJoin('cases as c', 'c.household_id', 'p.household_id')
    .select(['c.id', 'c.coordinator_id']).where('p.name', '=', member).where('c.status', '=', 'active').executeTakeFirst();
}

async function fillCase(tx: Tx, tenantId: string, ruleIds: Map<string, string>, d: DemoBreakthrough, coordinatorName: string) {
  const kase = await caseOf(tx, d.member);
  if (!kase?.coordinator_id) return;
  const by = kase.coordinator_id;
  await savePerspective(tx, tenantId, kase.id, by, d.perspective, 0);
  await addEvent(tx, tenantId, kase.id, 'perspective_saved', by, { version: 1, fields: Object.keys(d.perspective) });
  const { rules, ...blocker } = d.blocker;
  await saveBlocker(tx, tenantId, kase.id, by, blocker, 0);
  const ids = rules.map((code) => ruleIds.get(code)!);
  await setBlockerRules(tx, tenantId, kase.id, ids);
  await refreshCaseCost(tx, tenantId, kase.id);
  await addEvent(tx, tenantId, kase.id, 'blocker_saved', by, { version: 1, kinds: blocker.kinds, rules: ids });
  const today = amsterdamDate(new Date());
  let actions = 0;
  for (const [position, g] of d.goals.entries()) {
    const goalId = await insertGoal(tx, tenantId, kase.id, { text: g.text, source: g.source, position });
    for (const a of g.actions) {
      await insertAction(tx, tenantId, kase.id, {
        goalId, what: a.what, ownerKind: a.kind, ownerName: a.coordinator ? coordinatorName : a.name ?? '',
        ownerUserId: a.coordinator ? by : null, status: a.status,
        dueOn: a.dueInWorkingDays === undefined ? null : addWorkingDays(today, a.dueInWorkingDays),
      });
      actions++;
    }
  }
  await addEvent(tx, tenantId, kase.id, 'plan_proposed', by, { goals: d.goals.length, actions });
}

/** The rules catalogue for every demo municipality, and steps 3–4 and the plan for three demo cases of Gemeente Voorbeeld. */
export async function seedBreakthrough(db: Kysely<Database>, ids: { tenantIds: Record<string, string>; userIds: Record<string, string> }) {
  for (const tenantId of Object.values(ids.tenantIds)) {
    await withTenant(db, { tenantId, userId: null }, async (tx) => {
      const ruleIds = new Map<string, string>();
      for (const r of demoRules) ruleIds.set(r.code, await insertRule(tx, tenantId, r));
      if (tenantId !== ids.tenantIds.voorbeeld) return;
      const coordinator = await tx.selectFrom('app_user').select('name').where('id', '=', ids.userIds['regisseur@voorbeeld.nl']).executeTakeFirstOrThrow();
      for (const d of cases) await fillCase(tx, tenantId, ruleIds, d, coordinator.name);
    });
  }
}
