/**
 * Demo data for learning across cases: library entries written after the solutions in the Dutch
 * source texts (pseudonymised: no names, addresses or dates), and a network directory of fictional
 * contacts. Pure data: no I/O. Phone numbers and e-mail addresses are fictional (example.nl).
 */

import type { BlockerKind } from '../breakthrough/model.ts';
import type { LifeDomain } from '../cases/model.ts';
import type { OrganisationKind } from '../network/model.ts';

export interface DemoEntry {
  tenant: 'voorbeeld' | 'elders';
  title: string; problem: string; blocker: string; breakthrough: string; outcome: string; origin: string;
  currentYearlyCents: number; oneOffCents: number; yearlyCents: number;
  lifeDomains: LifeDomain[]; kinds: BlockerKind[]; rules: string[];
  sharing: 'local' | 'requested' | 'approved';
}

const BUNDEL = "bundel 'Dromen met open ogen', Professionals voor Maatwerk Multiproblematiek";

export const demoEntries: DemoEntry[] = [
  {
    tenant: 'voorbeeld', title: 'Autoreparatie in plaats van taxivervoer naar het speciaal onderwijs',
    problem: 'Een vader brengt zijn twee zoons elke dag zelf naar het speciaal onderwijs, een half uur rijden. De jongens raken van slag van een vreemde chauffeur en een busje vol andere kinderen. Toen de auto kapotging, kon hij de reparatie niet betalen.',
    blocker: 'Leerlingenvervoer kent taxivervoer als standaard. Een reparatie van een eigen auto staat in geen enkele regeling, dus aan het loket heette het: dat mag niet.',
    breakthrough: 'De gemeente betaalt de reparatie van ongeveer € 500, zodat de vader zijn zoons zelf kan blijven brengen. Wie de wet goed leest, ziet nergens dat het niet mag.',
    outcome: 'De jongens komen rustig op school aan en de gemeente bespaart het aangepaste vervoer voor twee kinderen.',
    origin: "Gemeente Den Haag, programma Maatwerk & Regie (SER-magazine 'Zicht op')",
    currentYearlyCents: 1_200_000, oneOffCents: 50_000, yearlyCents: 0,
    lifeDomains: ['finances', 'parenting', 'daytime_activities'], kinds: ['money', 'habit'], rules: ['LLV-VERORDENING', 'PW-35'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Portakabin in de achtertuin in plaats van een uithuisplaatsing',
    problem: 'Een jongen met autisme raakt in een klein en druk huis steeds overprikkeld. De jeugdhulp dacht aan een plek in een instelling; het gezin en de jongen zelf wilden dat hij thuis bleef.',
    blocker: 'In geen enkele wet- of beleidsregel staat een unit in de tuin als vorm van hulp. Jeugdwet en Wmo wezen naar elkaar en niemand voelde zich eigenaar.',
    breakthrough: 'Een geluidsarme Portakabin in de achtertuin als eigen rustige plek, ingericht samen met de jongen, terwijl de jeugdhulp thuis blijft komen.',
    outcome: 'De jongen heeft rust en minder prikkels, en kon thuis blijven wonen.',
    origin: "Gemeente Den Haag, programma Maatwerk & Regie (SER-magazine 'Zicht op')",
    currentYearlyCents: 6_500_000, oneOffCents: 1_850_000, yearlyCents: 1_020_000,
    lifeDomains: ['mental_health', 'parenting', 'housing'], kinds: ['interpretation', 'habit', 'money'], rules: ['JW-2.3', 'WMO-2.3.5', 'AWB-4:84'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Een vaste oppas zodat een jonge moeder kan studeren en werken',
    problem: 'Een jonge moeder wilde haar opleiding afmaken en werken, maar niemand paste op haar zoontje. Ze werd van instantie naar instantie gestuurd, de rekeningen stapelden zich op en ze werd steeds somberder.',
    blocker: 'Kinderopvangtoeslag geldt alleen voor geregistreerde opvang, en die had een wachtlijst. Een oppas uit de buurt valt er niet onder, en niemand zag oppaskosten als noodzakelijk.',
    breakthrough: 'Een vaste oppas betalen voor een paar dagen per week, zodat zij naar school kon en een baan kon zoeken.',
    outcome: 'De negatieve spiraal werd doorbroken: zij kon zich richten op studie en werk.',
    origin: "Huisarts en straatarts in Rotterdam (VNG-jaarcongres 2024, deelsessie 'Laat mensen niet vastlopen in het systeem')",
    currentYearlyCents: 2_150_000, oneOffCents: 25_000, yearlyCents: 980_000,
    lifeDomains: ['parenting', 'daytime_activities', 'income', 'mental_health'], kinds: ['rule', 'capacity', 'money'], rules: ['WKO-1.6', 'PW-35'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Dierenpension betaald zodat een dakloze vrouw kan afkicken',
    problem: 'Een dakloze vrouw met een alcoholverslaving kon worden opgenomen in een afkickkliniek, maar ging niet zonder zekerheid over haar hond, het enige wat zij nog had.',
    blocker: 'De kliniek laat geen honden toe. Een dierenpension wordt nergens uit betaald: aan het loket heet een hond geen noodzakelijke kosten. In haar netwerk kon niemand drie maanden voor de hond zorgen.',
    breakthrough: 'De gemeente betaalt drie maanden dierenpension, met een schriftelijke afspraak dat zij de hond na de opname terugkrijgt.',
    outcome: 'Zij ging de volgende dag naar de kliniek.',
    origin: 'Gemeente Voorbeeld, naar een voorbeeld uit de praktijk van de doorbraakaanpak',
    currentYearlyCents: 3_400_000, oneOffCents: 197_000, yearlyCents: 1_150_000,
    lifeDomains: ['addiction', 'housing', 'physical_health', 'social_network'], kinds: ['habit', 'money', 'interpretation'], rules: ['PW-35', 'AWB-4:84'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Tijdelijk identiteitsbewijs en uitleg over een uitkering tijdens een verblijfsprocedure',
    problem: 'Een moeder in een verblijfsprocedure mocht werken en had recht op een uitkering zolang ze geen werk had. Werkgevers haakten af omdat ze geen identiteitsbewijs had, en aan het loket werd haar afgeraden een uitkering aan te vragen. Het gezin leefde van voedselbonnen.',
    blocker: 'Zonder identiteitsbewijs liep alles vast. Aan het loket dacht men ten onrechte dat een aanvraag voor een uitkering de verblijfsprocedure zou schaden.',
    breakthrough: 'De maatwerkfunctionaris van de IND bleef betrokken, nam contact op met de gemeente, regelde een tijdelijk identiteitsbewijs en besprak met haar wat een uitkering wel en niet betekent.',
    outcome: 'Zij kon weer zelf eten kopen voor haar kinderen en kreeg haar waardigheid terug.',
    origin: `Maatwerkfunctionaris IND (${BUNDEL})`,
    currentYearlyCents: 450_000, oneOffCents: 5_000, yearlyCents: 0,
    lifeDomains: ['residence_status', 'income', 'finances', 'parenting'], kinds: ['interpretation', 'registration'], rules: ['VW-8', 'BRP-2.39'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Briefadres en afspraken met Toeslagen bij tijdelijk inwonen bij familie',
    problem: 'Een man die zijn huurwoning kwijtraakte, sliep bij familie op de bank. Zonder inschrijving in de BRP kon hij geen uitkering aanvragen en kwam hij niet op de wachtlijst voor een woning.',
    blocker: 'De Wet BRP kent geen uitzondering: wie ergens verblijft, schrijft zich daar in. Dat zou de huurtoeslag en de uitkering van de hoofdbewoner verlagen, dus schreef hij zich nergens in.',
    breakthrough: 'Burgerzaken gaf een briefadres bij het wijkteam zolang hij een woning zoekt. De regisseur legde met Dienst Toeslagen en Werk en Inkomen vast dat het tijdelijke verblijf de hoofdbewoner niet raakt zolang er geen gezamenlijke huishouding is.',
    outcome: 'Binnen twee weken liep de aanvraag voor een uitkering en stond hij ingeschreven als woningzoekende.',
    origin: `Naar een praktijkvoorbeeld van de Rijksdienst voor Identiteitsgegevens (${BUNDEL})`,
    currentYearlyCents: 1_100_000, oneOffCents: 0, yearlyCents: 120_000,
    lifeDomains: ['housing', 'income', 'finances'], kinds: ['registration', 'rule'], rules: ['BRP-2.39'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Samen aanbellen bij mensen die al jaren in de wanbetalersregeling zitten',
    problem: 'Mensen zaten soms meer dan tien jaar in de achterstandsregeling van de zorgverzekering, met een hogere premie als boete. Ze hadden ook schulden bij CJIB, Belastingdienst en Dienst Toeslagen en kwamen niet bij de schuldhulpverlening.',
    blocker: 'Geen schuldeiser had het volledige beeld, de gemeente wist te weinig van hun situatie, en de organisaties mochten geen gegevens uitwisselen.',
    breakthrough: 'Het CAK en de gemeentelijke ombudsman gingen samen langs en belden aan. Daarna kreeg het CAK de bevoegdheid om gegevens over premieachterstanden met gemeenten te delen, zodat de gemeente zelf contact zoekt.',
    outcome: 'De meeste mensen deden open en kregen een route naar een schuldsanering.',
    origin: `CAK (${BUNDEL})`,
    currentYearlyCents: 600_000, oneOffCents: 0, yearlyCents: 150_000,
    lifeDomains: ['finances', 'income', 'mental_health'], kinds: ['data_sharing', 'rule'], rules: ['ZVW-18B', 'WGS-4A'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Eén collectieve afspraak met schuldeisers in plaats van brieven heen en weer',
    problem: 'Bij elke schuldregeling gingen vier à vijf brieven heen en weer tussen schuldhulpverlener en schuldeiser voordat er afspraken waren. Mensen wachtten maanden terwijl de schulden opliepen.',
    blocker: 'Elke schuldeiser werd apart benaderd en niemand had vooraf afgesproken wanneer iemand voor schuldhulp in aanmerking komt.',
    breakthrough: 'Eén collectieve afspraak met de grote schuldeisers: bij het eerste contact staat vast of iemand voor schuldhulp in aanmerking komt.',
    outcome: 'Het contact met schuldeisers verloopt veel makkelijker en sneller.',
    origin: 'Gemeente Den Haag (City Deal Eenvoudig Maatwerk)',
    currentYearlyCents: 0, oneOffCents: 0, yearlyCents: 0,
    lifeDomains: ['finances', 'income'], kinds: ['habit'], rules: ['WGS-3'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Eerst het buurtteam op huisbezoek, pas daarna een maatregel',
    problem: 'Wie niet reageerde op een oproep van Werk en Inkomen, kreeg een verlaging van de bijstand. Juist mensen die hun post niet meer openen, kwamen zo dieper in de problemen.',
    blocker: 'De werkwijze was: geen reactie, dan een maatregel. Dat mag, maar het doel van de regel is meedoen, niet straffen.',
    breakthrough: 'Bij geen reactie eerst het buurtteam inschakelen voor een huisbezoek en een gesprek; pas daarna wordt gekeken of een maatregel nodig is.',
    outcome: 'Minder maatregelen, en mensen die hun post niet meer openen komen eerder in beeld.',
    origin: 'City Deal Eenvoudig Maatwerk',
    currentYearlyCents: 0, oneOffCents: 0, yearlyCents: 0,
    lifeDomains: ['income', 'finances', 'mental_health'], kinds: ['habit', 'interpretation'], rules: ['PW-18'], sharing: 'requested',
  },
  {
    tenant: 'voorbeeld', title: 'Brieven en telefoontjes een tijd overnemen om rust te geven',
    problem: 'Een vrouw durfde haar post niet meer open te maken. Ze sliep slecht, kwam bijna de deur niet meer uit en vertelde uit schaamte niemand iets.',
    blocker: 'Elke instantie stuurde eigen brieven en ging ervan uit dat zij zelf het overzicht hield.',
    breakthrough: 'De sociaal raadsvrouw nam een tijd de brieven en telefoontjes over. Stap voor stap zetten ze samen alles op een rij, en daarna gaf zij het weer terug.',
    outcome: 'Zij heeft weer overzicht en helpt nu als vrijwilliger in een wijkcentrum anderen met hun post.',
    origin: `Sociaal raadslieden, welzijnsorganisatie (${BUNDEL})`,
    currentYearlyCents: 350_000, oneOffCents: 0, yearlyCents: 50_000,
    lifeDomains: ['finances', 'mental_health', 'social_network', 'daytime_activities'], kinds: ['habit', 'capacity'], rules: ['WGS-3'], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Luisteren naar de bewoner die onrust in de wijk gaf',
    problem: 'Iemand zorgde al weken voor spanning in de wijk. Buren klaagden en de politie kwam langs, maar niemand vroeg wat er aan de hand was.',
    blocker: 'Iedere organisatie keek naar het eigen dossier: overlast, huur, uitkering. Niemand nam de tijd voor het hele verhaal.',
    breakthrough: 'Professionals namen samen de tijd om te luisteren naar wat hij echt probeerde te zeggen, in plaats van alleen naar het dossier te kijken.',
    outcome: 'De situatie kantelde binnen één gesprek: rust in de wijk en minder inzet van politie en hulpverlening.',
    origin: `Doorbraakregisseur, gemeente Nissewaard (${BUNDEL})`,
    currentYearlyCents: 900_000, oneOffCents: 0, yearlyCents: 150_000,
    lifeDomains: ['mental_health', 'safety', 'social_network'], kinds: ['habit'], rules: [], sharing: 'local',
  },
  {
    tenant: 'voorbeeld', title: 'Een beveiligde plek met een begeleider die het aandurfde',
    problem: 'Een jongeman met ernstig ontwrichtend gedrag werd van de ene naar de andere opvang doorgeschoven. Overal hoorde hij: niet hier.',
    blocker: 'Zijn problemen pasten in meer dan één indicatie en financieringsstroom. Aanbieders zeiden: dit kunnen wij niet.',
    breakthrough: 'Via het Landelijk Coördinatiepunt Beveiligde Bedden een beveiligde plek, met een begeleider die hem echt zag en een behandelaar die het met hem aandurfde.',
    outcome: 'Hij woont daar nog steeds en heeft inmiddels een diploma gehaald.',
    origin: `Landelijk Coördinatiepunt Beveiligde Bedden (${BUNDEL})`,
    currentYearlyCents: 9_500_000, oneOffCents: 0, yearlyCents: 8_500_000,
    lifeDomains: ['mental_health', 'safety', 'housing', 'justice'], kinds: ['capacity', 'money'], rules: [], sharing: 'approved',
  },
  {
    tenant: 'voorbeeld', title: 'Eerst een veilige plek, dan zorg, voor mensen zonder verblijfsvergunning',
    problem: 'Mensen zonder verblijfsvergunning met ernstige psychische problemen kwamen bij geen zorginstelling binnen. Zonder opvang kon de zorg niets, en zonder BSN gingen overal de rolluiken dicht.',
    blocker: 'De zorg wachtte op opvang, de opvang wachtte op een verblijfsstatus.',
    breakthrough: 'Eerst een veilige woonplek met begeleiding. Vanuit die rust werd gewerkt aan toegang tot zorg en aan de juridische situatie.',
    outcome: 'Wat een kleine proef was, werd een landelijke voorziening. Mensen komen tot rust en werken aan een toekomst, hier of elders.',
    origin: `Medische Opvang Ongedocumenteerden, ASKV (${BUNDEL})`,
    currentYearlyCents: 0, oneOffCents: 0, yearlyCents: 0,
    lifeDomains: ['residence_status', 'mental_health', 'housing'], kinds: ['rule', 'registration'], rules: ['VW-8'], sharing: 'approved',
  },
  {
    tenant: 'elders', title: 'Achterstand overgenomen en ontruiming stilgezet bij een weduwe',
    problem: 'Een oudere vrouw liep huurachterstand op nadat haar man was overleden, die altijd de geldzaken deed. Ze durfde de brieven niet meer open te maken en er kwam een rechtszaak over ontruiming.',
    blocker: 'De corporatie volgde het standaard incassotraject. Schuldhulp startte pas na een aanvraag die zij niet durfde te doen.',
    breakthrough: 'De corporatie zette de zaak stil. De gemeente nam de achterstand tijdelijk over via bijzondere bijstand, met een betalingsregeling en een paar maanden budgetbeheer.',
    outcome: 'De ontruiming is voorkomen: zij woont nog in haar huis. Een huisuitzetting kost de samenleving al gauw € 100.000.',
    origin: "Gemeente Elders, naar het congres 'Samen sturen op doen wat werkt' (Movisie)",
    currentYearlyCents: 500_000, oneOffCents: 350_000, yearlyCents: 100_000,
    lifeDomains: ['housing', 'finances', 'income'], kinds: ['habit', 'money'], rules: ['BW-7:231', 'WGS-3', 'PW-35'], sharing: 'approved',
  },
  {
    tenant: 'elders', title: 'Verrekening door de Belastingdienst stopgezet tijdens een schuldregeling',
    problem: 'Een gezin betaalde via de schuldhulp elke maand af aan Dienst Toeslagen. Toch haalde de Belastingdienst zonder waarschuwing geld van hun rekening, waardoor de huur niet betaald kon worden.',
    blocker: 'De overheidsvordering geeft de Belastingdienst het recht om te verrekenen. De lopende betalingsregeling werd niet meegewogen.',
    breakthrough: 'Via het maatwerkloket van Toeslagen werd de verrekening stopgezet en het ingehouden bedrag teruggestort, zolang de regeling loopt.',
    outcome: 'De huur werd weer betaald en de schuldregeling bleef overeind.',
    origin: 'Gemeente Elders, naar de City Deal Eenvoudig Maatwerk',
    currentYearlyCents: 800_000, oneOffCents: 0, yearlyCents: 250_000,
    lifeDomains: ['finances', 'income', 'housing'], kinds: ['rule', 'data_sharing'], rules: ['IW-24'], sharing: 'approved',
  },
];

export interface DemoContact {
  tenant: 'voorbeeld' | 'elders'; key: string; name: string; organisation: string; organisationKind: OrganisationKind; department?: string;
  role: string; canDecide: string; lifeDomains: LifeDomain[]; phone: string; email: string; reach: string;
}

export const demoContacts: DemoContact[] = [
  { tenant: 'voorbeeld', key: 'bijzondere-bijstand', name: 'Petra Hoogland', organisation: 'Gemeente Voorbeeld', organisationKind: 'municipality', department: 'Werk en Inkomen',
    role: 'Teamleider bijzondere bijstand', canDecide: 'Bijzondere bijstand tot € 2.500 per keer; afwijken van de beleidsregels bij bijzondere omstandigheden (Awb 4:84).',
    lifeDomains: ['income', 'finances'], phone: '06 12 34 50 01', email: 'p.hoogland@example.nl', reach: 'Bellen op werkdagen tussen 9 en 12 uur; met spoed via het doorbraakteam.' },
  { tenant: 'voorbeeld', key: 'burgerzaken', name: 'Martijn de Wit', organisation: 'Gemeente Voorbeeld', organisationKind: 'municipality', department: 'Burgerzaken',
    role: 'Senior medewerker BRP', canDecide: 'Een briefadres toekennen, een adresonderzoek starten of afronden, inschrijven zonder vaste woon- of verblijfplaats.',
    lifeDomains: ['housing', 'residence_status'], phone: '088 123 45 02', email: 'm.dewit@example.nl', reach: 'Mail met casusnummer; terugbelverzoek binnen twee werkdagen.' },
  { tenant: 'voorbeeld', key: 'ind', name: 'Yara Benali', organisation: 'IND', organisationKind: 'ind', department: 'Maatwerk',
    role: 'Maatwerkfunctionaris', canDecide: 'Meedenken bij een vastgelopen verblijfsprocedure, de juiste afdeling inschakelen en uitleggen welke rechten iemand tijdens de procedure heeft.',
    lifeDomains: ['residence_status', 'income'], phone: '088 123 45 03', email: 'y.benali@example.nl', reach: 'Via het maatwerkloket voor gemeenten; bellen op dinsdag en donderdag.' },
  { tenant: 'voorbeeld', key: 'cak', name: 'Ronald Kok', organisation: 'CAK', organisationKind: 'cak',
    role: 'Adviseur gemeenten wanbetalersregeling', canDecide: 'Iemand uit de bestuursrechtelijke premie halen bij een schuldregeling of saneringskrediet; signalen over premieachterstanden met de gemeente delen.',
    lifeDomains: ['finances', 'physical_health'], phone: '088 123 45 04', email: 'r.kok@example.nl', reach: 'Bellen op werkdagen; mail voor het opvragen van een overzicht.' },
  { tenant: 'voorbeeld', key: 'uwv', name: 'Ingrid Vermeulen', organisation: 'UWV', organisationKind: 'uwv',
    role: 'Regisseur complexe situaties', canDecide: 'Samenloop van WW, WIA of Wajong met bijstand afstemmen; een beoordeling versnellen bij een dreigende crisis.',
    lifeDomains: ['income', 'daytime_activities'], phone: '088 123 45 05', email: 'i.vermeulen@example.nl', reach: 'Mail, met terugbellen dezelfde week.' },
  { tenant: 'voorbeeld', key: 'svb', name: 'Ahmed El Amrani', organisation: 'SVB', organisationKind: 'svb',
    role: 'Klantmanager maatwerk', canDecide: 'Een betaling van AOW, Anw of kinderbijslag opnieuw beoordelen; een voorschot regelen bij urgentie.',
    lifeDomains: ['income'], phone: '088 123 45 06', email: 'a.elamrani@example.nl', reach: 'Bellen op werkdagen tussen 10 en 15 uur.' },
  { tenant: 'voorbeeld', key: 'toeslagen', name: 'Linda Smeets', organisation: 'Dienst Toeslagen', organisationKind: 'belastingdienst_toeslagen', department: 'Maatwerkloket',
    role: 'Persoonlijk zaakbehandelaar maatwerk', canDecide: 'Verrekening stopzetten of terugdraaien bij een lopende betalingsregeling; een terugvordering in termijnen omzetten.',
    lifeDomains: ['finances', 'income'], phone: '088 123 45 07', email: 'l.smeets@example.nl', reach: 'Via het maatwerkloket voor professionals; reactie binnen drie werkdagen.' },
  { tenant: 'voorbeeld', key: 'belastingdienst', name: 'Kees van Leeuwen', organisation: 'Belastingdienst', organisationKind: 'belastingdienst_toeslagen', department: 'Invordering',
    role: 'Contactpersoon invordering voor gemeenten', canDecide: 'Uitstel van betaling, kwijtschelding beoordelen, verrekening stilzetten als er schuldhulp loopt.',
    lifeDomains: ['finances'], phone: '088 123 45 08', email: 'k.vanleeuwen@example.nl', reach: 'Mail met het verzoek en de toestemming van de inwoner.' },
  { tenant: 'voorbeeld', key: 'cjib', name: 'Marieke Jongsma', organisation: 'CJIB', organisationKind: 'cjib',
    role: 'Ketenregisseur schulden', canDecide: 'Boetes pauzeren of in termijnen laten betalen bij een schuldregeling; verhogingen terugdraaien bij een aantoonbare crisis.',
    lifeDomains: ['finances', 'justice'], phone: '088 123 45 09', email: 'm.jongsma@example.nl', reach: 'Bellen op werkdagen tussen 9 en 17 uur.' },
  { tenant: 'voorbeeld', key: 'duo', name: 'Tom Hendriks', organisation: 'DUO', organisationKind: 'duo',
    role: 'Adviseur maatwerk terugbetaling', canDecide: 'De aflossing van een studieschuld aanpassen aan de draagkracht of pauzeren tijdens schuldhulp.',
    lifeDomains: ['finances', 'daytime_activities'], phone: '088 123 45 10', email: 't.hendriks@example.nl', reach: 'Mail; bij spoed bellen.' },
  { tenant: 'voorbeeld', key: 'woonstad', name: 'Fleur van Dam', organisation: 'Woningcorporatie Woonstad', organisationKind: 'housing',
    role: 'Consulent wonen en zorg', canDecide: 'Een ontruimingsprocedure stilzetten bij een doorbraakcasus; een betalingsregeling op maat; meewerken aan een andere woning.',
    lifeDomains: ['housing', 'finances'], phone: '06 12 34 50 11', email: 'f.vandam@example.nl', reach: 'Bellen op werkdagen; zij komt ook mee op huisbezoek.' },
  { tenant: 'voorbeeld', key: 'ggz', name: 'Joost Verbeek', organisation: 'GGZ Voorbeeld', organisationKind: 'mental_health', department: 'Wijk-ggz',
    role: 'Psychiater', canDecide: 'Snelle consultatie en beoordeling; ambulante behandeling of een opname regelen.',
    lifeDomains: ['mental_health', 'addiction'], phone: '06 12 34 50 12', email: 'j.verbeek@example.nl', reach: 'Consultatie op woensdagmiddag; buiten kantoortijd de crisisdienst.' },
  { tenant: 'voorbeeld', key: 'schuldhulp', name: 'Nadia Oussaid', organisation: 'Gemeente Voorbeeld', organisationKind: 'debt_help', department: 'Schuldhulpverlening',
    role: 'Coördinator vroegsignalering', canDecide: 'Binnen drie werkdagen een eerste gesprek bij dreigende uitzetting of afsluiting; een saneringskrediet aanvragen.',
    lifeDomains: ['finances', 'housing'], phone: '06 12 34 50 13', email: 'n.oussaid@example.nl', reach: 'Bellen of appen op werkdagen.' },
  { tenant: 'voorbeeld', key: 'politie', name: 'Erik Schouten', organisation: 'Politie, basisteam Centrum', organisationKind: 'police',
    role: 'Wijkagent', canDecide: 'Een zorgmelding doen, meedenken bij overlast en de crisisdienst inschakelen.',
    lifeDomains: ['safety', 'justice'], phone: '06 12 34 50 14', email: 'e.schouten@example.nl', reach: 'Bellen; bij nood altijd 112.' },
  { tenant: 'voorbeeld', key: 'jeugdhulp', name: 'Hanneke Groen', organisation: 'Jeugdhulp Zorgaanbieder West', organisationKind: 'youth_care',
    role: 'Gedragswetenschapper', canDecide: 'Jeugdhulp thuis beoordelen en overbruggingszorg inzetten zolang een andere oplossing wordt geregeld.',
    lifeDomains: ['parenting', 'mental_health'], phone: '06 12 34 50 15', email: 'h.groen@example.nl', reach: 'Mail; overleg op maandag en donderdag.' },
  { tenant: 'elders', key: 'elders-wi', name: 'Gerda Mol', organisation: 'Gemeente Elders', organisationKind: 'municipality', department: 'Werk en Inkomen',
    role: 'Consulent maatwerk', canDecide: 'Bijzondere bijstand en afwijken van beleidsregels binnen mandaat.',
    lifeDomains: ['income', 'finances'], phone: '06 12 34 50 21', email: 'g.mol@example.nl', reach: 'Bellen op werkdagen.' },
];
