import { z } from '@hono/zod-openapi';
import { bottleneckStatuses } from '../bottlenecks/model.ts';
import { figures } from './dashboard.ts';

/** Response schemas of the policy view: figures only, small counts as null with the suppressed field names. */

const Count = z.number().int().nullable().openapi({ description: 'null als het aantal tussen 1 en 4 ligt (zie suppressed)' });
const Cents = z.number().int().nullable().openapi({ description: 'Centen; null als het over minder dan 5 casussen gaat' });
const Suppressed = z.array(z.string()).openapi({ description: 'Velden van deze rij die zijn weggelaten omdat ze over 1 tot 4 casussen gaan' });

export const DashboardQuery = z.object({
  weeks: z.coerce.number({ error: 'Kies een aantal weken' }).int().min(4, 'Minstens 4 weken').max(104, 'Hoogstens 104 weken').default(26),
  quarters: z.coerce.number({ error: 'Kies een aantal kwartalen' }).int().min(2, 'Minstens 2 kwartalen').max(12, 'Hoogstens 12 kwartalen').default(8),
});
export const FigureParam = z.object({
  figure: z.enum(figures, { error: `Kies een van: ${figures.join(', ')}` }),
});

export const DashboardSchema = z.object({
  refreshedAt: z.string().nullable().openapi({ description: 'Tot wanneer de cijfers zijn bijgewerkt (elke 10 minuten, en op verzoek)' }),
  minCount: z.number().int().openapi({ description: 'Aantallen onder dit getal (behalve 0) worden niet getoond' }),
  today: z.string(),
  norms: z.object({ firstContactWorkingDays: z.number().int(), firstContactUrgentWorkingDays: z.number().int(), startWorkingDays: z.number().int() }),
  intakesPerWeek: z.array(z.object({ week: z.string().openapi({ description: 'Maandag van de week' }), isoWeek: z.string(), intakes: Count, suppressed: Suppressed })),
  leadTimes: z.array(z.object({
    quarter: z.string().openapi({ description: 'Kwartaal van aanmelding, bijvoorbeeld 2025-K3' }),
    firstContactTotal: Count, firstContactWithinNorm: Count, firstContactPercent: z.number().int().nullable(), firstContactMedianDays: z.number().nullable(),
    startTotal: Count, startWithinNorm: Count, startPercent: z.number().int().nullable(), startMedianDays: z.number().nullable(),
    waitingForFirstContact: Count, suppressed: Suppressed,
  })).openapi({ description: 'Doorlooptijd tot het eerste contact (casus opgepakt of terugverwezen) en tot de start (stap 1 afgerond), tegen de normen van 5 en 10 werkdagen' }),
  openPerStep: z.array(z.object({ stage: z.string(), label: z.string(), cases: Count, suppressed: Suppressed })),
  breakthroughs: z.array(z.object({ quarter: z.string(), closed: Count, breakthroughs: Count, suppressed: Suppressed })),
  costs: z.array(z.object({
    quarter: z.string(), cases: Count, currentYearlyCents: Cents, solutionOneOffCents: Cents, solutionYearlyCents: Cents, avoided1yCents: Cents,
    suppressed: Suppressed,
  })).openapi({ description: 'Per kwartaal van aanmelding, voor casussen met een kostenafweging: wat de huidige hulp per jaar kost, wat de doorbraken kosten en wat ze na een jaar besparen' }),
  recurrences: z.array(z.object({ quarter: z.string(), newCases: Count, recurrences: Count, suppressed: Suppressed })),
  bottlenecks: z.array(z.object({
    id: z.string(), title: z.string(), status: z.enum(bottleneckStatuses), statusLabel: z.string(), ownerOrganisation: z.string().nullable(),
    cases: Count, suppressed: Suppressed,
  })).openapi({ description: 'De tien systeemknelpunten met de meeste casussen, open knelpunten eerst' }),
}).openapi('PolicyDashboard');

export const RefreshResult = z.object({ cases: z.number().int().openapi({ description: 'Aantal casussen waarvan de cijfers zijn bijgewerkt' }), refreshedAt: z.string() })
  .openapi('PolicyRefresh');
