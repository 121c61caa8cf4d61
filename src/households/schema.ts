import { z } from '@hono/zod-openapi';
import { Involvements } from '../involvements/schema.ts';
import { Assessment } from '../life-domains/schema.ts';
import { isValidBsn, normalizeBsn } from './bsn.ts';
import { isAfterToday } from '../platform/time/working-days.ts';
import { relations } from './model.ts';

/** Request and response schemas of the household members of a case. */

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A birth date between 1900 and today; also used by the intake form. */
export const BirthDate = z.string({ error: 'Vul de geboortedatum in als JJJJ-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul de geboortedatum in als JJJJ-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'Deze datum bestaat niet')
  .refine((d) => d >= '1900-01-01' && !isAfterToday(d), 'De geboortedatum moet tussen 1900 en vandaag liggen');

const Name = z.string({ error: 'Vul de naam in' }).trim().min(1, 'Vul de naam in').max(200, 'Maximaal 200 tekens');
const Relation = z.enum(relations, { error: `Kies de relatie: ${relations.join(', ')}` });
const Bsn = z.string().transform(normalizeBsn).refine(isValidBsn, 'Dit BSN klopt niet: het voldoet niet aan de elfproef');

export const MemberParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  personId: z.string().uuid('Dit is geen geldig gezinslid'),
});

export const NewMemberInput = z.object({
  name: Name,
  birthDate: z.preprocess(blankToNull, BirthDate.nullable().optional()).openapi({ description: 'Niet verplicht' }),
  relation: Relation.openapi({ description: 'De relatie tot de inwoner om wie het gaat' }),
  bsn: z.preprocess(blankToNull, Bsn.nullable().optional()).openapi({ description: 'Niet verplicht; wordt versleuteld bewaard' }),
}).openapi('NewHouseholdMemberInput');

export const MemberChangeInput = z.object({
  name: Name.optional(),
  birthDate: z.preprocess(blankToNull, BirthDate.nullable().optional()).openapi({ description: 'null of leeg haalt de geboortedatum weg' }),
  relation: Relation.optional(),
  bsn: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), Bsn.nullable().optional())
    .openapi({ description: 'Leeg of weggelaten: ongewijzigd. null haalt het BSN weg.' }),
  version: z.number({ error: 'Versie ontbreekt' }).int('Versie is een heel getal').min(1, 'Versie ontbreekt')
    .openapi({ description: 'De versie die u zag; bij een andere versie volgt 409 en verandert er niets' }),
}).openapi('HouseholdMemberChangeInput');

export const Member = z.object({
  id: z.string(), name: z.string(), birthDate: z.string().nullable(), relation: z.string().nullable(),
  bsnMasked: z.string().nullable().openapi({ description: 'Alleen de laatste 4 cijfers; nooit voor ketenpartners' }),
  version: z.number().int(),
}).openapi('HouseholdMember');

export const Members = z.object({
  householdId: z.string(), members: z.array(Member), relations: z.array(z.string()),
}).openapi('HouseholdMembers');

/** The household's fields of the case overview (see overview.ts). */
export const householdOverviewFields = {
  lifeDomainAssessments: z.array(Assessment).openapi({
    description: 'De huidige beoordeling per beoordeeld leefgebied (stabiel, onder druk, crisis); [] als u de leefgebieden niet ziet',
  }),
  involvements: Involvements.nullable().openapi({
    description: 'Betrokken organisaties, het aantal en wat de lopende ondersteuning per jaar kost; null als dit niet met u is gedeeld',
  }),
};
