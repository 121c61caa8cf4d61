import { z } from '@hono/zod-openapi';
import { priceUnits } from '../price-list/model.ts';
import { MAX_UNITS_PER_YEAR } from './model.ts';

/** Request and response schemas of the agencies involved with a household (step 2). */

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const Text = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional());
const Day = (what: string) => z.preprocess(blankToNull, z.iso.date(`Vul ${what} in als JJJJ-MM-DD`).nullable().optional());
const Organisation = z.string({ error: 'Vul de organisatie in' }).transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(2, 'Vul de organisatie in').max(200, 'Maximaal 200 tekens'));
const Units = z.preprocess(blankToNull, z.number({ error: 'Vul een aantal in, bijvoorbeeld 40' })
  .positive('Het aantal per jaar moet groter zijn dan 0').max(MAX_UNITS_PER_YEAR, 'Dat aantal per jaar is te hoog')
  .nullable().optional());
const Cents = z.preprocess(blankToNull, z.number({ error: 'Vul de kosten per jaar in, in centen' }).int('Vul de kosten in hele centen in')
  .min(0, 'De kosten per jaar kunnen niet negatief zijn').max(100_000_000_00, 'Die kosten per jaar zijn te hoog').nullable().optional());

export const InvolvementParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  involvementId: z.string().uuid('Dit is geen geldige betrokkenheid'),
});

const fields = {
  contactName: Text(200).openapi({ description: 'De contactpersoon bij de organisatie' }),
  contactDetails: Text(300).openapi({ description: 'Hoe die te bereiken is: telefoon, e-mail' }),
  priceItemId: z.preprocess(blankToNull, z.string().uuid('Kies een dienst uit de prijslijst').nullable().optional())
    .openapi({ description: 'De dienst uit de prijslijst; leeg voor een dienst die er niet op staat' }),
  since: Day('de startdatum'),
  unitsPerYear: Units.openapi({ description: 'Eenheden van de prijslijst per jaar, bijvoorbeeld 40 (weken) of 120 (uur)' }),
  intensity: Text(200).openapi({ description: 'Intensiteit in eigen woorden, bijvoorbeeld "2 uur per week, 40 weken"' }),
  yearlyCostCents: Cents.openapi({ description: 'Alleen zonder prijslijstitem: de kosten per jaar in centen' }),
  endedOn: Day('de einddatum').openapi({ description: 'Vanaf deze dag loopt de betrokkenheid niet meer' }),
};

export const InvolvementInput = z.object({
  organisation: Organisation,
  service: Text(200).openapi({ description: 'Verplicht zonder prijslijstitem; anders de naam uit de prijslijst' }),
  ...fields,
}).openapi('InvolvementInput');

export const InvolvementChangeInput = z.object({
  organisation: Organisation.optional(),
  service: Text(200),
  ...fields,
  version: z.number({ error: 'Versie ontbreekt' }).int().min(1, 'Versie ontbreekt')
    .openapi({ description: 'De versie die u zag; bij een andere versie volgt 409 en verandert er niets' }),
}).openapi('InvolvementChangeInput');

export const Involvement = z.object({
  id: z.string(), organisation: z.string(), contactName: z.string().nullable(), contactDetails: z.string().nullable(),
  priceItem: z.object({ id: z.string(), service: z.string(), unit: z.enum(priceUnits), tariffCents: z.number().int() }).nullable(),
  service: z.string(), since: z.string().nullable(), unitsPerYear: z.number().nullable(), intensity: z.string().nullable(),
  yearlyCostCents: z.number().int(), endedOn: z.string().nullable(), current: z.boolean(), version: z.number().int(),
}).openapi('Involvement');

export const Involvements = z.object({
  items: z.array(Involvement),
  agencies: z.number().int().openapi({ description: 'Aantal organisaties met lopende ondersteuning' }),
  yearlyTotalCents: z.number().int().openapi({ description: 'Wat de lopende ondersteuning per jaar kost: doormodderen' }),
  byOrganisation: z.array(z.object({
    organisation: z.string(), yearlyCents: z.number().int(), services: z.array(z.string()), sharePercent: z.number().int(),
  })).openapi({ description: 'Hoe het totaal is opgebouwd, per organisatie, de duurste eerst' }),
}).openapi('Involvements');
