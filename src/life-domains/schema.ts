import { z } from '@hono/zod-openapi';
import { lifeDomains } from '../cases/model.ts';
import { assessmentStates } from './model.ts';

/** Request and response schemas of the life-domain assessments of a case. */

const Domain = z.enum(lifeDomains, { error: 'Dit leefgebied bestaat niet' });
const optionalText = (max: number) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional());

export const DomainParams = z.object({ id: z.string().uuid('Dit is geen geldig casusnummer'), domain: Domain });
export const HistoryQuery = z.object({ domain: Domain.optional() });

const Fields = {
  state: z.enum(assessmentStates, { error: "Kies hoe het gaat: 'stable' (stabiel), 'under_pressure' (onder druk) of 'crisis'" }),
  note: optionalText(2000).openapi({ description: 'Toelichting: wat er speelt' }),
  reportedBy: optionalText(200).openapi({ description: 'Wie dit meldde, bijvoorbeeld "Huisarts" of "de inwoner zelf"' }),
  basedOn: z.string().uuid('Onbekende beoordeling').nullable().optional().openapi({
    description: 'De beoordeling die u zag (null: nog geen). Is er intussen een nieuwere, dan volgt 409 en wordt niets opgeslagen.',
  }),
};

export const AssessmentInput = z.object(Fields).openapi('LifeDomainAssessmentInput');
export const AssessmentBatchInput = z.object({
  assessments: z.array(z.object({ domain: Domain, ...Fields }), { error: 'Geef ten minste één leefgebied' })
    .min(1, 'Geef ten minste één leefgebied').max(lifeDomains.length, `Hoogstens ${lifeDomains.length} leefgebieden`),
}).openapi('LifeDomainAssessmentBatchInput');

export const Assessment = z.object({
  id: z.string(), domain: Domain, state: z.enum(assessmentStates), note: z.string().nullable(), reportedBy: z.string().nullable(),
  assessedAt: z.string(), assessedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
}).openapi('LifeDomainAssessment');

export const LifeDomainsView = z.object({
  current: z.array(Assessment).openapi({ description: 'De laatste beoordeling per leefgebied, in de vaste volgorde' }),
  burning: z.array(z.string()).openapi({ description: 'De leefgebieden van crisis naar stabiel: waar het brandt' }),
  history: z.array(Assessment).openapi({ description: 'Alle beoordelingen, nieuwste eerst' }),
}).openapi('LifeDomains');
