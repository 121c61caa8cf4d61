import { z } from '@hono/zod-openapi';
import { caseStatuses, lifeDomains } from '../cases/model.ts';
import { isValidBsn, normalizeBsn } from '../households/bsn.ts';
import { BirthDate } from '../households/schema.ts';

/** Forms send '' for a field left open; treat it as absent. */
const optionalText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max).optional());

export const MemberInput = z.object({
  name: z.string({ error: 'Vul de naam in' }).trim().min(1, 'Vul de naam in').max(200),
  birthDate: BirthDate,
  bsn: z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : normalizeBsn(v)) : v),
    z.string().refine(isValidBsn, 'Dit BSN klopt niet: het voldoet niet aan de elfproef').optional()),
  relation: optionalText(60),
});

export const IntakeInput = z.object({
  household: z.object({
    members: z.array(MemberInput, { error: 'Vul minstens één gezinslid in' }).min(1, 'Vul minstens één gezinslid in').max(20),
    contact: z.object({ address: optionalText(300), phone: optionalText(40), email: optionalText(320) }).optional(),
  }, { error: 'Vul het huishouden in' }),
  story: z.string({ error: 'Vertel wat er aan de hand is' }).trim().min(1, 'Vertel wat er aan de hand is').max(20000),
  lifeDomains: z.array(z.enum(lifeDomains, { error: 'Dit leefgebied bestaat niet' }), { error: 'Kies minstens één leefgebied' })
    .min(1, 'Kies minstens één leefgebied'),
  urgency: z.enum(['normal', 'urgent'], { error: "Kies 'normal' of 'urgent'" }),
  reporter: z.object({
    name: z.string({ error: 'Vul de naam van de melder in' }).trim().min(1, 'Vul de naam van de melder in').max(200),
    organisation: optionalText(200), phone: optionalText(40), email: optionalText(320),
  }, { error: 'Vul de gegevens van de melder in' }),
  legalBasis: z.enum(['consent', 'legal_task'], { error: "Kies de grondslag: 'consent' (toestemming) of 'legal_task' (wettelijke taak)" }),
  consentMethod: z.preprocess((v) => (v === '' ? undefined : v),
    z.enum(['verbal', 'written', 'digital'], { error: 'Kies mondeling, schriftelijk of digitaal' }).optional()),
  municipality: optionalText(60).openapi({ description: 'Gemeente (slug), alleen bij openbaar melden; standaard de eerste gemeente' }),
}).openapi('IntakeInput');
export type IntakeInput = z.infer<typeof IntakeInput>;

export const IntakeReceipt = z.object({
  caseId: z.string(), intakeId: z.string(), reference: z.string(), linked: z.boolean(),
  firstContactDue: z.string(), startDue: z.string(),
  receipt: z.string().optional().openapi({ description: 'Alleen bij openbaar melden: code om de status op te vragen' }),
}).openapi('IntakeReceipt');

export const IntakeStatus = z.object({
  reference: z.string(), status: z.enum(caseStatuses), reportedAt: z.string(), referralReason: z.string().nullable(),
}).openapi('IntakeStatus');

export const MyIntakes = z.object({
  items: z.array(IntakeStatus.extend({ intakeId: z.string(), caseId: z.string(), firstContactDue: z.string(), startDue: z.string() })),
}).openapi('MyIntakes');
