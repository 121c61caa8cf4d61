import { z } from '@hono/zod-openapi';
import { caseRoles, caseSections } from '../access/model.ts';
import { caseKinds, caseStatuses, lifeDomains } from './model.ts';
import { breakthroughOverviewFields } from '../breakthrough/schema.ts';
import { stepsOverviewFields } from './steps-schema.ts';
import { householdOverviewFields } from '../households/schema.ts';
import { decisionsOverviewFields } from '../decisions/overview-schema.ts';

export const CaseListQuery = z.object({
  view: z.enum(['inbox', 'mine']).default('mine'),
  status: z.preprocess((v) => (v === '' ? undefined : v), z.enum(caseStatuses, { error: 'Onbekende status' }).optional()),
  step: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1, 'Stap 1 tot en met 6').max(6, 'Stap 1 tot en met 6').optional()),
  due: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['overdue', 'week'], { error: "Kies 'overdue' of 'week'" }).optional()),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

const Person = z.object({ id: z.string(), name: z.string() });
export const CaseListItem = z.object({
  id: z.string(), reference: z.string(), status: z.enum(caseStatuses), step: z.number().int(), kind: z.enum(caseKinds),
  urgency: z.enum(['normal', 'urgent']), storyExcerpt: z.string(), lifeDomains: z.array(z.enum(lifeDomains)),
  reportedAt: z.string(), firstContactDue: z.string(), startDue: z.string(), nextDue: z.string().nullable(),
  overdue: z.boolean(), coordinator: Person.nullable(),
}).openapi('CaseListItem');

export const CaseList = z.object({ items: z.array(CaseListItem), nextCursor: z.string().nullable() }).openapi('CaseList');

const ContactSchema = z.object({ address: z.string().optional(), phone: z.string().optional(), email: z.string().optional() });
const ReporterSchema = z.object({ name: z.string(), organisation: z.string().optional(), phone: z.string().optional(), email: z.string().optional() });

export const CaseOverview = CaseListItem.extend({
  story: z.string().nullable().openapi({ description: 'null when this section is not shared with you' }),
  legalBasis: z.enum(['consent', 'legal_task']),
  consentMethod: z.string().nullable(),
  household: z.object({
    id: z.string(),
    members: z.array(z.object({ id: z.string(), name: z.string(), birthDate: z.string().nullable(), bsnMasked: z.string().nullable(), relation: z.string().nullable(), version: z.number().int() })),
    contact: ContactSchema,
  }).nullable().openapi({ description: 'null when this section is not shared with you; the BSN is never shown to partners' }),
  reporter: ReporterSchema.nullable(),
  coordinator: z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable() }).nullable(),
  acceptedAt: z.string().nullable(),
  referralReason: z.string().nullable(),
  version: z.number().int(),
  internalSections: z.array(z.enum(caseSections)),
  access: z.object({
    via: z.enum(['team', 'triage', 'break_glass', 'mandate']), role: z.enum(caseRoles), sections: z.array(z.enum(caseSections)),
    partner: z.boolean(), until: z.string().nullable(),
  }).openapi({ description: "Why you see this case and which sections; via 'mandate': a decision request waits at your mandate level (story, involvements, breakthrough and plan only, until it is decided)" }),
  linkedIntakes: z.array(z.object({ id: z.string(), reportedAt: z.string(), story: z.string(), reporter: ReporterSchema })),
  timeline: z.array(z.object({ id: z.string(), at: z.string(), type: z.string(), actor: z.string().nullable(), summary: z.string() })),
  ...breakthroughOverviewFields,
  ...stepsOverviewFields,
  ...householdOverviewFields,
  ...decisionsOverviewFields,
}).openapi('CaseOverview');

export const ReferInput = z.object({
  reason: z.string({ error: 'Geef een reden voor de terugverwijzing' }).trim()
    .min(10, 'Geef een reden van minstens 10 tekens: de melder leest deze').max(4000),
}).openapi('ReferInput');

export const CaseIdParam = z.object({ id: z.string().uuid('Dit is geen geldig casusnummer') });
