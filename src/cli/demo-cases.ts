/**
 * Demo intakes for Doorbraak, based on real stories in the Dutch source texts
 * (news articles and interviews with professionals). Pure data: no I/O.
 *
 * All names, birth dates, addresses, phone numbers and e-mail addresses are
 * fictional. BSNs are taken from the 99999xxxx range and pass the eleven-test.
 */

import type { LifeDomain } from '../cases/model.ts';

export interface DemoCase {
  /** short slug, e.g. 'auto-vader' */
  key: string;
  household: {
    members: { name: string; birthDate: string /* YYYY-MM-DD */; bsn?: string; relation?: string /* Dutch: 'zelf', 'partner', 'zoon', 'dochter', ... */ }[];
    contact: { address?: string; phone?: string; email?: string };
  };
  story: string;
  lifeDomains: LifeDomain[];
  urgency: 'normal' | 'urgent';
  reporter: { name: string; organisation: string; phone?: string; email?: string };
  legalBasis: 'consent' | 'legal_task';
  consentMethod?: 'verbal' | 'written' | 'digital';
  status: 'new' | 'active' | 'referred' | 'closed';
  step: 1 | 2 | 3 | 4 | 5 | 6;
  reportedWorkingDaysAgo: number;
  referralReason?: string;
  /** The housing corporation's partner professional is on the team, with the household's consent for story and life domains. */
  sharedWithPartner?: boolean;
  /** which seed file and roughly where the story comes from, e.g. '003 (interview Straathoekwerk)' */
  source: string;
}

export const demoCases: DemoCase[] = [
  // ── new: awaiting triage ──────────────────────────────────────────────
  {
    key: 'zonder-id',
    household: {
      members: [
        { name: 'Hawa Kamara', birthDate: '1991-04-09', relation: 'zelf' },
        { name: 'Fatou Kamara', birthDate: '2018-01-22', relation: 'dochter' },
        { name: 'Ibrahim Kamara', birthDate: '2021-10-05', relation: 'zoon' },
      ],
      contact: { address: 'Pieter de Hoochstraat 23, 2524 BT Den Haag', phone: '06-12340401' },
    },
    story:
      "Ik zit in een verblijfsprocedure bij de IND. Ik mag werken en dat wil ik ook heel graag. Maar ik heb geen identiteitsbewijs. Werkgevers vragen daarom, en als ze horen dat mijn status nog niet duidelijk is, haken ze af. Toen wilde ik een uitkering aanvragen voor de tijd zonder werk. Bij de gemeente zeiden ze dat ik dat beter niet kon doen, omdat het slecht zou zijn voor mijn procedure. Nu heb ik helemaal geen geld meer. Mijn twee kinderen en ik leven van voedselbonnen van het Rode Kruis. Ik schaam me daarvoor. Ik wil gewoon werken en zelf eten kopen voor mijn kinderen.",
    lifeDomains: ['residence_status', 'income', 'finances', 'parenting'],
    urgency: 'urgent',
    reporter: { name: 'Mirjam Timmer', organisation: 'IND, maatwerkfunctionaris', phone: '06-12341401', email: 'm.timmer@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'verbal',
    status: 'new',
    step: 1,
    reportedWorkingDaysAgo: 2,
    source: '002 (Dromen met open ogen: Ruth Kanis, maatwerkfunctionaris IND — vrouw zonder legitimatie, huilend aan de telefoon)',
  },
  {
    key: 'bankslaper',
    household: {
      members: [{ name: 'Jeroen Smit', birthDate: '1988-09-27', bsn: '999993367', relation: 'zelf' }],
      contact: { phone: '06-12340701' },
    },
    story:
      "Sinds ik mijn huurhuis kwijt ben, slaap ik bij mijn zus op de bank. Volgens de regels moet ik me op haar adres inschrijven. Maar dan krijgt zij minder huurtoeslag en misschien ook een lagere uitkering. Dat kan ik haar niet aandoen, zij helpt mij juist. Zonder adres in de BRP kan ik geen uitkering aanvragen en kom ik niet op de lijst voor een woning. Bij elk loket hoor ik hetzelfde: eerst inschrijven. Ik werk een paar uur per week via een uitzendbureau, maar dat is niet genoeg om van te leven. Ik wil gewoon weer meedoen, met een eigen adres.",
    lifeDomains: ['housing', 'income', 'finances'],
    urgency: 'normal',
    reporter: { name: 'Femke Jacobs', organisation: 'Wijkteam Centrum', phone: '06-12341701', email: 'f.jacobs@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'verbal',
    status: 'new',
    step: 1,
    reportedWorkingDaysAgo: 7,
    source: '002 (Dromen met open ogen: Sirkka ten Kleij, RvIG — inwonen bij anderen zonder BRP-inschrijving)',
  },
  {
    key: 'huurachterstand-weduwe',
    household: {
      members: [{ name: 'Ans de Boer', birthDate: '1963-07-04', bsn: '999994736', relation: 'zelf' }],
      contact: { address: 'Goudenregenstraat 112, 2565 EP Den Haag', phone: '06-12340901' },
    },
    story:
      "Mijn man is vorig jaar overleden. Hij deed altijd de geldzaken. Sinds hij er niet meer is, gaat het mis. Ik heb nu alleen een klein nabestaandenpensioen en mijn AOW komt pas over een paar jaar. Een paar maanden kon ik de huur niet betalen. Ik durfde de brieven van de woningcorporatie niet meer open te maken. Nu heb ik een brief van de deurwaarder: er komt een rechtszaak over ontruiming. Ik woon hier al dertig jaar, al mijn herinneringen zitten in dit huis. Ik wil best betalen, maar ik weet niet hoe ik het moet regelen.",
    lifeDomains: ['housing', 'finances', 'income', 'mental_health'],
    urgency: 'urgent',
    reporter: { name: 'Rob Willems', organisation: 'Woningcorporatie Stadswonen, team huurincasso', phone: '06-12341901', email: 'r.willems@example.nl' },
    legalBasis: 'legal_task',
    status: 'new',
    step: 1,
    reportedWorkingDaysAgo: 0,
    source: '003 (Samen sturen op doen wat werkt: Movisie over huisuitzetting, maatschappelijke kosten €100.000) + DOMAIN.md (vroegsignalering)',
  },
  {
    key: 'onrust-in-de-wijk',
    household: {
      members: [{ name: 'Patrick Koster', birthDate: '1979-10-16', relation: 'zelf' }],
      contact: { address: 'Zwanenhof 8, 2573 RK Den Haag' },
    },
    story:
      "De buren klagen over mij. Ik weet dat ik 's nachts soms schreeuw en met deuren sla. De politie is al een paar keer aan de deur geweest. Maar niemand vraagt waarom. Sinds mijn moeder is overleden, slaap ik bijna niet meer. Er komen brieven over mijn uitkering en over de huur en ik snap ze niet. Ik heb het gevoel dat iedereen over mij praat, maar niet met mij. Gisteren vroeg mijn buurvrouw hoe het echt met me gaat. Dat was de eerste keer in weken. Ik wil ook rust, net als de buren.",
    lifeDomains: ['mental_health', 'safety', 'social_network', 'finances'],
    urgency: 'normal',
    reporter: { name: 'Wilma de Wit', organisation: 'Buurtbewoner (geen organisatie)', phone: '06-12341001' },
    legalBasis: 'legal_task',
    status: 'new',
    step: 1,
    reportedWorkingDaysAgo: 1,
    source: '002 (Dromen met open ogen: Emmy Versendaal, doorbraakregisseur Nissewaard — iemand die wekenlang voor spanning in de wijk zorgde)',
  },

  // ── active: steps 1–5 ─────────────────────────────────────────────────
  {
    key: 'toeslagen-verrekening',
    household: {
      members: [
        { name: 'Lotte van Dijk', birthDate: '1990-05-19', bsn: '999995698', relation: 'zelf' },
        { name: 'Dennis van Dijk', birthDate: '1987-01-08', relation: 'partner' },
        { name: 'Mila van Dijk', birthDate: '2016-03-30', relation: 'dochter' },
        { name: 'Finn van Dijk', birthDate: '2020-08-11', relation: 'zoon' },
      ],
      contact: { address: 'Kamperfoeliestraat 5, 2563 GS Den Haag', phone: '06-12340801', email: 'lotte.vandijk@example.nl' },
    },
    story:
      "Ik werk 24 uur per week in de thuiszorg. Mijn man zoekt werk, na een lange ziekte. Zonder toeslagen redden we het niet. Vorig jaar moesten we ineens 3.800 euro aan toeslagen terugbetalen, omdat ons inkomen anders was dan geschat. Met de schuldhulp hebben we een plan gemaakt en we betalen elke maand af. Maar vorige week haalde de Belastingdienst zonder waarschuwing geld van onze rekening. Daardoor konden we de huur niet betalen. Nu komen er weer nieuwe brieven. We doen alles wat er van ons gevraagd wordt, maar we raken steeds verder achter.",
    lifeDomains: ['finances', 'income', 'housing'],
    urgency: 'normal',
    reporter: { name: 'Ilse Meijer', organisation: 'Schuldhulpverlening gemeente', phone: '06-12341801', email: 'i.meijer@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'digital',
    status: 'active',
    step: 1,
    reportedWorkingDaysAgo: 4,
    sharedWithPartner: true,
    source: '001 (City Deal Eenvoudig Maatwerk: Pieter Hilhorst over de overheidsvordering van de Belastingdienst) + 002 (Chantal Marsman, Dienst Toeslagen)',
  },
  {
    key: 'hond-afkicken',
    household: {
      members: [{ name: 'Sandra Mulder', birthDate: '1982-12-03', bsn: '999996253', relation: 'zelf' }],
      contact: { phone: '06-12340601' },
    },
    story:
      "Ik slaap al twee jaar buiten, of in de nachtopvang als ze Bobby daar binnenlaten. Bobby is mijn hond en eigenlijk het enige wat ik nog heb. Ik drink te veel en ik wil echt stoppen. Er is nu een plek voor me in een afkickkliniek, maar honden mogen daar niet mee. Iedereen zegt: breng hem dan toch ergens onder. Maar ik ken niemand die drie maanden voor hem kan zorgen, en een dierenpension kan ik niet betalen. Zonder Bobby ga ik niet. Als ik zeker weet dat er goed voor hem wordt gezorgd en dat ik hem terugkrijg, dan ga ik morgen.",
    lifeDomains: ['addiction', 'housing', 'physical_health', 'social_network'],
    urgency: 'urgent',
    reporter: { name: 'Jasper Dekker', organisation: 'Straathoekwerk', phone: '06-12341601', email: 'j.dekker@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'verbal',
    status: 'active',
    step: 2,
    reportedWorkingDaysAgo: 9,
    source: 'DOMAIN.md (productbrief: hondenpension betaald zodat een dakloze vrouw kan afkicken; dit verhaal staat niet in de seed-teksten zelf)',
  },
  {
    key: 'oppas-moeder',
    household: {
      members: [
        { name: 'Naomi Verhoef', birthDate: '2003-08-14', bsn: '999991887', relation: 'zelf' },
        { name: 'Lucas Verhoef', birthDate: '2024-06-03', relation: 'zoon' },
      ],
      contact: { address: 'Vlierboomstraat 37, 2564 JA Den Haag', phone: '06-12340301', email: 'naomi.verhoef@example.nl' },
    },
    story:
      "Ik ben 23 en ik heb een zoontje van twee. Ik wil mijn mbo-opleiding afmaken en werken, zodat ik zelf voor ons kan zorgen. Maar zonder iemand die op Lucas past, lukt dat niet. Ik ben bij heel veel instanties geweest. Iedereen was aardig, maar niemand kon iets doen, en ik werd steeds doorgestuurd. Ondertussen stapelen de rekeningen zich op. Ik slaap slecht en ik word steeds somberder. Als iemand een paar dagen per week op mijn zoontje kan passen, kan ik naar school en een baantje zoeken. Dan kom ik eindelijk uit deze cirkel.",
    lifeDomains: ['parenting', 'daytime_activities', 'income', 'mental_health'],
    urgency: 'normal',
    reporter: { name: 'Esther Kuipers', organisation: 'Huisartsenpraktijk Het Plein', phone: '06-12341301', email: 'e.kuipers@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'written',
    status: 'active',
    step: 3,
    reportedWorkingDaysAgo: 15,
    source: '000 (VNG jaarcongres 2024, deelsessie 31: huisarts/straatarts Michelle van Tongerloo, casus Elys — oppas doorbreekt de spiraal)',
  },
  {
    key: 'portakabin',
    household: {
      members: [
        { name: 'Marloes Bakker', birthDate: '1982-11-08', bsn: '999990925', relation: 'zelf' },
        { name: 'Erwin Bakker', birthDate: '1980-06-30', relation: 'partner' },
        { name: 'Thijs Bakker', birthDate: '2013-07-12', bsn: '999991036', relation: 'zoon' },
        { name: 'Lieke Bakker', birthDate: '2017-02-25', relation: 'dochter' },
      ],
      contact: { address: 'Lijsterbesstraat 19, 2566 VB Den Haag', phone: '06-12340201', email: 'fam.bakker@example.nl' },
    },
    story:
      "Onze zoon Thijs heeft autisme. Ons huis is klein en druk: zijn zusje, de tv, de buren door de dunne muren. Thijs raakt dan overprikkeld. Hij wordt onrustig, schreeuwt en slaat met deuren. De jeugdhulp is bang dat het erger wordt en zegt dat een plek in een instelling misschien beter is. Dat willen wij niet. Thijs hoort bij ons en hij wil zelf ook thuis blijven. Hij heeft vooral een rustige eigen plek nodig, zonder geluid en zonder mensen om hem heen. In onze achtertuin is ruimte genoeg. Kan daar niet iets komen waar hij zich kan terugtrekken?",
    lifeDomains: ['mental_health', 'parenting', 'housing'],
    urgency: 'normal',
    reporter: { name: 'Bas Hoekstra', organisation: 'Jeugd-GGZ, behandelaar', phone: '06-12341201', email: 'b.hoekstra@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'written',
    status: 'active',
    step: 4,
    reportedWorkingDaysAgo: 24,
    source: '004 (Zicht op, SER: interview Inge Luttikhuizen, Den Haag — Portakabin in de achtertuin in plaats van uithuisplaatsing)',
  },
  {
    key: 'auto-vader',
    household: {
      members: [
        { name: 'Ruud de Graaf', birthDate: '1984-03-17', bsn: '999990111', relation: 'zelf' },
        { name: 'Daan de Graaf', birthDate: '2014-09-02', bsn: '999990962', relation: 'zoon' },
        { name: 'Sem de Graaf', birthDate: '2017-05-21', relation: 'zoon' },
      ],
      contact: { address: 'Meidoornplein 3, 2555 TK Den Haag', phone: '06-12340101', email: 'ruud.degraaf@example.nl' },
    },
    story:
      "Mijn twee zoons gaan naar het speciaal onderwijs, een half uur rijden van ons huis. Ik breng ze elke dag zelf met de auto. Dat geeft rust: ze kennen mij, ze kennen de route en ze komen ontspannen op school aan. Twee weken geleden is mijn auto kapotgegaan. De garage zegt dat de reparatie ongeveer 500 euro kost. Dat geld heb ik niet. De gemeente wil nu taxivervoer regelen, maar mijn jongens raken van slag van een vreemde chauffeur en een busje vol andere kinderen. Ik vraag alleen hulp bij de reparatie. Dan kan ik ze zelf blijven brengen, zoals altijd.",
    lifeDomains: ['finances', 'parenting', 'daytime_activities'],
    urgency: 'normal',
    reporter: { name: 'Karin Vos', organisation: 'SO-school De Vlinder, intern begeleider', phone: '06-12341101', email: 'k.vos@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'written',
    status: 'active',
    step: 5,
    reportedWorkingDaysAgo: 33,
    source: '004 (Zicht op, SER: interview Inge Luttikhuizen, Den Haag — gemeente betaalt €500 autoreparatie in plaats van taxivervoer)',
  },

  // ── referred ──────────────────────────────────────────────────────────
  {
    key: 'zorgpremie-boete',
    household: {
      members: [{ name: 'Henk Visser', birthDate: '1967-02-11', bsn: '999992442', relation: 'zelf' }],
      contact: { address: 'Wilgenlaan 64, 2541 CH Den Haag', phone: '06-12340501' },
    },
    story:
      "Ik betaal al meer dan tien jaar een hogere zorgpremie via het CAK, als een soort boete. Het begon toen mijn vrouw overleed en ik kort daarna mijn baan kwijtraakte. Ik kon niet alles meer betalen en de zorgverzekering was een van de eerste dingen die ik liet liggen. Daarna kwam er steeds meer bij: boetes van het CJIB, de Belastingdienst, zorgtoeslag terugbetalen. Ik maak de post al jaren niet meer open. Toen er iemand van de gemeente aanbelde, heb ik toch de deur opengedaan. Ik wil eigenlijk maar één ding: opnieuw beginnen, zonder schulden.",
    lifeDomains: ['finances', 'income', 'mental_health'],
    urgency: 'normal',
    reporter: { name: 'Peter Brouwer', organisation: 'Schuldhulpverlening gemeente, vroegsignalering (signaal CAK)', phone: '06-12341501', email: 'p.brouwer@example.nl' },
    legalBasis: 'legal_task',
    status: 'referred',
    step: 2,
    reportedWorkingDaysAgo: 11,
    referralReason:
      'Het overzicht is nu compleet: schulden bij CAK, CJIB, Belastingdienst en Dienst Toeslagen. Henk wil een schuldsanering en daarvoor past het gewone aanbod van de schuldhulpverlening. Een doorbraak is niet nodig. Warme overdracht aan de schuldhulpverlening; de regisseur belt Henk na het eerste gesprek nog één keer.',
    source: '002 (Dromen met open ogen: Remi Langenberg, CAK — meer dan tien jaar in de achterstandsregeling zorgverzekering)',
  },

  // ── closed ────────────────────────────────────────────────────────────
  {
    key: 'stapel-brieven',
    household: {
      members: [{ name: 'Monique Peeters', birthDate: '1975-04-28', bsn: '999997622', relation: 'zelf' }],
      contact: { address: 'Esdoornstraat 27, 2566 HN Den Haag', phone: '06-12340111', email: 'monique.peeters@example.nl' },
    },
    story:
      "Een jaar geleden lag er een hele stapel brieven op mijn keukentafel. Ik durfde ze niet meer open te maken. Ik sliep slecht en kwam bijna de deur niet meer uit. Ik schaamde me, dus ik vertelde niemand iets. Bij de sociaal raadsvrouw heb ik voor het eerst alles verteld. Zij heeft een tijdje de brieven en telefoontjes van me overgenomen. Daardoor kreeg ik rust en kon ik weer nadenken. Stap voor stap hebben we alles op een rij gezet. Nu heb ik weer overzicht. Ik ben vrijwilliger in het wijkcentrum en help daar andere mensen met hun post.",
    lifeDomains: ['finances', 'mental_health', 'social_network', 'daytime_activities'],
    urgency: 'normal',
    reporter: { name: 'Saskia Bos', organisation: 'Sociaal raadslieden, welzijnsorganisatie', phone: '06-12341111', email: 's.bos@example.nl' },
    legalBasis: 'consent',
    consentMethod: 'written',
    status: 'closed',
    step: 6,
    // Closed about four months ago, so the first follow-up (after 3 months) is done.
    reportedWorkingDaysAgo: 110,
    source: '002 (Dromen met open ogen: Kim Schroot, sociaal raadsvrouw Minters — vrouw die vastzat, nu vrijwilliger in een wijkcentrum)',
  },
];
