import { z } from '@hono/zod-openapi';
import { lifeDomains } from '../cases/model.ts';

/** Request and response schemas of the mandate ladder. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);

export const LevelParam = z.object({ levelId: uuid('Dit is geen geldig mandaatniveau') });
export const HolderParams = z.object({ levelId: uuid('Dit is geen geldig mandaatniveau'), userId: uuid('Dit is geen geldige collega') });

export const MandateLevel = z.object({
  id: z.string(), rank: z.number().int().openapi({ description: '1 is het laagste niveau' }), name: z.string(),
  maxCents: z.number().int().nullable().openapi({ description: 'Eenmalig bedrag dat dit niveau mag besluiten, in centen; null: onbeperkt' }),
  mandate: z.string().openapi({ description: 'Het mandaat in woorden', example: 'tot en met € 2.500' }),
  lifeDomains: z.array(z.enum(lifeDomains)).openapi({ description: 'Alleen over deze leefgebieden; leeg: alle' }),
  ruleIds: z.array(z.string()).openapi({ description: 'Alleen over deze regels uit de regelcatalogus; leeg: alle' }),
  active: z.boolean(), version: z.number().int(),
  holders: z.array(z.object({
    userId: z.string(), name: z.string(),
    mayDecideOwn: z.boolean().openapi({ description: 'Mag ook over eigen verzoeken beslissen (uitdrukkelijk toegekend)' }),
  })),
}).openapi('MandateLevel');
export const MandateLevels = z.object({ items: z.array(MandateLevel) }).openapi('MandateLevels');

const Rank = z.number({ error: 'Vul de rang in' }).int('De rang is een heel getal').min(1, 'De rang is 1 of hoger').max(99, 'De rang is hoogstens 99');
const Name = z.string({ error: 'Vul de naam van het niveau in' }).trim().min(2, 'Vul de naam van het niveau in').max(80, 'Maximaal 80 tekens');
const MaxCents = z.number({ error: 'Vul het mandaat in centen in, of null voor onbeperkt' }).int('Vul het mandaat in hele centen in')
  .min(0, 'Het mandaat kan niet negatief zijn').max(100_000_000_00, 'Dit bedrag is te hoog').nullable();
const Domains = z.array(z.enum(lifeDomains, { error: 'Onbekend leefgebied' })).max(lifeDomains.length);
const RuleIds = z.array(uuid('Dit is geen geldige regel')).max(30, 'Maximaal 30 regels');

export const MandateLevelInput = z.object({
  rank: Rank, name: Name, maxCents: MaxCents,
  lifeDomains: Domains.default([]), ruleIds: RuleIds.default([]), active: z.boolean().default(true),
}).openapi('MandateLevelInput');

export const MandateLevelPatch = z.object({
  rank: Rank.optional(), name: Name.optional(), maxCents: MaxCents.optional(), lifeDomains: Domains.optional(), ruleIds: RuleIds.optional(),
  active: z.boolean().optional(),
  version: z.number({ error: 'Versie ontbreekt' }).int().min(1, 'Versie ontbreekt').openapi({ description: 'De versie die u heeft gelezen' }),
}).openapi('MandateLevelPatch');

export const HolderInput = z.object({
  mayDecideOwn: z.boolean().default(false).openapi({ description: 'Uitdrukkelijk recht om ook over eigen verzoeken te beslissen; standaard niet' }),
}).openapi('MandateHolderInput');
