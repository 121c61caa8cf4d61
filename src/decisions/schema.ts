import { z } from '@hono/zod-openapi';
import { blockerKinds } from '../breakthrough/model.ts';
import { lifeDomains } from '../cases/model.ts';
import { decisionStatuses, outcomes } from './model.ts';

/** Request and response schemas of decision settings, decision requests, decisions and letters. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const Version = z.number({ error: 'Versie ontbreekt' }).int('Versie is een heel getal').min(0, 'Versie is 0 of hoger')
  .openapi({ description: 'De versie die u heeft gelezen' });
const Cents = z.number({ error: 'Vul een bedrag in centen in' }).int('Vul het bedrag in hele centen in')
  .min(0, 'Een bedrag kan niet negatief zijn').max(100_000_000_00, 'Dit bedrag is te hoog');
const Required = (what: string, min: number, max: number) => z.string({ error: `Vul ${what} in` }).trim()
  .min(min, `Vul ${what} in (minstens ${min} tekens)`).max(max, `Maximaal ${max} tekens`);
const Optional = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional()
  .transform((v) => (v === '' ? null : v ?? null));

export const CaseParam = z.object({ id: uuid('Dit is geen geldig casusnummer') });
export const DecisionParams = z.object({ id: uuid('Dit is geen geldig casusnummer'), decisionId: uuid('Dit is geen geldig besluitverzoek') });

// ── settings ───────────────────────────────────────────────────────────
export const Corner = z.object({
  key: z.string().openapi({ description: 'Vaste sleutel van de hoek, gebruikt in de afweging van een verzoek', example: 'rechtmatig' }),
  name: z.string().openapi({ example: 'Rechtmatig' }),
  description: z.string().openapi({ description: 'De vraag die deze hoek stelt', example: 'Mag het? Wat is het doel van de regel?' }),
}).openapi('ValuesCorner');

export const DecisionSettings = z.object({
  corners: z.array(Corner).openapi({ description: 'De hoeken van de waardendriehoek, in volgorde' }),
  dueWorkingDays: z.number().int().openapi({ description: 'Binnen hoeveel werkdagen een beslisser antwoordt; daarna gaat het verzoek een niveau hoger' }),
  objectionAddress: z.string().nullable().openapi({ description: 'Waar de inwoner bezwaar maakt (staat in de besluitbrief)' }),
  version: z.number().int().openapi({ description: '0 zolang de standaardinstellingen gelden' }),
  updatedAt: z.string().nullable(), updatedBy: z.string().nullable(),
}).openapi('DecisionSettings');

export const DecisionSettingsInput = z.object({
  corners: z.array(z.object({
    key: z.string({ error: 'Vul een sleutel in' }).trim().regex(/^[a-z][a-z0-9_-]{1,39}$/, 'Gebruik kleine letters, cijfers en streepjes (2 tot 40 tekens)'),
    name: Required('de naam van de hoek', 2, 60),
    description: Required('de vraag die deze hoek stelt', 5, 400),
  }), { error: 'Geef de hoeken van de waardendriehoek' }).min(1, 'Geef ten minste één hoek').max(6, 'Maximaal 6 hoeken')
    .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, 'Elke hoek heeft een eigen sleutel'),
  dueWorkingDays: z.number({ error: 'Vul het aantal werkdagen in' }).int('Een heel aantal werkdagen').min(1, 'Minstens 1 werkdag').max(30, 'Hoogstens 30 werkdagen'),
  objectionAddress: Optional(1000),
  version: Version,
}).openapi('DecisionSettingsInput');

// ── requests ───────────────────────────────────────────────────────────
const Level = z.object({ id: z.string(), name: z.string(), rank: z.number().int() });
const Person = z.object({ id: z.string(), name: z.string() });

export const RuleWithPurpose = z.object({
  id: z.string(), code: z.string(), name: z.string(), law: z.string(), article: z.string().nullable(),
  purpose: z.string().openapi({ description: 'Wat de regel wil bereiken, zoals de aanvrager het voor deze casus opschreef' }),
}).openapi('DecisionRule');

export const CostSumSnapshot = z.object({
  currentYearlyCents: z.number().int(), agencies: z.number().int(), oneOffCents: z.number().int(), yearlyCents: z.number().int(),
  horizons: z.array(z.object({ years: z.number().int(), muddlingOnCents: z.number().int(), breakthroughCents: z.number().int(), avoidedCents: z.number().int() })),
  paysOffWithin: z.number().int().nullable(), sentence: z.string(),
}).openapi('CostSumSnapshot', { description: 'De kostenafweging van stap 4 op het moment van het verzoek' });

export const Skipped = z.object({
  levelId: z.string(), name: z.string(), reason: z.enum(['amount', 'life_domains', 'rules', 'budget', 'no_holder']),
  text: z.string().openapi({ description: 'Waarom dit niveau is overgeslagen, in woorden' }),
});

export const RoutePreview = z.object({
  level: Level.extend({ mandate: z.string() }).nullable().openapi({ description: 'Waar het verzoek naartoe gaat; null als geen niveau dit kan besluiten' }),
  skipped: z.array(Skipped),
  unheld: z.boolean().openapi({ description: 'Niemand heeft dit niveau nog: functioneel beheer moet iemand aanwijzen' }),
  overdraws: z.boolean().openapi({ description: 'Het bedrag is meer dan er in het maatwerkbudget over is: dit vraagt het volgende niveau' }),
  budgetYear: z.number().int(), remainingCents: z.number().int().nullable().openapi({ description: 'Wat er dit jaar nog vrij is; null als er geen budget is' }),
}).openapi('DecisionRoute');

export const DraftQuery = z.object({
  amountCents: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'Vul een bedrag in centen in' }).int('Hele centen').min(0, 'Niet negatief').optional()),
});

export const DecisionDraft = z.object({
  proposedStep: z.string().nullable(), rules: z.array(RuleWithPurpose), blockerKinds: z.array(z.enum(blockerKinds)),
  lifeDomains: z.array(z.enum(lifeDomains)), costSum: CostSumSnapshot,
  amountCents: z.number().int().openapi({ description: 'Voorstel: de eenmalige kosten uit stap 4 (of het bedrag uit ?amountCents=)' }),
  residentView: z.string().nullable().openapi({ description: 'Voorstel: wat het huishouden in stap 3 in eigen woorden zei' }),
  corners: z.array(Corner), dueWorkingDays: z.number().int(), route: RoutePreview,
  openRequestId: z.string().nullable().openapi({ description: 'Er loopt al een verzoek: eerst dat afhandelen of intrekken' }),
}).openapi('DecisionDraft');

export const DecisionRequestInput = z.object({
  question: Required('de vraag aan de beslisser', 10, 2000),
  proposedStep: Required('de voorgestelde doorbraak', 10, 4000),
  alternatives: Optional(4000).openapi({ description: 'Welke andere oplossingen zijn overwogen en waarom niet gekozen' }),
  rules: z.array(z.object({
    ruleId: uuid('Dit is geen geldige regel'),
    purpose: Optional(2000).openapi({ description: 'Het doel van de regel voor deze casus; leeg: het doel uit de regelcatalogus' }),
  })).max(30, 'Maximaal 30 regels').optional().openapi({ description: 'Leeg of weggelaten: de regels van het knelpunt (stap 4)' }),
  amountCents: Cents.openapi({ description: 'Het gevraagde bedrag, eenmalig, in centen (0 als het geen geld kost)' }),
  lifeDomains: z.array(z.enum(lifeDomains, { error: 'Onbekend leefgebied' })).max(lifeDomains.length).optional()
    .openapi({ description: 'Waar het besluit over gaat; weggelaten: de leefgebieden van de casus' }),
  weighing: z.array(z.object({
    corner: z.string({ error: 'Kies een hoek van de waardendriehoek' }),
    text: z.string({ error: 'Schrijf de afweging op' }).trim().max(4000, 'Maximaal 4000 tekens'),
  }), { error: 'Schrijf per hoek van de waardendriehoek een afweging' }).max(6, 'Maximaal 6 hoeken'),
  residentView: Required('wat de inwoner er zelf van vindt', 3, 4000),
}).openapi('DecisionRequestInput');

export const DecideInput = z.object({
  outcome: z.enum(outcomes, { error: 'Kies approved, approved_with_conditions of declined' }),
  reasons: z.string({ error: 'Geef de redenen: ook (juist) bij een nee leest de inwoner waarom' }).trim()
    .min(20, 'Geef de redenen in minstens 20 tekens: ook (juist) bij een nee leest de inwoner waarom').max(4000, 'Maximaal 4000 tekens'),
  conditions: Optional(2000).openapi({ description: 'Verplicht bij approved_with_conditions' }),
  approvedCents: Cents.nullable().optional().openapi({ description: 'Toegekend bedrag; leeg: het gevraagde bedrag. Niet hoger dan gevraagd' }),
  nextSteps: Optional(2000).openapi({ description: 'Wat er nu gebeurt, voor de brief; leeg: een standaardtekst' }),
  version: Version,
}).openapi('DecideInput');

export const WithdrawInput = z.object({
  reason: Required('waarom het verzoek wordt ingetrokken', 5, 2000), version: Version,
}).openapi('DecisionWithdrawInput');

export const RouteStep = z.object({
  at: z.string(), level: z.object({ id: z.string(), name: z.string() }), reason: z.enum(['routed', 'overdue']), dueOn: z.string(),
  skipped: z.array(Skipped),
});

export const DecisionMade = z.object({
  outcome: z.enum(outcomes), outcomeLabel: z.string(), reasons: z.string(), conditions: z.string().nullable(), nextSteps: z.string().nullable(),
  approvedCents: z.number().int().nullable().openapi({ description: 'Toegekend bedrag (vastgelegd in het maatwerkbudget); null bij een afwijzing' }),
  decidedBy: Person, decidedAt: z.string(), level: z.object({ id: z.string(), name: z.string() }),
});

export const DecisionMoney = z.object({
  committedCents: z.number().int(), paidCents: z.number().int(), releasedCents: z.number().int(), openCents: z.number().int(),
}).openapi('DecisionMoney');

export const Decision = z.object({
  id: z.string(), caseId: z.string(), reference: z.string(), status: z.enum(decisionStatuses),
  question: z.string(), proposedStep: z.string(), alternatives: z.string().nullable(), rules: z.array(RuleWithPurpose),
  blockerKinds: z.array(z.enum(blockerKinds)), lifeDomains: z.array(z.enum(lifeDomains)), costSum: CostSumSnapshot,
  amountCents: z.number().int(),
  weighing: z.array(z.object({ corner: z.string(), name: z.string(), description: z.string(), text: z.string() })),
  residentView: z.string().nullable(), requestedBy: Person, requestedAt: z.string(),
  level: Level.openapi({ description: 'Het niveau waar het verzoek nu ligt (of lag)' }), dueOn: z.string(), overdue: z.boolean(),
  escalations: z.number().int(), route: z.array(RouteStep).openapi({ description: 'Waar het verzoek langs ging, met wat is overgeslagen en waarom' }),
  decision: DecisionMade.nullable(), withdrawnReason: z.string().nullable(),
  money: DecisionMoney.nullable().openapi({ description: 'Het geld op dit besluit; null als er niets is vastgelegd' }),
  letter: z.object({ html: z.string(), pdf: z.string() }).nullable().openapi({ description: 'Adressen van de besluitbrief, zodra er besloten is' }),
  viewer: z.object({
    mayDecide: z.boolean(), reason: z.string().nullable().openapi({ description: 'Waarom u (nu) niet kunt beslissen' }),
  }).openapi({ description: 'Wat u met dit verzoek kunt' }),
  version: z.number().int(),
}).openapi('Decision');

export const Precedent = z.object({
  id: z.string(), decidedAt: z.string(), outcome: z.enum(outcomes), outcomeLabel: z.string(), question: z.string(), proposedStep: z.string(),
  reasons: z.string(), conditions: z.string().nullable(), amountCents: z.number().int(), approvedCents: z.number().int().nullable(),
  level: z.string().nullable(),
  sharedRules: z.array(z.object({ code: z.string(), name: z.string() })), sharedKinds: z.array(z.enum(blockerKinds)),
}).openapi('DecisionPrecedent', { description: 'Een eerder besluit in een andere casus over dezelfde regel of soort belemmering (zonder casusnummer of namen)' });

export const DecisionWithPrecedents = Decision.extend({
  precedents: z.array(Precedent).openapi({ description: 'Eerdere besluiten over dezelfde regel of soort belemmering, nieuwste eerst' }),
}).openapi('DecisionWithPrecedents');

export const Decisions = z.object({ items: z.array(Decision) }).openapi('Decisions');

export const InboxQuery = z.object({ view: z.enum(['pending', 'requested'], { error: "Kies 'pending' of 'requested'" }).default('pending') });
export const InboxItem = z.object({
  id: z.string(), caseId: z.string(), reference: z.string(), status: z.enum(decisionStatuses), question: z.string(),
  amountCents: z.number().int(), level: Level, dueOn: z.string(), overdue: z.boolean(), escalations: z.number().int(),
  requestedBy: Person, requestedAt: z.string(), outcome: z.enum(outcomes).nullable(), decidedAt: z.string().nullable(),
}).openapi('DecisionInboxItem');
export const Inbox = z.object({ items: z.array(InboxItem) }).openapi('DecisionInbox');

/** The decisions on the case overview: a short line per request, newest first. */
export const DecisionSummary = z.object({
  id: z.string(), status: z.enum(decisionStatuses), outcome: z.enum(outcomes).nullable(), question: z.string(),
  amountCents: z.number().int(), approvedCents: z.number().int().nullable(), level: z.object({ id: z.string(), name: z.string() }),
  dueOn: z.string(), overdue: z.boolean(), requestedAt: z.string(), decidedAt: z.string().nullable(), decidedBy: z.string().nullable(),
  letter: z.object({ html: z.string(), pdf: z.string() }).nullable(),
}).openapi('DecisionSummary');
