import { z } from '@hono/zod-openapi';
import { blockerKinds } from '../breakthrough/model.ts';
import { lifeDomains } from '../cases/model.ts';
import { identifierKinds, sharingStates } from './model.ts';

/** Request and response schemas of the solutions library. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const Version = z.number({ error: 'Versie ontbreekt' }).int('Versie is een heel getal').min(1, 'Versie ontbreekt');
const Required = (what: string, min: number, max: number) => z.string({ error: `Vul ${what} in` }).trim()
  .min(min, `Vul ${what} in (minstens ${min} tekens)`).max(max, `Maximaal ${max} tekens`);
const Optional = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional()
  .transform((v) => (v === '' ? null : v));

export const EntryParam = z.object({ entryId: uuid('Dit is geen geldige oplossing') });
export const CaseParam = z.object({ id: uuid('Dit is geen geldig casusnummer') });

export const Entry = z.object({
  id: z.string(), title: z.string(),
  problem: z.string().openapi({ description: 'Het probleem van het huishouden, algemeen beschreven' }),
  blocker: z.string().openapi({ description: 'Wat de oplossing blokkeerde' }),
  breakthrough: z.string().openapi({ description: 'De ongebruikelijke stap die het knelpunt oploste' }),
  outcome: z.string().nullable().openapi({ description: 'Wat het opleverde' }),
  origin: z.string().nullable().openapi({ description: 'Waar de oplossing vandaan komt, bijvoorbeeld een casus of een publicatie' }),
  municipality: z.string(), own: z.boolean().openapi({ description: 'true als de oplossing van uw eigen gemeente is' }),
  costs: z.object({
    currentYearlyCents: z.number().int().openapi({ description: 'Wat de hulp vóór de doorbraak per jaar kostte' }),
    oneOffCents: z.number().int(), yearlyCents: z.number().int(),
    avoided1yCents: z.number().int().openapi({ description: 'Vermeden kosten na één jaar (negatief als doorbreken meer kostte)' }),
    avoided5yCents: z.number().int(),
  }),
  lifeDomains: z.array(z.enum(lifeDomains)), blockerKinds: z.array(z.enum(blockerKinds)),
  rules: z.array(z.object({ code: z.string(), label: z.string() })),
  sharing: z.enum(sharingStates), sharingLabel: z.string(), sharingNote: z.string().nullable(), sharingDecidedAt: z.string().nullable(),
  fromCase: z.boolean().openapi({ description: 'true als de oplossing uit een afgesloten casus van deze gemeente komt' }),
  createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
}).openapi('LibraryEntry');

export const SearchResult = z.object({
  items: z.array(Entry.extend({ rank: z.number().openapi({ description: 'Hoe goed de tekst past (0 zonder zoekwoorden)' }) })),
  total: z.number().int(),
  textUsed: z.boolean().openapi({ description: 'false als de zoektekst alleen uit veelvoorkomende woorden bestond (de, het, een): dan gelden alleen de filters' }),
}).openapi('LibrarySearchResult');

export const SearchQuery = z.object({
  q: z.string().optional().openapi({ description: 'Zoekwoorden in gewoon Nederlands; "aanhalingstekens" voor een woordgroep, or voor of, - om uit te sluiten' }),
  lifeDomain: z.enum(lifeDomains, { error: 'Onbekend leefgebied' }).optional(),
  kind: z.enum(blockerKinds, { error: 'Onbekende soort blokkade' }).optional(),
  rule: z.string().trim().max(60).optional().openapi({ description: 'Code uit de regelcatalogus, bijvoorbeeld BRP-2.39' }),
  scope: z.enum(['all', 'own', 'shared'], { error: "Kies 'all', 'own' of 'shared'" }).default('all')
    .openapi({ description: 'own: alleen uw gemeente; shared: alleen gedeeld door andere gemeenten' }),
  sharing: z.enum(sharingStates, { error: 'Onbekende deelstatus' }).optional()
    .openapi({ description: 'Alleen eigen oplossingen met deze deelstatus, bijvoorbeeld requested voor de privacy officer' }),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

const texts = {
  title: Required('een titel', 5, 200), problem: Required('het probleem', 20, 4000), blocker: Required('wat blokkeerde', 10, 4000),
  breakthrough: Required('de doorbraak', 10, 4000), outcome: Optional(4000),
};
export const PublishInput = z.object({
  ...texts,
  requestSharing: z.boolean().default(false).openapi({ description: 'Vraag de privacy officer om de oplossing te delen met andere gemeenten' }),
}).openapi('LibraryPublishInput');
export const EntryPatch = z.object({
  title: texts.title.optional(), problem: texts.problem.optional(), blocker: texts.blocker.optional(),
  breakthrough: texts.breakthrough.optional(), outcome: texts.outcome, version: Version,
}).openapi('LibraryEntryPatch');
export const SharingInput = z.object({
  decision: z.enum(['request', 'withdraw', 'approve', 'refuse'], { error: "Kies 'request', 'withdraw', 'approve' of 'refuse'" })
    .openapi({ description: 'request en withdraw: regisseur of functioneel beheer; approve en refuse: de privacy officer' }),
  note: Optional(1000).openapi({ description: 'Verplicht bij refuse: waarom niet delen' }),
  version: Version,
}).openapi('LibrarySharingInput');
export const VersionQuery = z.object({ version: z.coerce.number({ error: 'Versie ontbreekt' }).int().min(1, 'Versie ontbreekt') });

export const Findings = z.array(z.object({
  field: z.string(), kind: z.enum(identifierKinds), label: z.string(), text: z.string().openapi({ description: 'Wat gevonden is; een BSN alleen met de laatste cijfers' }),
}));
export const CheckInput = z.object({
  texts: z.record(z.string(), z.string().max(8000, 'Maximaal 8000 tekens')).openapi({ description: 'Per veld de tekst, bijvoorbeeld {"problem": "…"}' }),
  caseId: uuid('Dit is geen geldig casusnummer').optional().openapi({ description: 'Met een casus worden ook de namen van de gezinsleden herkend' }),
}).openapi('LibraryCheckInput');
export const CheckResult = z.object({ clean: z.boolean(), findings: Findings }).openapi('LibraryCheckResult');

export const Draft = z.object({
  publishable: z.boolean(), reason: z.string().nullable().openapi({ description: 'Waarom (nog) niet publiceren kan' }),
  existingEntryId: z.string().nullable(),
  texts: z.object({ title: z.string(), problem: z.string(), blocker: z.string(), breakthrough: z.string(), outcome: z.string() })
    .openapi({ description: 'Voorstel uit de casus; herschrijf wat herleidbaar is voordat u publiceert' }),
  findings: Findings,
  costs: Entry.shape.costs, lifeDomains: z.array(z.enum(lifeDomains)), blockerKinds: z.array(z.enum(blockerKinds)),
  rules: z.array(z.object({ code: z.string(), label: z.string() })),
}).openapi('LibraryDraft');

export const Similar = z.object({
  items: z.array(z.object({
    entry: Entry, score: z.number().openapi({ description: 'Tussen 0 en 1' }),
    match: z.object({
      ruleCodes: z.array(z.string()), kinds: z.array(z.string()), lifeDomains: z.array(z.string()),
      text: z.boolean().openapi({ description: 'De woorden van het knelpunt (of het verhaal) lijken op die van de oplossing' }),
    }).openapi({ description: 'Wat de casus en de oplossing gemeen hebben' }),
    reasons: z.array(z.string()).openapi({ description: 'Waarom voorgesteld, in woorden' }),
  })),
}).openapi('LibrarySimilar');
