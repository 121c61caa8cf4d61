import { z } from '@hono/zod-openapi';
import { caseKinds, caseStatuses, lifeDomains } from '../cases/model.ts';
import { isValidBsn, normalizeBsn } from '../households/bsn.ts';
import { MemberInput } from '../intake/schema.ts';
import { processingActivities } from '../platform/log/processing.ts';

/** Query strings send '' for a field left open; treat it as absent. */
const blankless = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Vul een datum in als JJJJ-MM-DD');
const activityIds = Object.keys(processingActivities) as [string, ...string[]];

export const ProcessingFilter = z.object({
  person: blankless(z.string().uuid('Dit is geen geldig inwonernummer')).openapi({ description: 'Id van de inwoner (uit persons/search)' }),
  user: blankless(z.string().uuid('Dit is geen geldig gebruikersnummer')).openapi({ description: 'Id van de medewerker die verwerkte' }),
  case: blankless(z.string().max(40)).openapi({ description: 'Casusnummer, bijvoorbeeld 2026-00012' }),
  activity: blankless(z.enum(activityIds, { error: 'Deze verwerkingsactiviteit staat niet in het register' })),
  from: blankless(day).openapi({ description: 'Vanaf deze dag (Nederlandse tijd)' }),
  to: blankless(day).openapi({ description: 'Tot en met deze dag (Nederlandse tijd)' }),
});
export type ProcessingFilter = z.infer<typeof ProcessingFilter>;

export const ProcessingQuery = ProcessingFilter.extend({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ExportQuery = ProcessingFilter.extend({
  format: z.enum(['csv', 'json'], { error: "Kies 'csv' of 'json'" }).default('csv'),
});

export const ProcessingRow = z.object({
  id: z.string(),
  at: z.string(),
  traceId: z.string(),
  spanId: z.string(),
  activity: z.string(),
  purpose: z.string(),
  action: z.enum(['read', 'create', 'update', 'delete']),
  objectType: z.string(),
  objectId: z.string().nullable(),
  caseReference: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable() }).nullable(),
  legalBasis: z.string(),
  result: z.string(),
  origin: z.string().nullable(),
  subjectPseudonym: z.string(),
}).openapi('ProcessingRow');
export const ProcessingPage = z.object({ items: z.array(ProcessingRow), nextCursor: z.string().nullable() }).openapi('ProcessingPage');

export const Activities = z.object({
  items: z.array(z.object({ id: z.string(), purpose: z.string() })),
}).openapi('ProcessingActivities');

export const PersonSearchInput = z.object({
  bsn: z.preprocess((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : normalizeBsn(v)) : v),
    z.string().refine(isValidBsn, 'Dit BSN klopt niet: het voldoet niet aan de elfproef').optional()),
  name: z.string().trim().min(1).max(200).optional(),
  birthDate: day.optional(),
}).refine((v) => v.bsn || (v.name && v.birthDate), { message: 'Vul een BSN in, of naam en geboortedatum', path: ['bsn'] })
  .openapi('PersonSearchInput');

const CaseSummary = z.object({ id: z.string(), reference: z.string(), kind: z.enum(caseKinds), status: z.enum(caseStatuses) });
export const PersonFound = z.object({
  id: z.string(), name: z.string(), birthDate: z.string().nullable(), relation: z.string().nullable(),
  bsnMasked: z.string().nullable(), version: z.number().int(), erased: z.boolean(), cases: z.array(CaseSummary),
}).openapi('PersonFound');
export const PersonSearchResult = z.object({ items: z.array(PersonFound) }).openapi('PersonSearchResult');

export const PersonIdParam = z.object({ personId: z.string().uuid('Dit is geen geldig inwonernummer') });
export const ReportQuery = z.object({ format: z.enum(['json', 'pdf'], { error: "Kies 'json' of 'pdf'" }).default('json') });

const Reason = z.string({ error: 'Geef een reden' }).trim().min(10, 'Geef een reden van minstens 10 tekens').max(2000);

export const RectificationInput = z.object({
  name: MemberInput.shape.name.optional(),
  birthDate: MemberInput.shape.birthDate.optional(),
  bsn: z.preprocess((v) => (typeof v === 'string' ? normalizeBsn(v) : v),
    z.string().refine(isValidBsn, 'Dit BSN klopt niet: het voldoet niet aan de elfproef').nullable().optional())
    .openapi({ description: 'null haalt een onjuist BSN weg' }),
  relation: z.string().trim().max(60).nullable().optional(),
  reason: Reason,
  version: z.number().int().min(1).optional().openapi({ description: 'De versie die u zag; bij een andere versie volgt 409' }),
}).openapi('RectificationInput');

export const RectifiedPerson = PersonFound.omit({ cases: true }).openapi('RectifiedPerson');

const OldValues = z.object({
  name: z.string().optional(), birthDate: z.string().optional(), bsn: z.string().nullable().optional(), relation: z.string().nullable().optional(),
});
export const PersonHistory = z.object({
  items: z.array(z.object({
    id: z.string(), changedAt: z.string(), changedBy: z.object({ name: z.string(), organisation: z.string().nullable() }).nullable(),
    fields: z.array(z.string()), reason: z.string(), oldValues: OldValues.nullable(),
  })),
}).openapi('PersonHistory');

export const ErasureInput = z.object({ reason: Reason }).openapi('ErasureInput');
export const ErasureResult = z.object({
  status: z.literal('done'), requestId: z.string(), personsErased: z.number().int(), casesBlanked: z.number().int(),
}).openapi('ErasureResult');

const CaseReport = z.object({
  id: z.string(), reference: z.string(), kind: z.enum(caseKinds), status: z.enum(caseStatuses), step: z.number().int(),
  lifeDomains: z.array(z.enum(lifeDomains)), legalBasis: z.string(), reportedAt: z.string(), acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(), retentionEndsOn: z.string().nullable(),
  contact: z.object({ address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }),
  intakes: z.array(z.object({ reportedAt: z.string(), story: z.string(), source: z.string() })),
  timeline: z.array(z.object({ at: z.string(), summary: z.string() })),
});
export const AccessReport = z.object({
  producedAt: z.string(),
  municipality: z.string(),
  person: z.object({
    id: z.string(), name: z.string(), birthDate: z.string().nullable(), bsn: z.string().nullable(), relation: z.string().nullable(),
    recordedAt: z.string(), erased: z.boolean(),
  }),
  otherRecords: z.array(z.object({ id: z.string(), recordedAt: z.string() }))
    .openapi({ description: 'Andere vastleggingen van dezelfde inwoner (zelfde BSN, of zelfde naam en geboortedatum); hun gegevens staan in dit rapport' }),
  household: z.array(z.object({ name: z.string(), relation: z.string().nullable() })),
  cases: z.array(CaseReport),
  consents: z.array(z.object({
    caseReference: z.string(), purpose: z.string(), organisations: z.array(z.string()), sections: z.array(z.string()),
    method: z.string(), givenOn: z.string(), withdrawnAt: z.string().nullable(),
  })),
  rectifications: z.array(z.object({ changedAt: z.string(), fields: z.array(z.string()), reason: z.string(), oldValues: OldValues.nullable() })),
  requests: z.array(z.object({ kind: z.string(), status: z.string(), handledAt: z.string(), legalGround: z.string().nullable() })),
  recipients: z.array(z.string()),
  processing: z.array(z.object({
    at: z.string(), activity: z.string(), purpose: z.string(), action: z.string(), organisation: z.string().nullable(),
    legalBasis: z.string(), caseReference: z.string().nullable(),
  })),
}).openapi('AccessReport');

export const RetentionPolicies = z.object({
  policies: z.array(z.object({ caseKind: z.enum(caseKinds), years: z.number().int(), legalMinimumYears: z.number().int(), isDefault: z.boolean() })),
  legalRules: z.array(z.object({ id: z.string(), years: z.number().int(), lifeDomains: z.union([z.literal('all'), z.array(z.string())]), ground: z.string() })),
}).openapi('RetentionPolicies');
export const RetentionInput = z.object({
  policies: z.array(z.object({
    caseKind: z.enum(caseKinds, { error: 'Onbekend soort casus' }),
    years: z.number({ error: 'Vul een aantal jaren in' }).int('Vul hele jaren in').max(120, 'Hoogstens 120 jaar'),
  })).min(1, 'Geef minstens één bewaartermijn'),
}).openapi('RetentionInput');
