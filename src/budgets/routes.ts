import { createRoute, z } from '@hono/zod-openapi';
import { householdSubjects } from '../households/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, invalid, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type Processing, type ProcessingActivity, type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { caseMoneyRoutes } from './case-routes.ts';
import { type EntryKind, csvAmount, csvField, entryKindLabel, formatCents, totals } from './model.ts';
import { Budget, BudgetEntries, BudgetInput, BudgetParam, BudgetPatch, Budgets } from './schema.ts';
import * as store from './store.ts';
import { presentBudget, presentEntry } from './views.ts';

/**
 * The custom-solutions budget per municipality and year: the administrator sets the amount; staff and
 * policy see committed, paid, released and remaining per month (figures only); finance gets the
 * entries as CSV with case references, amounts, dates and the organisation paid — no names.
 */

const tags = ['Maatwerkbudget'];
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const one = { description: 'Het budget', content: { 'application/json': { schema: Budget } } };
/** Figures without personal data: also for policy. Entries name cases: only for those who work with them. */
const FIGURES = ['coordinator', 'mandate_holder', 'administrator', 'policy'];
const ENTRIES = ['coordinator', 'mandate_holder', 'administrator'];

const list = createRoute({
  method: 'get', path: '/api/budgets', tags, security: [{ sessie: [] }],
  summary: 'De maatwerkbudgetten per jaar, nieuwste eerst: budget, vastgelegd, betaald, vrijgegeven en nog vrij, ook per maand',
  responses: { 200: { description: 'Budgetten', content: { 'application/json': { schema: Budgets } } }, ...problemResponses(401, 403) },
});
const get = createRoute({
  method: 'get', path: '/api/budgets/{budgetId}', tags, security: [{ sessie: [] }],
  summary: 'Eén maatwerkbudget met de totalen en per maand (zonder persoonsgegevens)',
  request: { params: BudgetParam }, responses: { 200: one, ...problemResponses(401, 403, 404, 422) },
});
const create = createRoute({
  method: 'post', path: '/api/budgets', tags, security: [{ sessie: [] }],
  summary: 'Het maatwerkbudget van een jaar vaststellen, bedrag in centen (alleen functioneel beheer; één budget per jaar)',
  request: { body: body(BudgetInput) }, responses: { 201: one, ...problemResponses(401, 403, 422) },
});
const patch = createRoute({
  method: 'patch', path: '/api/budgets/{budgetId}', tags, security: [{ sessie: [] }],
  summary: 'Het bedrag of de toelichting van een budget wijzigen (alleen functioneel beheer); niet lager dan wat al is vastgelegd; stuur de gelezen versie mee',
  request: { params: BudgetParam, body: body(BudgetPatch) }, responses: { 200: one, ...problemResponses(401, 403, 404, 409, 422) },
});
const entries = createRoute({
  method: 'get', path: '/api/budgets/{budgetId}/entries', tags, security: [{ sessie: [] }],
  summary: 'Alle boekingen van het budget op datum: verplichtingen, betalingen en vrijval, met casusnummer en betaalde organisatie',
  request: { params: BudgetParam }, responses: { 200: { description: 'Boekingen', content: { 'application/json': { schema: BudgetEntries } } }, ...problemResponses(401, 403, 404, 422) },
});
const csv = createRoute({
  method: 'get', path: '/api/budgets/{budgetId}/entries.csv', tags, security: [{ sessie: [] }],
  summary: 'De boekingen als CSV voor de financiële administratie (puntkomma, UTF-8): datum, soort, bedrag, casusnummer, besluit, betaalde organisatie. Geen namen of andere persoonsgegevens',
  request: { params: BudgetParam },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...problemResponses(401, 403, 404, 422) },
});

async function load(tx: Tx, id: string) {
  const b = await store.budgetById(tx, id);
  if (!b) throw notFound();
  return presentBudget(b, await store.ledgerOfBudget(tx, id));
}

/** One processing per case whose entries are shown or exported. */
async function logCases(deps: Deps, tx: Tx, pc: ProcessingContext, budgetId: string, activity: ProcessingActivity) {
  const lines: Processing[] = [];
  for (const c of await store.casesOfBudget(tx, budgetId)) {
    lines.push({ activity, action: 'read', objectType: 'budget_entry', objectId: budgetId, caseId: c.id, legalBasis: c.legal_basis, subjects: await householdSubjects(tx, deps.crypto, c.household_id) });
  }
  await logProcessing(tx, pc, lines);
}

function csvOf(year: number, rows: Awaited<ReturnType<typeof store.entriesOfBudget>>) {
  const header = ['Begrotingsjaar', 'Datum', 'Soort', 'Bedrag (EUR)', 'Casusnummer', 'Besluit', 'Betaald aan'];
  const lines = rows.map((e) => [
    String(year), e.entry_date, entryKindLabel[e.kind as EntryKind], csvAmount(Number(e.amount_cents)), csvField(e.reference), e.decision_id,
    e.kind === 'payment' ? csvField(e.payee_kind === 'resident' ? 'Inwoner (gegevens in de casus)' : e.payee ?? '') : '',
  ].join(';'));
  // The byte-order mark makes Dutch spreadsheet software read the euro amounts and accents correctly.
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}

export function budgetRoutes(deps: Deps) {
  const app = newRouter();
  app.route('/', caseMoneyRoutes(deps));

  app.openapi(list, async (c) => {
    const user = requireUser(c, ...FIGURES);
    return c.json(await inTenant(deps, c, user, async (tx) => {
      const items = [];
      for (const b of await store.budgets(tx)) items.push(presentBudget(b, await store.ledgerOfBudget(tx, b.id)));
      return { items };
    }), 200);
  });

  app.openapi(get, async (c) => {
    const user = requireUser(c, ...FIGURES);
    const { budgetId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, (tx) => load(tx, budgetId)), 200);
  });

  app.openapi(create, async (c) => {
    const admin = requireUser(c, 'administrator');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      if (await store.budgetOfYear(tx, input.year)) throw invalid([{ field: 'year', message: `Er is al een maatwerkbudget voor ${input.year}. Wijzig dat budget.` }]);
      const id = await store.insertBudget(tx, pc.tenantId, { ...input, by: admin.userId });
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'budget.created', objectType: 'budget', objectId: id, data: { year: input.year, amountCents: input.amountCents } }]);
      return load(tx, id);
    }), 201);
  });

  app.openapi(patch, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { budgetId } = c.req.valid('param');
    const { version, ...set } = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      const before = await load(tx, budgetId);
      // Locked like a commitment, so the check below cannot race a decision spending the budget.
      await store.budgetOfYear(tx, before.year, true);
      const t = totals(0, await store.ledgerOfBudget(tx, budgetId));
      const inUse = t.committedCents - t.releasedCents;
      if (set.amountCents !== undefined && set.amountCents < inUse) {
        throw invalid([{ field: 'amountCents', message: `Er is al ${formatCents(inUse)} vastgelegd; het budget kan niet lager worden dan dat` }]);
      }
      if (!(await store.updateBudget(tx, budgetId, set, admin.userId, version))) {
        throw conflict(`${before.updatedBy ?? 'Iemand anders'} heeft dit budget net gewijzigd (nu versie ${before.version}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op.`);
      }
      await appendAudit(tx, pc.tenantId, [{ actorId: admin.userId, action: 'budget.changed', objectType: 'budget', objectId: budgetId, data: { fields: Object.keys(set), ...(set.amountCents !== undefined ? { amountCents: set.amountCents } : {}) } }]);
      return load(tx, budgetId);
    }), 200);
  });

  app.openapi(entries, async (c) => {
    const user = requireUser(c, ...ENTRIES);
    const { budgetId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      await load(tx, budgetId);
      const rows = await store.entriesOfBudget(tx, budgetId);
      await logCases(deps, tx, pc, budgetId, 'maatwerkbudget-boeken');
      return { items: rows.map(presentEntry) };
    }), 200);
  });

  app.openapi(csv, async (c) => {
    const user: SessionUser = requireUser(c, 'administrator', 'mandate_holder');
    const { budgetId } = c.req.valid('param');
    const { text, year } = await inTenant(deps, c, user, async (tx, pc) => {
      const b = await load(tx, budgetId);
      const rows = await store.entriesOfBudget(tx, budgetId);
      await logCases(deps, tx, pc, budgetId, 'maatwerkbudget-exporteren');
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'budget.exported', objectType: 'budget', objectId: budgetId, data: { rows: rows.length } }]);
      return { text: csvOf(b.year, rows), year: b.year };
    });
    return c.body(text, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="maatwerkbudget-${year}.csv"` });
  });

  return app;
}
