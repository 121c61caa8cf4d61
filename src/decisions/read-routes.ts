import { createRoute } from '@hono/zod-openapi';
import { caseWithSections, logRead } from '../breakthrough/guard.ts';
import type { BlockerKind } from '../breakthrough/model.ts';
import { entriesOfCase } from '../budgets/store.ts';
import type { RuleSnapshot } from '../database/decisions.ts';
import { householdSubjects } from '../households/store.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { type Processing, logProcessing } from '../platform/log/processing.ts';
import { type Outcome, outcomeLabel } from './model.ts';
import { CaseParam, DecisionParams, Decisions, DecisionWithPrecedents, Inbox, InboxQuery } from './schema.ts';
import * as store from './store.ts';
import { presentDecision, presentInboxItem, viewerOf } from './views.ts';
import { loadDecision } from './requests.ts';

/** Reading decision requests: of a case, one with its precedents, and the decider's inbox. */

const tags = ['Besluiten'];
const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const ofCase = createRoute({
  method: 'get', path: '/api/cases/{id}/decisions', tags, security: [{ sessie: [] }],
  summary: 'Alle verzoeken om een besluit van deze casus, nieuwste eerst: met het besluit, de route langs de mandaatniveaus en het geld',
  request: { params: CaseParam }, responses: { 200: json(Decisions, 'Verzoeken en besluiten'), ...problemResponses(401, 404, 422) },
});
const one = createRoute({
  method: 'get', path: '/api/cases/{id}/decisions/{decisionId}', tags, security: [{ sessie: [] }],
  summary: 'Eén verzoek om een besluit, met eerdere besluiten over dezelfde regel of soort belemmering ernaast (precedent) en of u nu kunt beslissen',
  request: { params: DecisionParams }, responses: { 200: json(DecisionWithPrecedents, 'Het verzoek'), ...problemResponses(401, 404, 422) },
});
const inbox = createRoute({
  method: 'get', path: '/api/decisions', tags, security: [{ sessie: [] }],
  summary: "Mijn besluiten: verzoeken die op mijn mandaatniveau wachten (view=pending, vroegste uiterste datum eerst) of die ik zelf deed (view=requested)",
  request: { query: InboxQuery }, responses: { 200: json(Inbox, 'Verzoeken'), ...problemResponses(401, 422) },
});

export function readRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(ofCase, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      const rows = await store.requestsOfCase(tx, id);
      if (rows.length === 0) return { items: [] };
      const [steps, entries] = await Promise.all([store.stepsOf(tx, rows.map((r) => r.id)), kase.access.partner ? [] : entriesOfCase(tx, id)]);
      await logRead(deps, tx, pc, kase, 'besluit-inzien', 'decision');
      const items = [];
      for (const r of rows) items.push(presentDecision(r, steps, entries, await viewerOf(tx, user.userId, r)));
      return { items };
    }), 200);
  });

  app.openapi(one, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      const decision = await loadDecision(tx, user, id, decisionId);
      const row = (await store.requestById(tx, id, decisionId))!;
      const earlier = await store.precedents(tx, row);
      const ruleIds = new Set(decision.rules.map((r) => r.id));
      const kinds = new Set<string>(decision.blockerKinds);
      // The precedents are other households' decisions: each read is logged for that household too.
      const reads: Processing[] = [];
      for (const p of earlier) {
        reads.push({
          activity: 'besluit-inzien', action: 'read', objectType: 'decision', objectId: p.id, caseId: p.case_id, legalBasis: p.legal_basis,
          subjects: await householdSubjects(tx, deps.crypto, p.household_id),
        });
      }
      await logProcessing(tx, pc, reads);
      await logRead(deps, tx, pc, kase, 'besluit-inzien', 'decision');
      return {
        ...decision,
        precedents: earlier.map((p) => ({
          id: p.id, decidedAt: new Date(p.decided_at!).toISOString(), outcome: p.outcome as Outcome, outcomeLabel: outcomeLabel[p.outcome as Outcome],
          question: p.question, proposedStep: p.proposed_step, reasons: p.reasons ?? '', conditions: p.conditions,
          amountCents: Number(p.amount_cents), approvedCents: p.approved_cents == null ? null : Number(p.approved_cents), level: p.level_name,
          sharedRules: (p.rules as RuleSnapshot[]).filter((r) => ruleIds.has(r.id)).map((r) => ({ code: r.code, name: r.name })),
          sharedKinds: p.blocker_kinds.filter((k) => kinds.has(k)) as BlockerKind[],
        })),
      };
    }), 200);
  });

  app.openapi(inbox, async (c) => {
    const user = requireUser(c);
    const { view } = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const rows = view === 'pending' ? await store.pendingForHolder(tx, user.userId) : await store.requestedBy(tx, user.userId);
      const reads: Processing[] = [];
      for (const r of rows) {
        reads.push({
          activity: 'besluit-inzien', action: 'read', objectType: 'decision', objectId: r.id, caseId: r.case_id, legalBasis: r.legal_basis,
          subjects: await householdSubjects(tx, deps.crypto, r.household_id),
        });
      }
      await logProcessing(tx, pc, reads);
      return { items: rows.map((r) => presentInboxItem(r)) };
    }), 200);
  });

  return app;
}
