import { z } from '@hono/zod-openapi';
import { actionStatuses, blockerKinds, goalSources, ownerKinds } from './model.ts';

/** Request and response schemas of perspective, blocker, rules catalogue, cost sum and perspectiefplan. */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const Text = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens`).nullable().optional()
  .transform((v) => (v === '' ? null : v));
const Version = z.number({ error: 'Versie ontbreekt' }).int('Versie is een heel getal').min(0, 'Versie is 0 of hoger');
const Cents = (what: string) => z.number({ error: `Vul ${what} in als bedrag in centen` })
  .int(`Vul ${what} in hele centen in`).min(0, `${what[0].toUpperCase()}${what.slice(1)} kunnen niet negatief zijn`)
  .max(100_000_000_00, `${what[0].toUpperCase()}${what.slice(1)} zijn te hoog`).nullable().optional();
const Day = z.iso.date('Gebruik de vorm JJJJ-MM-DD');

export const CaseParam = z.object({ id: uuid('Dit is geen geldig casusnummer') });
export const RuleParam = z.object({ ruleId: uuid('Dit is geen geldige regel') });
export const GoalParams = z.object({ id: uuid('Dit is geen geldig casusnummer'), goalId: uuid('Dit is geen geldig doel') });
export const ActionParams = z.object({ id: uuid('Dit is geen geldig casusnummer'), actionId: uuid('Dit is geen geldige actie') });
export const VersionQuery = z.object({ version: z.coerce.number({ error: 'Versie ontbreekt' }).int().min(1, 'Versie ontbreekt') });

// ── perspective (step 3) ───────────────────────────────────────────────
export const Perspective = z.object({
  ownWords: z.string().nullable().openapi({ description: 'Waar het huishouden over een jaar wil staan, in eigen woorden' }),
  ownStrength: z.string().nullable().openapi({ description: 'Wat het huishouden zelf kan' }),
  networkStrength: z.string().nullable().openapi({ description: 'Wat het netwerk kan' }),
  needs: z.string().nullable().openapi({ description: 'Wat het huishouden nodig heeft' }),
  dreamScenario: z.string().nullable().openapi({ description: 'Hoe zou de professional dit oplossen zonder enige beperking?' }),
  version: z.number().int().openapi({ description: '0 zolang er niets is opgeslagen' }),
  updatedAt: z.string().nullable(), updatedBy: z.string().nullable(),
}).openapi('Perspective');

export const PerspectiveInput = z.object({
  ownWords: Text(4000), ownStrength: Text(4000), networkStrength: Text(4000), needs: Text(4000), dreamScenario: Text(4000),
  version: Version.optional().openapi({ description: 'De versie die u heeft gelezen; 0 of leeg bij de eerste keer opslaan' }),
}).openapi('PerspectiveInput');

// ── rules catalogue ────────────────────────────────────────────────────
export const Rule = z.object({
  id: z.string(), code: z.string(), name: z.string(), law: z.string(), article: z.string().nullable(),
  purpose: z.string().nullable().openapi({ description: 'Wat de regel wil bereiken' }), url: z.string().nullable(),
  active: z.boolean(), version: z.number().int(), cases: z.number().int().openapi({ description: 'Aantal casussen waarin deze regel blokkeert' }),
}).openapi('Rule');
export const Rules = z.object({ items: z.array(Rule) }).openapi('Rules');
export const RulesQuery = z.object({
  active: z.enum(['true', 'false', 'all'], { error: "Kies 'true', 'false' of 'all'" }).default('true'),
});

const Code = z.string({ error: 'Vul een code in' }).trim().min(2, 'Vul een code in van minstens 2 tekens').max(60, 'Maximaal 60 tekens')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'Gebruik letters, cijfers, punt, dubbele punt en streepjes, zonder spaties');
const Url = z.string().trim().max(500).url('Vul een geldig webadres in, beginnend met https://')
  .refine((u) => /^https?:\/\//.test(u), 'Vul een webadres in dat begint met https://');
export const RuleInput = z.object({
  code: Code,
  name: z.string({ error: 'Vul de naam van de regel in' }).trim().min(3, 'Vul de naam van de regel in').max(200, 'Maximaal 200 tekens'),
  law: z.string({ error: 'Vul de wet of verordening in' }).trim().min(2, 'Vul de wet of verordening in').max(200, 'Maximaal 200 tekens'),
  article: z.string().trim().max(100, 'Maximaal 100 tekens').nullable().optional(),
  purpose: z.string().trim().max(2000, 'Maximaal 2000 tekens').nullable().optional(),
  url: Url.nullable().optional().or(z.literal('').transform(() => null)),
  active: z.boolean().optional(),
}).openapi('RuleInput');
export const RulePatch = RuleInput.partial().extend({ version: Version }).openapi('RulePatch');

// ── blocker and breakthrough (step 4) ──────────────────────────────────
export const RuleRef = z.object({
  id: z.string(), code: z.string(), name: z.string(), law: z.string(), article: z.string().nullable(), purpose: z.string().nullable(),
  url: z.string().nullable(),
});
export const Blocker = z.object({
  problem: z.string().nullable(), blockedBy: z.string().nullable(), kinds: z.array(z.enum(blockerKinds)),
  rules: z.array(RuleRef), proposedStep: z.string().nullable(),
  oneOffCents: z.number().int().nullable(), yearlyCents: z.number().int().nullable(),
  version: z.number().int(), updatedAt: z.string().nullable(), updatedBy: z.string().nullable(),
}).openapi('Blocker');
export const BlockerInput = z.object({
  problem: Text(4000), blockedBy: Text(4000),
  kinds: z.array(z.enum(blockerKinds, { error: 'Onbekende soort blokkade' })).max(blockerKinds.length).optional(),
  ruleIds: z.array(uuid('Dit is geen geldige regel')).max(30, 'Kies maximaal 30 regels').optional(),
  proposedStep: Text(4000),
  oneOffCents: Cents('de eenmalige kosten'), yearlyCents: Cents('de jaarlijkse kosten'),
  version: Version.optional(),
}).openapi('BlockerInput');

// ── cost sum ───────────────────────────────────────────────────────────
export const CostSum = z.object({
  currentYearlyCents: z.number().int(), agencies: z.number().int(), oneOffCents: z.number().int(), yearlyCents: z.number().int(),
  horizons: z.array(z.object({
    years: z.number().int(), muddlingOnCents: z.number().int(), breakthroughCents: z.number().int(), avoidedCents: z.number().int(),
  })),
  paysOffWithin: z.number().int().nullable().openapi({ description: 'Het jaar waarin doorbreken goedkoper wordt, of null' }),
  sentence: z.string().openapi({ description: 'De kostenafweging in woorden' }),
}).openapi('CostSum');

// ── perspectiefplan ────────────────────────────────────────────────────
export const Goal = z.object({
  id: z.string(), text: z.string(), source: z.enum(goalSources), position: z.number().int(), version: z.number().int(), createdAt: z.string(),
}).openapi('PlanGoal');
export const Action = z.object({
  id: z.string(), goalId: z.string().nullable(), what: z.string(), ownerKind: z.enum(ownerKinds), ownerName: z.string(),
  ownerUserId: z.string().nullable(), owner: z.string().openapi({ description: 'Wie, zoals het huishouden het leest' }),
  dueOn: z.string().nullable(), status: z.enum(actionStatuses), version: z.number().int(), createdAt: z.string(),
}).openapi('PlanAction');
export const Plan = z.object({ goals: z.array(Goal), actions: z.array(Action) }).openapi('Plan');
export const PlanProposed = z.object({ addedGoals: z.number().int(), addedActions: z.number().int(), plan: Plan }).openapi('PlanProposed');

const GoalText = z.string({ error: 'Vul het doel in' }).trim().min(3, 'Vul het doel in').max(2000, 'Maximaal 2000 tekens');
export const GoalInput = z.object({
  text: GoalText, source: z.enum(goalSources, { error: 'Kies perspective, breakthrough of other' }).default('other'),
  position: z.number().int().min(0).max(10_000).optional(),
}).openapi('PlanGoalInput');
export const GoalPatch = z.object({
  text: GoalText.optional(), source: z.enum(goalSources, { error: 'Kies perspective, breakthrough of other' }).optional(),
  position: z.number().int().min(0).max(10_000).optional(), version: Version,
}).openapi('PlanGoalPatch');

const ActionFields = {
  what: z.string({ error: 'Vul in wat er gebeurt' }).trim().min(3, 'Vul in wat er gebeurt').max(2000, 'Maximaal 2000 tekens'),
  goalId: uuid('Dit is geen geldig doel').nullable().optional(),
  ownerKind: z.enum(ownerKinds, { error: 'Kies wie dit doet: het huishouden, iemand uit het netwerk of een professional' }).nullable().optional(),
  ownerName: z.string().trim().max(200, 'Maximaal 200 tekens').nullable().optional(),
  ownerUserId: uuid('Dit is geen geldige collega').nullable().optional(),
  dueOn: Day.nullable().optional(),
  status: z.enum(actionStatuses, { error: 'Kies open, in_progress, done of dropped' }).optional(),
};
export const ActionInput = z.object(ActionFields).openapi('PlanActionInput');
export const ActionPatch = z.object({ ...ActionFields, what: ActionFields.what.optional(), version: Version }).openapi('PlanActionPatch');

/** The case overview's fields of this area; null when the section is not shared with you. */
export const breakthroughOverviewFields = {
  perspective: Perspective.nullable().openapi({ description: 'null als dit onderdeel niet met u is gedeeld' }),
  blocker: Blocker.nullable().openapi({ description: 'null als dit onderdeel niet met u is gedeeld' }),
  costSum: CostSum.nullable().openapi({ description: 'null als dit onderdeel niet met u is gedeeld' }),
  plan: Plan.nullable().openapi({ description: 'null als het perspectiefplan niet met u is gedeeld' }),
};
