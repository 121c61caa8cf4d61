import { createRoute } from '@hono/zod-openapi';
import { caseWithSections, changeableCase, logRead, recordChange } from '../breakthrough/guard.ts';
import { lockRequest, requestById } from '../decisions/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { drawProblem, totals } from './model.ts';
import { DecisionMoneyView, PaymentInput, ReleaseInput } from './schema.ts';
import { asLedger, entriesOfDecision, insertEntry } from './store.ts';
import { presentEntry } from './views.ts';
import { DecisionParams } from '../decisions/schema.ts';

/** The money on one decision: what was committed, the payments the coordinator registers, and what is released. */

const tags = ['Maatwerkbudget'];
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const ok = (description: string) => ({ description, content: { 'application/json': { schema: DecisionMoneyView } } });

const money = createRoute({
  method: 'get', path: '/api/cases/{id}/decisions/{decisionId}/money', tags, security: [{ sessie: [] }],
  summary: 'Het geld op een besluit: vastgelegd, betaald, vrijgegeven en wat nog openstaat, met alle boekingen',
  request: { params: DecisionParams }, responses: { 200: ok('Het geld op dit besluit'), ...problemResponses(401, 404, 422) },
});
const pay = createRoute({
  method: 'post', path: '/api/cases/{id}/decisions/{decisionId}/payments', tags, security: [{ sessie: [] }],
  summary: 'Een betaling vastleggen (alleen de regisseur van de casus): datum, bedrag in centen, aan welke organisatie (of de inwoner). Meer betalen dan er openstaat is 422',
  request: { params: DecisionParams, body: body(PaymentInput) }, responses: { 201: ok('Het geld op dit besluit, met de betaling'), ...problemResponses(401, 403, 404, 409, 422) },
});
const release = createRoute({
  method: 'post', path: '/api/cases/{id}/decisions/{decisionId}/releases', tags, security: [{ sessie: [] }],
  summary: 'Geld dat niet nodig is vrijgeven (alleen de regisseur van de casus): het gaat terug naar het budget. Meer vrijgeven dan er openstaat is 422',
  request: { params: DecisionParams, body: body(ReleaseInput) }, responses: { 201: ok('Het geld op dit besluit, met de vrijval'), ...problemResponses(401, 403, 404, 409, 422) },
});

async function view(tx: Tx, decisionId: string) {
  const rows = await entriesOfDecision(tx, decisionId);
  const t = totals(0, asLedger(rows));
  return { committedCents: t.committedCents, paidCents: t.paidCents, releasedCents: t.releasedCents, openCents: t.openCents, entries: rows.map(presentEntry) };
}

/** The case's coordinator books on an approved decision of the case; the decision row is locked so two bookings cannot both take the last euro. */
async function bookable(tx: Tx, user: SessionUser, id: string, decisionId: string) {
  const kase = await changeableCase(tx, user, id, 'breakthrough');
  if (kase.access.partner) throw notFound();
  if (kase.access.role !== 'coordinator') throw forbidden('Alleen de regisseur van de casus legt betalingen en vrijval vast.');
  if (!(await lockRequest(tx, id, decisionId))) throw notFound();
  const row = (await requestById(tx, id, decisionId))!;
  const entries = await entriesOfDecision(tx, decisionId);
  const commitment = entries.find((e) => e.kind === 'commitment');
  if (row.status !== 'decided' || !commitment) throw conflict('Op dit besluit is geen geld vastgelegd: alleen een toegekend besluit met een bedrag kan worden betaald.');
  return { kase, commitment, open: totals(0, asLedger(entries)).openCents };
}

function checkDate(date: string, from: string) {
  if (date > amsterdamDate(new Date())) throw invalid([{ field: 'date', message: 'Deze datum ligt in de toekomst. Leg een betaling vast als die is gedaan' }]);
  if (date < from) throw invalid([{ field: 'date', message: 'Deze datum ligt vóór het besluit' }]);
}

export function caseMoneyRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(money, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      if (kase.access.partner || !(await requestById(tx, id, decisionId))) throw notFound();
      await logRead(deps, tx, pc, kase, 'maatwerkbudget-boeken', 'budget_entry');
      return view(tx, decisionId);
    }), 200);
  });

  app.openapi(pay, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const { kase, commitment, open } = await bookable(tx, user, id, decisionId);
      const payee = input.payee?.trim() ?? '';
      if (input.payeeKind === 'organisation' && payee.length < 2) throw invalid([{ field: 'payee', message: 'Vul in aan welke organisatie is betaald' }]);
      checkDate(input.date, commitment.entry_date);
      const problem = drawProblem('payment', input.amountCents, open);
      if (problem) throw invalid([{ field: 'amountCents', message: problem }]);
      const entryId = await insertEntry(tx, {
        tenantId: pc.tenantId, budgetId: commitment.budget_id, caseId: id, decisionId, kind: 'payment', amountCents: input.amountCents,
        date: input.date, payeeKind: input.payeeKind, payee: input.payeeKind === 'organisation' ? payee : null, note: input.note, by: user.userId,
      });
      await recordChange(deps, tx, pc, kase, {
        event: 'budget_paid', activity: 'maatwerkbudget-boeken', action: 'create', objectType: 'budget_entry', objectId: entryId,
        data: { decision: decisionId, entry: entryId, amountCents: input.amountCents },
      });
      return view(tx, decisionId);
    }), 201);
  });

  app.openapi(release, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const { kase, commitment, open } = await bookable(tx, user, id, decisionId);
      const date = input.date ?? amsterdamDate(new Date());
      checkDate(date, commitment.entry_date);
      const problem = drawProblem('release', input.amountCents, open);
      if (problem) throw invalid([{ field: 'amountCents', message: problem }]);
      const entryId = await insertEntry(tx, {
        tenantId: pc.tenantId, budgetId: commitment.budget_id, caseId: id, decisionId, kind: 'release', amountCents: input.amountCents,
        date, note: input.note, by: user.userId,
      });
      await recordChange(deps, tx, pc, kase, {
        event: 'budget_released', activity: 'maatwerkbudget-boeken', action: 'create', objectType: 'budget_entry', objectId: entryId,
        data: { decision: decisionId, entry: entryId, amountCents: input.amountCents },
      });
      return view(tx, decisionId);
    }), 201);
  });

  return app;
}
