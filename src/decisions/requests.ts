import { createRoute } from '@hono/zod-openapi';
import { changeableCase, logRead, recordChange } from '../breakthrough/guard.ts';
import type { BlockerKind } from '../breakthrough/model.ts';
import { blockerOf, perspectiveOf, rule, usableRules } from '../breakthrough/store.ts';
import type { LifeDomain } from '../cases/model.ts';
import { costSum, describeCostSum, paysOffWithin } from '../costs/model.ts';
import { costInputs } from '../costs/store.ts';
import type { RuleSnapshot } from '../database/decisions.ts';
import { eligibleHolders, routeRequest } from '../mandates/model.ts';
import { notify } from '../notifications/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { dutchDate } from '../privacy/labels.ts';
import { dueOn, weighingProblems } from './model.ts';
import { CaseParam, Decision, DecisionDraft, DecisionParams, DecisionRequestInput, DraftQuery, WithdrawInput } from './schema.ts';
import * as store from './store.ts';
import { factsOf, presentDecision, presentRoute, routingFacts, viewerOf } from './views.ts';
import { entriesOfDecision } from '../budgets/store.ts';

/** Step 5: asking whoever holds the mandate for a decision, and withdrawing that request. */

const tags = ['Besluiten'];
const body = <T>(schema: T) => ({ content: { 'application/json': { schema } }, required: true });
const json = <T>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });

const draft = createRoute({
  method: 'get', path: '/api/cases/{id}/decisions/draft', tags, security: [{ sessie: [] }],
  summary: 'Voorstel voor een verzoek om een besluit, ingevuld uit stap 3 en 4, met de hoeken van de waardendriehoek en naar welk mandaatniveau het gaat (?amountCents= voor een ander bedrag)',
  request: { params: CaseParam, query: DraftQuery },
  responses: { 200: json(DecisionDraft, 'Het voorstel'), ...problemResponses(401, 403, 404, 409, 422) },
});
const create = createRoute({
  method: 'post', path: '/api/cases/{id}/decisions', tags, security: [{ sessie: [] }],
  summary: 'Een besluit vragen (stap 5): vraag, doorbraak, overwogen alternatieven, regels met hun doel, bedrag in centen, een afweging per hoek van de waardendriehoek en wat de inwoner ervan vindt. Het verzoek gaat naar het laagste mandaatniveau dat het mag besluiten; de beslissers krijgen een bericht',
  request: { params: CaseParam, body: body(DecisionRequestInput) },
  responses: { 201: json(Decision, 'Het verzoek'), ...problemResponses(401, 403, 404, 409, 422) },
});
const withdraw = createRoute({
  method: 'post', path: '/api/cases/{id}/decisions/{decisionId}/withdraw', tags, security: [{ sessie: [] }],
  summary: 'Een openstaand verzoek intrekken, met een reden (iemand uit het casusteam); stuur de gelezen versie mee',
  request: { params: DecisionParams, body: body(WithdrawInput) },
  responses: { 200: json(Decision, 'Ingetrokken'), ...problemResponses(401, 403, 404, 409, 422) },
});

/** The cost sum of step 4 as it stands, kept with the request as the decider saw it. */
async function costSnapshot(tx: Tx, caseId: string) {
  const inputs = await costInputs(tx, caseId);
  return {
    currentYearlyCents: inputs.currentYearlyCents, agencies: inputs.agencies, oneOffCents: inputs.oneOffCents, yearlyCents: inputs.yearlyCents,
    horizons: costSum(inputs).map((h) => ({ ...h })), paysOffWithin: paysOffWithin(inputs), sentence: describeCostSum(inputs, inputs.agencies),
  };
}

/** Only the municipality's own staff on the team ask for a decision; partners help, they do not request spending. */
async function requesterCase(tx: Tx, user: SessionUser, id: string) {
  const kase = await changeableCase(tx, user, id, 'breakthrough');
  if (kase.access.partner) throw forbidden('Een besluit vragen kan alleen een medewerker van de gemeente.');
  return kase;
}

async function snapshotRules(tx: Tx, caseId: string, wanted: { ruleId: string; purpose?: string | null }[]): Promise<RuleSnapshot[]> {
  const ids = [...new Set(wanted.map((w) => w.ruleId))];
  const usable = await usableRules(tx, caseId, ids);
  if (ids.some((id) => !usable.has(id))) {
    throw invalid([{ field: 'rules', message: 'Kies regels uit de regelcatalogus van de gemeente; een van de gekozen regels bestaat niet (meer)' }]);
  }
  const out: RuleSnapshot[] = [];
  for (const id of ids) {
    const r = (await rule(tx, id))!;
    const own = wanted.find((w) => w.ruleId === id)?.purpose?.trim();
    out.push({ id: r.id, code: r.code, name: r.name, law: r.law, article: r.article, purpose: own || r.purpose || '' });
  }
  return out;
}

export async function loadDecision(tx: Tx, user: SessionUser, caseId: string, id: string) {
  const row = await store.requestById(tx, caseId, id);
  if (!row) throw notFound();
  const [steps, entries, viewer] = await Promise.all([store.stepsOf(tx, [id]), entriesOfDecision(tx, id), viewerOf(tx, user.userId, row)]);
  return presentDecision(row, steps, entries, viewer);
}

export function requestRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(draft, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { amountCents } = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await requesterCase(tx, user, id);
      const [blocker, perspective, settings, cost, open] = await Promise.all([
        blockerOf(tx, id), perspectiveOf(tx, id), store.settingsOf(tx), costSnapshot(tx, id), store.openRequestOfCase(tx, id),
      ]);
      const amount = amountCents ?? blocker.oneOffCents ?? 0;
      const { levels, facts, standing, year } = await routingFacts(tx, {
        amountCents: amount, lifeDomains: kase.life_domains, ruleIds: blocker.rules.map((r) => r.id), requesterId: user.userId,
      });
      const route = routeRequest(levels, facts);
      await logRead(deps, tx, pc, kase, 'besluit-aanvragen', 'decision_draft');
      return {
        proposedStep: blocker.proposedStep,
        rules: blocker.rules.map((r) => ({ id: r.id, code: r.code, name: r.name, law: r.law, article: r.article, purpose: r.purpose ?? '' })),
        blockerKinds: blocker.kinds as BlockerKind[], lifeDomains: kase.life_domains as LifeDomain[], costSum: cost, amountCents: amount,
        residentView: perspective.ownWords, corners: settings.corners, dueWorkingDays: settings.dueWorkingDays,
        route: { ...presentRoute(route?.level ?? null, route?.skipped ?? [], route?.unheld ?? false), overdraws: facts.overdraws, budgetYear: year, remainingCents: standing?.remainingCents ?? null },
        openRequestId: open?.id ?? null,
      };
    }), 200);
  });

  app.openapi(create, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await requesterCase(tx, user, id);
      const settings = await store.settingsOf(tx);
      const problems = weighingProblems(settings.corners, input.weighing);
      if (problems.length) throw invalid(problems);
      const open = await store.openRequestOfCase(tx, id);
      if (open) throw conflict('Voor deze casus loopt al een verzoek om een besluit. Wacht op het besluit of trek het verzoek eerst in.');
      const blocker = await blockerOf(tx, id);
      const rules = await snapshotRules(tx, id, input.rules?.length ? input.rules : blocker.rules.map((r) => ({ ruleId: r.id })));
      const lifeDomains = input.lifeDomains?.length ? [...new Set(input.lifeDomains)] : kase.life_domains;
      const { levels, facts } = await routingFacts(tx, { amountCents: input.amountCents, lifeDomains, ruleIds: rules.map((r) => r.id), requesterId: user.userId });
      const route = routeRequest(levels, facts);
      if (!route) {
        throw invalid([{ field: 'amountCents', message: 'Geen mandaatniveau van de gemeente kan over dit verzoek beslissen. Vraag functioneel beheer de mandaten in te stellen.' }]);
      }
      const due = dueOn(amsterdamDate(new Date()), settings.dueWorkingDays);
      const weighing = settings.corners.map((corner) => ({ ...corner, text: input.weighing.find((w) => w.corner === corner.key)!.text.trim() }));
      const decisionId = await store.insertRequest(tx, {
        tenantId: pc.tenantId, caseId: id, requestedBy: user.userId, question: input.question, proposedStep: input.proposedStep,
        alternatives: input.alternatives, rules, blockerKinds: blocker.kinds, lifeDomains, costSum: await costSnapshot(tx, id),
        amountCents: input.amountCents, weighing, residentView: input.residentView, levelId: route.level.id, dueOn: due,
      });
      await store.insertStep(tx, { tenantId: pc.tenantId, decisionId, levelId: route.level.id, reason: 'routed', dueOn: due, skipped: route.skipped, actorId: user.userId });
      await recordChange(deps, tx, pc, kase, {
        event: 'decision_requested', activity: 'besluit-aanvragen', action: 'create', objectType: 'decision', objectId: decisionId,
        data: { decision: decisionId, level: route.level.name, amountCents: input.amountCents },
      });
      await notify(tx, pc.tenantId, eligibleHolders(route.level, user.userId).map((h) => h.userId), 'decision_requested', id, {
        actor: user.name, reference: kase.reference, level: route.level.name, dueOn: dutchDate(due),
      });
      return loadDecision(tx, user, id, decisionId);
    }), 201);
  });

  app.openapi(withdraw, async (c) => {
    const user = requireUser(c);
    const { id, decisionId } = c.req.valid('param');
    const { reason, version } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await requesterCase(tx, user, id);
      const locked = await store.lockRequest(tx, id, decisionId);
      if (!locked) throw notFound();
      if (locked.status !== 'pending') throw conflict('Dit verzoek is al beslist of ingetrokken. Vernieuw de pagina.');
      if (!(await store.markWithdrawn(tx, decisionId, version, reason))) {
        throw conflict(`Dit verzoek is intussen gewijzigd (nu versie ${locked.version}), bijvoorbeeld doorgezet naar een ander niveau. Vernieuw de pagina.`);
      }
      const row = (await store.requestById(tx, id, decisionId))!;
      await recordChange(deps, tx, pc, kase, {
        event: 'decision_withdrawn', activity: 'besluit-nemen', action: 'update', objectType: 'decision', objectId: decisionId, data: { decision: decisionId },
      });
      const { levels } = await routingFacts(tx, factsOf(row));
      const level = levels.find((l) => l.id === row.level_id);
      await notify(tx, pc.tenantId, level ? eligibleHolders(level, row.requested_by).map((h) => h.userId) : [], 'decision_withdrawn', id, {
        actor: user.name, reference: kase.reference,
      });
      return loadDecision(tx, user, id, decisionId);
    }), 200);
  });

  return app;
}
