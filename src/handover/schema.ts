import { z } from '@hono/zod-openapi';
import { handoverStatuses } from './model.ts';

export const HandoverParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  handoverId: z.string().uuid('Dit is geen geldige overdracht'),
});

export const OfferInput = z.object({
  toUserId: z.string({ error: 'Kies een collega-regisseur' }).uuid('Kies een collega-regisseur'),
  note: z.string({ error: 'Schrijf een overdrachtsnotitie' }).trim()
    .min(10, 'Schrijf een overdrachtsnotitie van minstens 10 tekens: wat moet uw collega weten?').max(4000, 'Maximaal 4000 tekens'),
}).openapi('HandoverOfferInput');

export const RefuseInput = z.object({
  reason: z.string({ error: 'Geef een reden: de regisseur leest deze' }).trim()
    .min(3, 'Geef een reden: de regisseur leest deze').max(2000, 'Maximaal 2000 tekens'),
}).openapi('HandoverRefuseInput');

const Person = z.object({ id: z.string(), name: z.string() });

export const Handover = z.object({
  id: z.string(), caseId: z.string(), from: Person, to: Person, note: z.string(), status: z.enum(handoverStatuses),
  answer: z.string().nullable().openapi({ description: 'De reden bij een weigering' }),
  offeredAt: z.string(), answeredAt: z.string().nullable(),
}).openapi('Handover');

export const Handovers = z.object({ items: z.array(Handover) }).openapi('Handovers');

export const HandoverOffers = z.object({
  items: z.array(Handover.extend({ reference: z.string() })),
}).openapi('HandoverOffers');
