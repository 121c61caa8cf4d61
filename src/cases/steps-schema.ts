import { z } from '@hono/zod-openapi';
import { outcomes } from '../closure/model.ts';
import { FollowUp } from '../closure/schema.ts';
import { Handover } from '../handover/schema.ts';

export const StepParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  step: z.coerce.number({ error: 'Kies stap 1 tot en met 6' }).int('Kies stap 1 tot en met 6')
    .min(1, 'Kies stap 1 tot en met 6').max(6, 'Kies stap 1 tot en met 6'),
});

const Version = z.number({ error: 'Versie ontbreekt: vernieuw de pagina' }).int();

export const CompleteStepInput = z.object({ version: Version }).openapi('CompleteStepInput');
export const ReopenStepInput = z.object({
  version: Version,
  reason: z.string().trim().max(2000, 'Maximaal 2000 tekens').optional()
    .openapi({ description: 'Waarom de stap opnieuw open gaat (optioneel)' }),
}).openapi('ReopenStepInput');

export const StepState = z.object({
  number: z.number().int(),
  name: z.string(),
  state: z.enum(['open', 'complete']),
  missing: z.array(z.string()).openapi({ description: 'Wat nog ontbreekt om de stap af te ronden, in gewone taal' }),
  missingCodes: z.array(z.string()).openapi({ description: 'Dezelfde punten als vaste codes, voor vertalingen' }),
  completedAt: z.string().nullable(),
  completedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
}).openapi('StepState');

export const Steps = z.object({
  step: z.number().int().openapi({ description: 'De stap waar de casus nu staat: de eerste die nog niet af is' }),
  status: z.string(),
  version: z.number().int(),
  steps: z.array(StepState),
}).openapi('CaseSteps');

/** What the six steps, kind, handover, closure and follow-up add to the case overview. */
export const stepsOverviewFields = {
  steps: z.array(StepState),
  advice: z.string().nullable().openapi({ description: 'Bij een adviesvraag: het gegeven advies' }),
  plannedReturn: z.string().nullable().openapi({ description: 'Bij een tijdelijke overname: datum van teruggave' }),
  outcome: z.enum(outcomes).nullable(),
  outcomeNote: z.string().nullable(),
  residentWords: z.string().nullable().openapi({ description: 'Wat de hulp voor de inwoner betekende, in eigen woorden' }),
  closedAt: z.string().nullable(),
  closedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  followUps: z.array(FollowUp),
  handover: Handover.nullable().openapi({ description: 'Het openstaande aanbod tot overdracht, als dat er is' }),
  recurrence: z.object({ of: z.string(), reference: z.string(), closedAt: z.string().nullable() }).nullable()
    .openapi({ description: 'Dit huishouden kwam binnen een jaar na een afgesloten casus terug' }),
};
