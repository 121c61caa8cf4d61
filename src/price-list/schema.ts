import { z } from '@hono/zod-openapi';
import { MAX_TARIFF_CENTS, priceUnits } from './model.ts';

/** Request and response schemas of the price list the administrator maintains. */

const Day = (what: string) => z.iso.date(`Vul ${what} in als JJJJ-MM-DD`);
const Service = z.string({ error: 'Vul de dienst in' }).trim().min(2, 'Vul de dienst in').max(200, 'Maximaal 200 tekens');
const Unit = z.enum(priceUnits, { error: `Kies de eenheid: ${priceUnits.join(', ')}` });
const Tariff = z.number({ error: 'Vul het tarief per eenheid in, in centen' })
  .int('Vul het tarief in hele centen in')
  .min(0, 'Het tarief kan niet negatief zijn')
  .max(MAX_TARIFF_CENTS, 'Het tarief is te hoog: hoogstens 1 miljoen euro per eenheid');
const Source = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().trim().max(500, 'Maximaal 500 tekens').nullable().optional());
const Until = z.preprocess((v) => (v === '' ? null : v), Day('de einddatum').nullable().optional());

export const PriceItemParam = z.object({ itemId: z.string().uuid('Dit is geen geldig prijslijstitem') });
export const PriceListQuery = z.object({
  on: Day('de datum').optional().openapi({ description: 'Alleen wat op deze dag geldt (JJJJ-MM-DD)' }),
});

export const PriceItemInput = z.object({
  service: Service,
  unit: Unit,
  tariffCents: Tariff.openapi({ description: 'Tarief per eenheid in eurocenten' }),
  source: Source.openapi({ description: 'Waar het bedrag vandaan komt, bijvoorbeeld "Indicatief, landelijke kostprijzen 2024"' }),
  validFrom: Day('de begindatum'),
  validUntil: Until.openapi({ description: 'De laatste dag dat het tarief geldt; leeg is zonder einde' }),
}).openapi('PriceItemInput');

export const PriceItemChangeInput = z.object({
  service: Service.optional(), unit: Unit.optional(), tariffCents: Tariff.optional(), source: Source,
  validFrom: Day('de begindatum').optional(), validUntil: Until,
  version: z.number({ error: 'Versie ontbreekt' }).int().min(1, 'Versie ontbreekt')
    .openapi({ description: 'De versie die u zag; bij een andere versie volgt 409 en verandert er niets' }),
}).openapi('PriceItemChangeInput');

export const PriceItem = z.object({
  id: z.string(), service: z.string(), unit: Unit, tariffCents: z.number().int(), source: z.string().nullable(),
  validFrom: z.string(), validUntil: z.string().nullable(), validNow: z.boolean(), version: z.number().int(),
  inUse: z.number().int().openapi({ description: 'Aantal lopende betrokkenheden dat dit tarief gebruikt' }),
}).openapi('PriceItem');

export const PriceList = z.object({ items: z.array(PriceItem) }).openapi('PriceList');
