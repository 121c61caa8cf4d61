import { createRoute } from '@hono/zod-openapi';
import { caseWithSections, recordChange } from '../breakthrough/guard.ts';
import { normalizeText } from '../breakthrough/model.ts';
import { goalsOf, insertAction, tenantUser } from '../breakthrough/store.ts';
import { wouldOverdraw } from '../budgets/model.ts';
import { insertEntry } from '../budgets/store.ts';
import { mayDecide, refusalText } from '../mandates/model.ts';
import { notify } from '../notifications/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { Problem, conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import type { ProcessingContext } from '../platform/log/processing.ts';
import { addWorkingDays, amsterdamDate } from '../platform/time/working-days.ts';
import { dutchDateTime } from '../privacy/labels.ts';
import { type Outcome, approves, committedAmount, decisionProblems, outcomeLabel, planActionText } from './model.ts';
import { DecideInput, Decision, DecisionParams } from './schema.ts';
import * as store from './store.ts';
import { loadDecision } from './requests.ts';
import { factsOf, routingFacts } from './views.ts';

/** Deciding: approve, approve with conditions, or decline — with reasons, within the decider's mandate, once. */

const decide = createRoute({
  method: 'post', path: '/api/cases/{id}/decisions/{decisionId}/decide', tags: ['Besluiten'], security: [{ sessie: [] }],
  summary: 'Besluiten: toekennen, toekennen met voorwaarden of afwijzen, altijd met redenen. Alleen wie het mandaat heeft (403 daarboven of bij een eigen verzoek); een tweede besluit is 409. Een toekenning legt het geld vast in het maatwerkbudget en zet een actie in het perspectiefplan',
  request: { params: DecisionParams, body: { content: { 'application/json': { schema: DecideInput } }, required: true } },
  responses: { 200: { description: 'Het besluit', content: { 'application/json': { schema: Decision } } }, ...problemResponses(401, 403, 404, 409, 422) },
});

type Kase = Awaited<ReturnType<typeof caseWithSections>>;
type Row = store.RequestRow;

/** An approved breakthrough becomes an action for the coordinator in the perspectiefplan, under the breakthrough goal when there is one. */
async function intoPlan(deps: Deps, tx: Tx, pc: ProcessingContext, kase: Kase, row: Row, conditions: string | null) {
  const [goals, coordinator] = await Promise.all([
    goalsOf(tx, kase.id), kase.coordinator_id ? tenantUser(tx, pc.tenantId, kase.coordinator_id) : undefined,
  ]);
  const step = normalizeText(row.proposed_step);
  const goal = goals.find((g) => g.source === 'breakthrough' && normalizeText(g.text) === step) ?? goals.find((g) => g.source === 'breakthrough');
  const actionId = await insertAction(tx, pc.tenantId, kase.id, {
    what: planActionText(row.proposed_step, conditions), ownerKind: 'professional', ownerName: coordinator?.name ?? 'De regisseur',
    ownerUserId: coordinator?.id ?? null, dueOn: addWorkingDays(amsterdamDate(new Date()), 10), goalId: goal?.id ?? null,
  });
  await recordChange(deps, tx, pc, kase, {
    event: 'plan_action_added', activity: 'perspectiefplan-bijwerken', action: 'create', objectType: 'plan_action', objectId: actionId,
    data: { action: actionId, ownerKind: 'professional', decision: row.id },
  });
}

function alreadyDone(row: Row): never {
  if (row.status === 'withdrawn') throw conflict('Dit verzoek is ingetrokken. Er valt niets meer over te beslissen.');
  const when = row.decided_at ? dutchDateTime(row.decided_at) : '';
  throw conflict(`Hierover is al besloten door ${row.decided_by_name ?? 'een collega'} (${when}): ${outcomeLabel[row.outcome as Outcome].toLowerCase()}. Er kan maar één besluit staan; uw besluit is niet opgeslagen.`);
}

/**
 * The case for a decider. Access through a pending request ends with the decision, so a second
 * decider who arrives just after would find nothing; a holder of that request's level hears instead
 * that it was decided (409), as the issue asks. Everyone else still gets 404.
 */
async function deciderCase(tx: Tx, user: SessionUser, id: string, decisionId: string): Promise<Kase> {
  try {
    return await caseWithSections(tx, user, id, 'breakthrough');
  } catch (e) {
    if (!(e instanceof Problem) || e.status !== 404) throw e;
    const row = await store.requestById(tx, id, decisionId);
    if (row && row.status !== 'pending' && await store.holdsAnyLevel(tx, user.userId, [row.level_id, row.decided_level_id])) alreadyDone(row);
    throw e;
  }
}

export function decideRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(decide, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await deciderCase(tx, user, id, decisionId);
      // The row lock makes a second decider wait here, then see the first one's decision.
      if (!(await store.lockRequest(tx, id, decisionId))) throw notFound();
      const row = (await store.requestById(tx, id, decisionId))!;
      if (row.status !== 'pending') alreadyDone(row);
      if (row.version !== input.version) {
        throw conflict(`Dit verzoek is gewijzigd sinds u het las (nu versie ${row.version}; het ligt nu bij ${row.level_name}). Vernieuw de pagina en kijk of het nog bij u ligt.`);
      }
      if (kase.status !== 'active') throw conflict('Deze casus loopt niet meer. Trek het verzoek in of open de casus opnieuw.');
      const requested = Number(row.amount_cents);
      const problems = decisionProblems(input, requested);
      if (problems.length) throw invalid(problems);

      const amount = committedAmount(input.outcome, requested, input.approvedCents);
      const { levels, facts, standing, year } = await routingFacts(tx, factsOf(row, approves(input.outcome) ? amount : requested), amount > 0);
      facts.overdraws = amount > 0 && wouldOverdraw(standing ?? { remainingCents: 0 }, amount);
      const answer = mayDecide(levels, facts, row.level_rank, user.userId);
      if (!answer.ok) throw forbidden(refusalText(answer.reason, answer.highest));
      if (amount > 0 && !standing) {
        throw conflict(`Er is nog geen maatwerkbudget voor ${year}. Vraag functioneel beheer het budget vast te stellen; daarna kunt u toekennen.`);
      }

      const conditions = input.outcome === 'approved_with_conditions' ? input.conditions : null;
      const decided = await store.markDecided(tx, decisionId, input.version, {
        outcome: input.outcome, reasons: input.reasons, conditions, nextSteps: input.nextSteps, approvedCents: approves(input.outcome) ? amount : null,
        decidedBy: user.userId, levelId: answer.level.id, at: new Date(),
      });
      if (!decided) alreadyDone((await store.requestById(tx, id, decisionId))!);
      await recordChange(deps, tx, pc, kase, {
        event: 'decision_made', activity: 'besluit-nemen', action: 'update', objectType: 'decision', objectId: decisionId,
        data: { decision: decisionId, outcome: input.outcome, level: answer.level.name, ...(approves(input.outcome) ? { approvedCents: amount } : {}) },
      });
      if (amount > 0) {
        const entryId = await insertEntry(tx, {
          tenantId: pc.tenantId, budgetId: standing!.budgetId, caseId: id, decisionId, kind: 'commitment', amountCents: amount,
          date: amsterdamDate(new Date()), by: user.userId,
        });
        await recordChange(deps, tx, pc, kase, {
          event: 'budget_committed', activity: 'maatwerkbudget-boeken', action: 'create', objectType: 'budget_entry', objectId: entryId,
          data: { decision: decisionId, entry: entryId, amountCents: amount, year },
        });
      }
      if (approves(input.outcome)) await intoPlan(deps, tx, pc, kase, row, conditions);
      await notify(tx, pc.tenantId, [row.requested_by, kase.coordinator_id ?? ''].filter((u) => u && u !== user.userId), 'decision_made', id, {
        actor: user.name, reference: kase.reference, outcome: outcomeLabel[input.outcome].toLowerCase(),
      });
      return loadDecision(tx, user, id, decisionId);
    }), 200);
  });

  return app;
}
