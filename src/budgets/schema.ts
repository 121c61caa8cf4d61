import { z } from '@hono/zod-openapi';
import { entryKinds } from './model.ts';

/** Request and response schemas of the custom-solutions budget (maatwerkbudget) and its entries. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const PositiveCents = z.number({ error: 'Vul een bedrag in centen in' }).int('Vul het bedrag in hele centen in')
  .min(1, 'Het bedrag is groter dan 0').max(100_000_000_00, 'Dit bedrag is te hoog');
const Day = z.iso.date('Gebruik de vorm JJJJ-MM-DD');
const Note = z.string().trim().max(1000, 'Maximaal 1000 tekens').nullable().optional().transform((v) => (v === '' ? null : v ?? null));

export const BudgetParam = z.object({ budgetId: uuid('Dit is geen geldig budget') });

export const Totals = z.object({
  budgetCents: z.number().int(), committedCents: z.number().int(), paidCents: z.number().int(), releasedCents: z.number().int(),
  openCents: z.number().int().openapi({ description: 'Vastgelegd en nog niet betaald of vrijgegeven' }),
  remainingCents: z.number().int().openapi({ description: 'Nog vrij: budget − vastgelegd + vrijgegeven (negatief als een hoger mandaat meer toekende)' }),
}).openapi('BudgetTotals');

export const Month = z.object({
  month: z.string().openapi({ example: '2026-03' }), committedCents: z.number().int(), paidCents: z.number().int(), releasedCents: z.number().int(),
}).openapi('BudgetMonth');

export const Budget = z.object({
  id: z.string(), year: z.number().int(), amountCents: z.number().int(), note: z.string().nullable(), version: z.number().int(),
  updatedAt: z.string(), updatedBy: z.string().nullable(), totals: Totals,
  months: z.array(Month).openapi({ description: 'Per maand: de twaalf maanden van het jaar, plus maanden daarna waarin nog werd betaald' }),
}).openapi('Budget');
export const Budgets = z.object({ items: z.array(Budget) }).openapi('Budgets');

export const BudgetInput = z.object({
  year: z.number({ error: 'Vul het jaar in' }).int('Vul een jaartal in').min(2000, 'Vul een jaartal in').max(2100, 'Vul een jaartal in'),
  amountCents: PositiveCents.openapi({ description: 'Het budget voor dit jaar, in centen' }),
  note: Note,
}).openapi('BudgetInput');
export const BudgetPatch = z.object({
  amountCents: PositiveCents.optional(), note: Note,
  version: z.number({ error: 'Versie ontbreekt' }).int().min(1, 'Versie ontbreekt'),
}).openapi('BudgetPatch');

export const BudgetEntry = z.object({
  id: z.string(), kind: z.enum(entryKinds), kindLabel: z.string(), amountCents: z.number().int(), date: z.string(),
  caseId: z.string(), reference: z.string().openapi({ description: 'Casusnummer' }), decisionId: z.string(),
  payeeKind: z.enum(['organisation', 'resident']).nullable(),
  payee: z.string().nullable().openapi({ description: 'De organisatie die is betaald; null bij een betaling aan de inwoner' }),
  note: z.string().nullable(), createdBy: z.string().nullable(), createdAt: z.string(),
}).openapi('BudgetEntry');
export const BudgetEntries = z.object({ items: z.array(BudgetEntry) }).openapi('BudgetEntries');

export const PaymentInput = z.object({
  amountCents: PositiveCents,
  date: Day.openapi({ description: 'De datum van de betaling (niet in de toekomst)' }),
  payeeKind: z.enum(['organisation', 'resident'], { error: "Kies 'organisation' (een organisatie) of 'resident' (de inwoner zelf)" }).default('organisation'),
  payee: z.string().trim().max(200, 'Maximaal 200 tekens').nullable().optional()
    .openapi({ description: 'Naam van de organisatie die is betaald; verplicht bij payeeKind organisation' }),
  note: Note.openapi({ description: 'Bijvoorbeeld het factuurnummer' }),
}).openapi('BudgetPaymentInput');

export const ReleaseInput = z.object({
  amountCents: PositiveCents,
  date: Day.optional().openapi({ description: 'Leeg: vandaag' }),
  note: Note.openapi({ description: 'Waarom dit geld niet nodig is' }),
}).openapi('BudgetReleaseInput');

export const DecisionMoneyView = z.object({
  committedCents: z.number().int(), paidCents: z.number().int(), releasedCents: z.number().int(), openCents: z.number().int(),
  entries: z.array(BudgetEntry),
}).openapi('DecisionLedger');
