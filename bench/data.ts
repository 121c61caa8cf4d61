/**
 * Word material for the national-scale data set: municipalities with their relative size, names,
 * organisations and the sentence pools the library entries and intake stories are put together from.
 * The sentences come from the demo library (itself written after the Dutch source texts), plus a
 * few generic ones, so Dutch full-text search meets real stems and stop words.
 */
import { demoContacts, demoEntries } from '../src/cli/seed-learning-data.ts';

/** The 25 municipalities with a weight after their population in thousands: large and small ones differ ~8×. */
export const municipalities: { slug: string; name: string; weight: number }[] = [
  ['amsterdam', 'Amsterdam', 930], ['rotterdam', 'Rotterdam', 670], ['den-haag', 'Den Haag', 560], ['utrecht', 'Utrecht', 370],
  ['eindhoven', 'Eindhoven', 240], ['groningen', 'Groningen', 240], ['tilburg', 'Tilburg', 225], ['almere', 'Almere', 220],
  ['breda', 'Breda', 185], ['nijmegen', 'Nijmegen', 180], ['apeldoorn', 'Apeldoorn', 167], ['arnhem', 'Arnhem', 165],
  ['haarlem', 'Haarlem', 165], ['haarlemmermeer', 'Haarlemmermeer', 160], ['amersfoort', 'Amersfoort', 160], ['zaanstad', 'Zaanstad', 158],
  ['enschede', 'Enschede', 160], ['den-bosch', "'s-Hertogenbosch", 160], ['zwolle', 'Zwolle', 133], ['leiden', 'Leiden', 127],
  ['zoetermeer', 'Zoetermeer', 127], ['leeuwarden', 'Leeuwarden', 127], ['maastricht', 'Maastricht', 122], ['dordrecht', 'Dordrecht', 120],
  ['ede', 'Ede', 120],
].map(([slug, name, weight]) => ({ slug: slug as string, name: name as string, weight: weight as number }));

export const firstNames = [
  'Anna', 'Mohammed', 'Sanne', 'Daan', 'Fatima', 'Lucas', 'Emma', 'Noah', 'Yasmina', 'Bram', 'Julia', 'Sem', 'Lotte', 'Ahmed', 'Eva',
  'Milan', 'Sophie', 'Thijs', 'Nour', 'Jesse', 'Fleur', 'Ruben', 'Amira', 'Lars', 'Iris', 'Kevin', 'Romy', 'Stefan', 'Naima', 'Joost',
];
export const lastNames = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'El Amrani', 'Yilmaz', 'Benali', 'Kaya',
  'Öztürk', 'Bouzid', 'Wijaya', 'Martina', 'Pinas', 'Kok',
];

/** Organisations as coordinators type them: the same agency in different spellings, as in real data. */
export const organisations = [
  'UWV', 'uwv', 'UWV ', 'SVB', 'CAK', 'CJIB', 'DUO', 'IND', 'Belastingdienst', 'Dienst Toeslagen', 'dienst toeslagen',
  'Woningcorporatie Woonstad', 'Woonstad', 'Ymere', 'Vestia', 'GGZ Noord', 'GGZ  Noord', 'Parnassia', 'Jeugdbescherming Regio',
  'Veilig Thuis', 'Wijkteam Centrum', 'Wijkteam Noord', 'wijkteam noord', 'Schuldhulpverlening gemeente', 'Sociaal raadslieden',
  'Leger des Heils', 'Reclassering Nederland', 'Politie basisteam', 'Huisartsenpraktijk', 'Zorgverzekeraar VGZ', 'Menzis',
  'Buurtwerk', 'Stichting MEE', 'Jeugdhulp West', 'Kinderopvang De Vlinder', 'Werk en Inkomen', 'Bijzondere bijstand',
];
export const services = [
  'Schuldhulpverlening', 'Budgetbeheer', 'Bewindvoering', 'Ambulante woonbegeleiding', 'Jeugdhulp thuis', 'Gezinsbegeleiding',
  'Ambulante ggz-behandeling', 'Maatschappelijke opvang', 'Re-integratietraject', 'Bijstandsuitkering', 'Huurtoeslag',
  'Leerlingenvervoer', 'Dagbesteding', 'Verslavingszorg', 'Reclasseringstoezicht', 'Crisisopvang', 'Huishoudelijke hulp',
];
export const roles = [
  'Consulent', 'Teamleider', 'Beleidsmedewerker', 'Casemanager', 'Wijkagent', 'Maatwerkfunctionaris', 'Klantmanager',
  'Schuldhulpverlener', 'Gedragswetenschapper', 'Woonconsulent', 'Jurist', 'Regisseur complexe situaties',
];
export const canDecide = demoContacts.map((c) => c.canDecide);
export const reach = demoContacts.map((c) => c.reach);

const sentences = (texts: string[]) => [...new Set(texts.flatMap((t) => t.split(/(?<=[.!?:])\s+/)).map((s) => s.trim()).filter((s) => s.length > 12))];

/** Generic sentences in the same register, so no template dominates and common words spread. */
const extraProblems = [
  'Het gezin heeft schulden bij meerdere schuldeisers en de huurachterstand loopt op.',
  'Zij wilde een uitkering aanvragen, maar kreeg steeds te horen dat een aanvraag pas kan als alle papieren compleet zijn.',
  'De vader verloor zijn baan en daarmee het overzicht over de post.',
  'Na de scheiding stond de moeder er alleen voor met drie kinderen en een lege koelkast.',
  'De jongere werd achttien en viel tussen jeugdhulp en volwassenenzorg in.',
  'Het energiebedrijf dreigde af te sluiten omdat de termijnbedragen al maanden niet waren betaald.',
  'Een oudere man met beginnende dementie liet zijn rekeningen liggen en raakte in de problemen.',
];
const extraBlockers = [
  'De aanvraag voor bijzondere bijstand werd afgewezen omdat de kosten niet in de beleidsregels stonden.',
  'De wachtlijst voor beschermd wonen is lang en een tussenoplossing was niet voorzien.',
  'Elke instantie wachtte op een besluit van een andere instantie.',
  'Het schuldhulptraject kon niet starten zolang er geen vast adres was.',
  'De regels voor de kostendelersnorm maakten inwonen bij familie financieel onmogelijk.',
];
const extraBreakthroughs = [
  'De regisseur regelde in één overleg met alle partijen wie wat doet en legde dat vast in het perspectiefplan.',
  'De gemeente week met een beroep op de hardheidsclausule af van de beleidsregel.',
  'Een eenmalige bijdrage uit het maatwerkbudget voorkwam een veel duurdere oplossing.',
  'De schuldeisers gingen akkoord met een pauze van zes maanden zodat er rust kwam.',
  'Werk en Inkomen verstrekte een voorschot zodat de huur betaald kon worden.',
];
const extraOutcomes = [
  'Het gezin woont nog in het eigen huis en de schulden zijn in beeld.',
  'Na drie maanden houdt de oplossing stand en is het aantal betrokken hulpverleners gehalveerd.',
  'De inwoner zegt dat zij zich eindelijk gehoord voelt.',
];

export const titles = demoEntries.map((e) => e.title);
export const problemPool = [...sentences(demoEntries.map((e) => e.problem)), ...extraProblems];
export const blockerPool = [...sentences(demoEntries.map((e) => e.blocker)), ...extraBlockers];
export const breakthroughPool = [...sentences(demoEntries.map((e) => e.breakthrough)), ...extraBreakthroughs];
export const outcomePool = [...sentences(demoEntries.map((e) => e.outcome)), ...extraOutcomes];

/** Sentences that go into about one entry in two thousand: the rare-word search looks for "alpacaboerderij". */
export const rareSentences = [
  'Een alpacaboerderij in de buurt bood dagbesteding die wel aansloot bij wat hij nodig had.',
  'Met een tweedehands bakfiets kon zij de kinderen zelf naar school brengen.',
  'Een imker uit de wijk nam hem mee als hulp bij de bijenkasten.',
];

export const referralReasons = [
  'Past in het standaardaanbod van het wijkteam', 'Doorverwezen naar schuldhulpverlening', 'Loopt al via het Veiligheidshuis',
];
export const proposedSteps = [
  'Eenmalige betaling uit het maatwerkbudget', 'Afwijken van de beleidsregel met een beroep op de hardheidsclausule',
  'Tijdelijk briefadres en versnelde aanvraag', 'Verrekening stilzetten zolang de betalingsregeling loopt', 'Oppas betalen zodat zij kan werken',
];
