import { z } from '@hono/zod-openapi';
import { caseKinds, followUpResults, outcomes } from './model.ts';

const Version = z.number({ error: 'Versie ontbreekt: vernieuw de pagina' }).int();
const Text = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`);

export const KindInput = z.object({
  kind: z.enum(caseKinds, { error: "Kies 'breakthrough' (doorbraak), 'consult' (advies) of 'takeover' (tijdelijke overname)" }),
  plannedReturn: z.iso.date('Gebruik de vorm JJJJ-MM-DD').nullable().optional()
    .openapi({ description: 'Bij een tijdelijke overname: wanneer de casus teruggaat naar de verwijzer' }),
  version: Version,
}).openapi('CaseKindInput');

export const CloseInput = z.object({
  outcome: z.enum(outcomes, { error: 'Kies de uitkomst' }),
  outcomeNote: Text(4000).nullable().optional()
    .openapi({ description: 'Toelichting; bij een tijdelijke overname: de warme overdracht terug naar de verwijzer' }),
  residentWords: z.string({ error: 'Schrijf in de woorden van de inwoner op wat de hulp heeft betekend' }).trim()
    .min(1, 'Schrijf in de woorden van de inwoner op wat de hulp heeft betekend').max(4000, 'Maximaal 4000 tekens'),
  advice: Text(4000).nullable().optional().openapi({ description: 'Bij een adviesvraag: het gegeven advies (verplicht)' }),
  version: Version,
}).openapi('CloseCaseInput');

export const FollowUpParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  followUpId: z.string().uuid('Dit is geen geldige nazorg'),
});

export const FollowUpInput = z.object({
  result: z.enum(followUpResults, { error: "Kies 'holding' (houdt stand), 'wavering' (wankelt) of 'relapsed' (terugval)" }),
  note: Text(4000).nullable().optional(),
  reopen: z.boolean({ error: 'Geef aan of de casus weer open moet' }).default(false),
}).openapi('FollowUpInput');

export const FollowUp = z.object({
  id: z.string(), months: z.number().int(), dueOn: z.string(), doneAt: z.string().nullable(), doneBy: z.string().nullable(),
  result: z.enum(followUpResults).nullable(), note: z.string().nullable(), reopened: z.boolean(), remindedAt: z.string().nullable(),
}).openapi('FollowUp');
