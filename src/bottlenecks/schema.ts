import { z } from '@hono/zod-openapi';
import { Contact } from '../network/schema.ts';
import { bottleneckStatuses, resolutions } from './model.ts';

/** Request and response schemas of systemic bottlenecks, their evidence and signal reports. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const Version = z.number({ error: 'Versie ontbreekt' }).int('Versie is een heel getal').min(0, 'Versie is 0 of hoger');
const Text = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional()
  .transform((v) => (v === '' ? null : v));
const Count = z.number().int().nullable().openapi({ description: 'null als het aantal tussen 1 en 4 ligt en u de casussen niet zelf behandelt (zie suppressed)' });
const Suppressed = z.array(z.string()).openapi({ description: 'Velden die zijn weggelaten omdat ze over minder dan 5 casussen gaan' });

export const BottleneckParam = z.object({ bottleneckId: uuid('Dit is geen geldig systeemknelpunt') });
export const CaseParam = z.object({ id: uuid('Dit is geen geldig casusnummer') });
export const CaseBottleneckParams = z.object({ id: uuid('Dit is geen geldig casusnummer'), bottleneckId: uuid('Dit is geen geldig systeemknelpunt') });

export const RuleRef = z.object({
  id: z.string(), code: z.string(), name: z.string(), law: z.string(), article: z.string().nullable(),
  purpose: z.string().nullable().openapi({ description: 'Wat de regel wil bereiken' }), url: z.string().nullable(),
}).openapi('BottleneckRule');

export const Bottleneck = z.object({
  id: z.string(),
  basis: z.enum(['rule', 'organisation', 'manual']).openapi({ description: 'rule: één regel blokkeert; organisation: dezelfde organisatie is betrokken; manual: met de hand aangemerkt vanuit casussen' }),
  title: z.string(), description: z.string().nullable(),
  rule: RuleRef.nullable(), organisation: z.string().nullable().openapi({ description: 'De organisatie (kleine letters) bij basis organisation' }),
  ownerOrganisation: z.string().nullable().openapi({ description: 'Wie de regel of werkwijze kan veranderen, bijvoorbeeld een ministerie of een afdeling' }),
  status: z.enum(bottleneckStatuses), statusLabel: z.string(),
  resolution: z.enum(resolutions).nullable(), statusReason: z.string().nullable(), statusChangedAt: z.string(),
  cases: Count, suppressed: Suppressed,
  createdAt: z.string(), updatedAt: z.string(), version: z.number().int(),
}).openapi('SystemicBottleneck');
export const Bottlenecks = z.object({ items: z.array(Bottleneck) }).openapi('SystemicBottlenecks');
export const BottlenecksQuery = z.object({
  status: z.enum(['open', 'closed', 'all'], { error: "Kies 'open', 'closed' of 'all'" }).default('all'),
});

export const Evidence = z.object({
  since: z.string().openapi({ description: 'Begin van de periode (JJJJ-MM-DD): casussen aangemeld vanaf deze dag, plus alle casussen die nog lopen' }),
  cases: Count, openCases: Count, flaggedByHand: Count,
  trend: z.array(z.object({ quarter: z.string(), cases: Count, suppressed: Suppressed })).openapi({ description: 'Aantal casussen per kwartaal van aanmelding' }),
  yearlySupportCents: z.number().int().nullable().openapi({ description: 'Wat de ondersteuning in deze casussen nu samen per jaar kost (centen), uit de kostenafweging' }),
  kinds: z.array(z.object({ value: z.string(), label: z.string(), cases: Count, suppressed: Suppressed })),
  lifeDomains: z.array(z.object({ value: z.string(), label: z.string(), cases: Count, suppressed: Suppressed })),
  suppressed: Suppressed,
}).openapi('BottleneckEvidence');

export const StatusChange = z.object({
  status: z.enum(bottleneckStatuses), statusLabel: z.string(), resolution: z.enum(resolutions).nullable(), reason: z.string().nullable(),
  changedAt: z.string(), changedBy: z.string().nullable(),
}).openapi('BottleneckStatusChange');

export const BottleneckDetail = Bottleneck.extend({
  evidence: Evidence, history: z.array(StatusChange), contacts: z.array(Contact),
}).openapi('SystemicBottleneckDetail');

export const PseudonymisedCase = z.object({
  label: z.string().openapi({ description: 'Casus A, B, …: geen naam of casusnummer' }),
  quarter: z.string(), status: z.string(), step: z.number().int(), lifeDomains: z.array(z.string()), kinds: z.array(z.string()),
  agencies: z.number().int(), yearlyCost: z.string().openapi({ description: 'De jaarlijkse kosten van de huidige hulp als bandbreedte' }),
  flaggedByHand: z.boolean(),
}).openapi('PseudonymisedCase');
export const BottleneckCases = z.object({
  items: z.array(PseudonymisedCase), total: z.number().int(),
  shown: z.number().int().openapi({ description: 'Hoeveel casussen in de lijst staan (de meest recente)' }),
}).openapi('BottleneckCases');

const Title = z.string({ error: 'Vul een titel in' }).trim().min(5, 'Vul een titel in van minstens 5 tekens').max(200, 'Maximaal 200 tekens');
export const BottleneckInput = z.object({
  basis: z.enum(['rule', 'organisation'], { error: "Kies 'rule' of 'organisation'; met de hand aanmerken gaat vanuit de casus" }),
  ruleId: uuid('Dit is geen geldige regel').optional(),
  organisation: z.string().trim().min(2, 'Vul de organisatie in').max(200).optional(),
  title: Title.optional().openapi({ description: 'Standaard de naam van de regel of de organisatie' }),
  description: Text(4000), ownerOrganisation: Text(200),
}).openapi('SystemicBottleneckInput');

export const BottleneckPatch = z.object({
  title: Title.optional(), description: Text(4000), ownerOrganisation: Text(200),
  status: z.enum(bottleneckStatuses, { error: 'Kies signalled, on_agenda, in_discussion, resolved of not_taken_up' }).optional(),
  resolution: z.enum(resolutions, { error: "Kies 'rule_changed' of 'practice_changed'" }).nullable().optional(),
  reason: Text(4000).openapi({ description: 'Verplicht bij resolved (wat er veranderd is) en not_taken_up (waarom niet)' }),
  version: Version,
}).openapi('SystemicBottleneckPatch');

export const ContactsInput = z.object({
  contactIds: z.array(uuid('Dit is geen geldig contact')).max(30, 'Kies maximaal 30 contacten'),
}).openapi('BottleneckContactsInput');

export const Proposal = z.object({
  basis: z.enum(['rule', 'organisation']), key: z.string().openapi({ description: 'De regel (id) of de organisatie (kleine letters): stuur mee als ruleId of organisation om het knelpunt aan te maken' }),
  label: z.string(), cases: Count, suppressed: Suppressed,
}).openapi('BottleneckProposal');
export const Proposals = z.object({
  threshold: z.number().int(), windowMonths: z.number().int(), since: z.string(), items: z.array(Proposal),
}).openapi('BottleneckProposals');

export const Group = z.object({ key: z.string(), label: z.string(), cases: Count, suppressed: Suppressed });
export const Groups = z.object({
  since: z.string(), rules: z.array(Group), organisations: z.array(Group), kinds: z.array(Group),
}).openapi('BlockerGroups');

export const Settings = z.object({
  threshold: z.number().int().openapi({ description: 'Vanaf hoeveel casussen een regel of organisatie als systeemknelpunt wordt voorgesteld' }),
  windowMonths: z.number().int().openapi({ description: 'Over hoeveel maanden terug geteld wordt' }),
  version: z.number().int(), updatedAt: z.string().nullable(),
}).openapi('BottleneckSettings');
export const SettingsInput = z.object({
  threshold: z.number({ error: 'Vul een drempel in' }).int('Een heel getal').min(2, 'Minstens 2 casussen').max(100, 'Hoogstens 100 casussen'),
  windowMonths: z.number({ error: 'Vul een periode in' }).int('Een heel aantal maanden').min(1, 'Minstens 1 maand').max(36, 'Hoogstens 36 maanden'),
  version: Version.openapi({ description: '0 zolang er nog niets is opgeslagen' }),
}).openapi('BottleneckSettingsInput');

export const FlagInput = z.object({
  bottleneckId: uuid('Dit is geen geldig systeemknelpunt').optional().openapi({ description: 'Een bestaand systeemknelpunt; laat leeg om een nieuw knelpunt te beginnen met title' }),
  title: Title.optional(), ownerOrganisation: Text(200), description: Text(4000),
  note: Text(1000).openapi({ description: 'Waarom deze casus erbij hoort, zonder namen of andere herleidbare gegevens' }),
}).openapi('SystemicFlagInput');
export const CaseBottlenecks = z.object({
  items: z.array(Bottleneck.pick({ id: true, basis: true, title: true, status: true, statusLabel: true, ownerOrganisation: true })
    .extend({ flaggedByHand: z.boolean() })),
}).openapi('CaseBottlenecks');
