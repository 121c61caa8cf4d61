import crypto from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { Tx } from '../db/tenant.ts';

/**
 * The register of processing activities (verwerkingsregister): every activity the processing log
 * may name, with its purpose. Shaped after the Logius "Logboek Dataverwerkingen".
 */
export const processingActivities = {
  'intake-registreren': 'Aanmelding van een vastgelopen situatie vastleggen',
  'casus-lijst-inzien': 'Overzicht van casussen tonen aan de regisseur',
  'casus-inzien': 'Casusoverzicht inzien voor regie op de situatie',
  'casus-oppakken': 'Regie op de casus nemen',
  'casus-terugverwijzen': 'Casus terugverwijzen naar de standaardroute',
  'verwerkingen-inzien': 'Het verwerkingenlog doorzoeken of uitvoeren om toe te zien op de bescherming van persoonsgegevens',
  'persoon-zoeken': 'Een inwoner opzoeken om een verzoek over zijn of haar gegevens af te handelen',
  'inzage-verstrekken': 'Een inwoner inzage geven in zijn of haar gegevens en in wie ze gebruikte (AVG artikel 15)',
  'gegevens-rectificeren': 'Gegevens van een inwoner verbeteren en eerdere versies bewaren (AVG artikel 16)',
  'gegevens-wissen': 'Een verzoek om gegevens te wissen beoordelen en uitvoeren (AVG artikel 17)',
  'bewaartermijn-verwerken': 'Gegevens wissen of pseudonimiseren als de bewaartermijn voorbij is',
  'inlogbeveiliging-beheren': 'Inlogbeveiliging van een medewerker: sessies intrekken, account koppelen aan de identiteitsprovider van de gemeente',
  'casusteam-beheren': 'Bepalen wie in het casusteam meewerkt of meeleest',
  'delen-met-ketenpartner': 'Onderdelen van de casus delen met een ketenpartner die helpt',
  'toestemming-vastleggen': 'Toestemming of een andere grondslag voor delen vastleggen of intrekken',
  'noodtoegang': 'Casus inzien buiten het team omdat er nu gehandeld moet worden (noodtoegang)',
  'inzage-casus-verwerkingen': 'Aan de regisseur tonen wie de casus heeft ingezien of gewijzigd',
  'stap-afronden': 'Een stap van de doorbraakmethode afronden of heropenen',
  'casussoort-bepalen': 'Bepalen of de casus een doorbraak, een advies of een tijdelijke overname is',
  'casus-overdragen': 'De casus warm overdragen aan een collega-regisseur',
  'casus-afsluiten': 'De casus afsluiten met de uitkomst en wat de hulp de inwoner heeft gebracht',
  'casus-nazorg': 'Nagaan of de oplossing na 3, 6 en 12 maanden standhoudt',
  'perspectief-vastleggen': 'Vastleggen waar het huishouden over een jaar wil staan, wat het zelf kan en wat het nodig heeft (stap 3)',
  'doorbraak-vastleggen': 'Het knelpunt, de regels die de oplossing blokkeren en de voorgestelde doorbraak met de kosten vastleggen (stap 4)',
  'doorbraak-inzien': 'Perspectief, knelpunt, doorbraak en kostenafweging inzien voor regie op de situatie',
  'perspectiefplan-inzien': 'Het perspectiefplan inzien: doelen en wie wat doet',
  'perspectiefplan-bijwerken': 'Doelen en acties van het perspectiefplan vastleggen en bijhouden',
  'perspectiefplan-downloaden': 'Het perspectiefplan als pdf maken om aan het huishouden te geven',
  'huishouden-bijhouden': 'Gezinsleden van het huishouden vastleggen, inzien en wijzigen (stap 1)',
  'leefgebieden-beoordelen': 'Per leefgebied vastleggen en inzien hoe het gaat, om te zien waar het knelt (stap 1)',
  'betrokkenen-bijhouden': 'Vastleggen en inzien welke organisaties betrokken zijn bij het huishouden en wat die ondersteuning per jaar kost (stap 2)',
  'besluit-aanvragen': 'Een besluit vragen aan wie het mandaat heeft: de vraag, de doorbraak, de regels met hun doel, de kostenafweging, de waardendriehoek en wat de inwoner ervan vindt (stap 5)',
  'besluit-inzien': 'Een verzoek om een besluit en eerdere besluiten over dezelfde regel inzien, om te beslissen of de uitvoering te volgen',
  'mandaat-casus-inzien': 'De casus inzien die een beslisser nodig heeft om te beslissen over een verzoek dat op zijn of haar mandaatniveau wacht',
  'besluit-nemen': 'Beslissen over een afwijking of uitgave binnen het mandaat, met de redenen, of een verzoek intrekken',
  'besluit-doorzetten': 'Een verzoek dat niet op tijd is beslist doorzetten naar het volgende mandaatniveau en de aanvrager informeren',
  'besluitbrief-maken': 'De besluitbrief voor de inwoner maken: wat is gevraagd, wat is besloten, waarom, en hoe bezwaar te maken',
  'maatwerkbudget-boeken': 'Betalingen en vrijval uit het maatwerkbudget bij een besluit vastleggen en inzien',
  'maatwerkbudget-exporteren': 'De boekingen van het maatwerkbudget uitvoeren voor de financiële administratie',
  'systeemknelpunt-signaleren': 'Het knelpunt van een casus met de hand als systeemknelpunt aanmerken, zodat de regel of werkwijze op de agenda komt',
  'systeemknelpunt-onderbouwen': 'Gepseudonimiseerde gegevens van casussen tonen of in een signaalrapport zetten als onderbouwing van een systeemknelpunt',
  'oplossing-publiceren': 'Een doorbraak uit een afgesloten casus zonder herleidbare gegevens in de oplossingenbibliotheek zetten',
  'oplossingen-vergelijken': 'Het knelpunt van een casus vergelijken met de oplossingenbibliotheek om eerdere oplossingen voor te stellen (stap 4)',
} as const;
export type ProcessingActivity = keyof typeof processingActivities;

export interface ProcessingContext {
  tenantId: string;
  traceId: string;
  actorId: string | null;
  origin: string | null;
}

export interface Processing {
  activity: ProcessingActivity;
  action: 'read' | 'create' | 'update' | 'delete';
  objectType: string;
  objectId?: string | null;
  caseId?: string | null;
  legalBasis: string;
  /** Pseudonyms of every data subject touched: one log row each, no sampling. */
  subjects: string[];
}

export function newTraceId(): string {
  return crypto.randomBytes(16).toString('hex');
}

/**
 * Writes the rows in the caller's transaction, so a processing without its log line cannot commit.
 * Several processings (a list page) go in one statement.
 */
export async function logProcessing(tx: Tx, ctx: ProcessingContext, processings: Processing | Processing[]): Promise<void> {
  const rows = [processings].flat().flatMap((p) => {
    const spanId = crypto.randomBytes(8).toString('hex');
    return [...new Set(p.subjects)].map((subject) => ({
      tenant_id: ctx.tenantId,
      id: uuidv7(),
      trace_id: ctx.traceId,
      span_id: spanId,
      activity: p.activity,
      action: p.action,
      object_type: p.objectType,
      object_id: p.objectId ?? null,
      case_id: p.caseId ?? null,
      actor_id: ctx.actorId,
      purpose: processingActivities[p.activity],
      legal_basis: p.legalBasis,
      subject_pseudonym: subject,
      origin: ctx.origin,
    }));
  });
  if (rows.length > 0) await tx.insertInto('processing_log').values(rows).execute();
}
