import { createRoute } from '@hono/zod-openapi';
import { householdSubjects } from '../households/store.ts';
import { canContribute } from '../access/model.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, forbidden, invalid } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { nextDue } from './model.ts';
import { visibleCase } from './overview.ts';
import { CaseIdParam } from './schema.ts';
import { CompleteStepInput, ReopenStepInput, StepParams, Steps } from './steps-schema.ts';
import {
  gatherStepFacts, markStepComplete, markStepReopened, moveCase, positionAfterMove, stepRows, stepsOfCase,
} from './steps-store.ts';
import { missingFor, type StepNumber, stepName } from './steps.ts';
import { addEvent } from './store.ts';

const stepsResponse = { description: 'De zes stappen en waar de casus staat', content: { 'application/json': { schema: Steps } } };
const getSteps = createRoute({
  method: 'get', path: '/api/cases/{id}/steps', tags: ['Stappen'], security: [{ sessie: [] }],
  summary: 'De zes stappen met hun stand: open of afgerond, en wat nog ontbreekt',
  request: { params: CaseIdParam }, responses: { 200: stepsResponse, ...problemResponses(401, 404, 422) },
});
const complete = createRoute({
  method: 'post', path: '/api/cases/{id}/steps/{step}/complete', tags: ['Stappen'], security: [{ sessie: [] }],
  summary: 'Een stap afronden; lukt alleen als wat nodig is er is (anders 422 met wat ontbreekt)',
  request: { params: StepParams, body: { content: { 'application/json': { schema: CompleteStepInput } }, required: true } },
  responses: { 200: stepsResponse, ...problemResponses(401, 403, 404, 409, 422) },
});
const reopen = createRoute({
  method: 'post', path: '/api/cases/{id}/steps/{step}/reopen', tags: ['Stappen'], security: [{ sessie: [] }],
  summary: 'Een afgeronde stap heropenen; de casus gaat terug naar die stap',
  request: { params: StepParams, body: { content: { 'application/json': { schema: ReopenStepInput } }, required: true } },
  responses: { 200: stepsResponse, ...problemResponses(401, 403, 404, 409, 422) },
});

type Kase = Awaited<ReturnType<typeof visibleCase>>;

async function presentSteps(tx: Tx, c: Kase, moved?: { step: number; version: number }) {
  return {
    step: moved?.step ?? c.step, status: c.status, version: moved?.version ?? c.version,
    steps: await stepsOfCase(tx, c, { showReasons: !c.access.partner }),
  };
}

/** A step moves only on a running case, by the coordinator or a colleague who works on it, from the version they saw. */
async function movableCase(tx: Tx, user: SessionUser, id: string, version: number) {
  const c = await visibleCase(tx, user, id);
  if (!canContribute(c.access) || c.access.partner) {
    throw forbidden('Alleen de regisseur en collega’s die meewerken aan de casus ronden stappen af of heropenen ze.');
  }
  if (c.status !== 'active') throw conflict('Stappen afronden of heropenen kan alleen bij een lopende casus.');
  if (c.version !== version) throw stale(c.step);
  return c;
}

const stale = (step: number) =>
  conflict(`Iemand anders heeft deze casus net gewijzigd; de casus staat nu bij stap ${step}. Vernieuw de pagina en probeer het opnieuw.`);

async function recordMove(deps: Deps, tx: Tx, pc: ProcessingContext, c: Kase, type: 'step_completed' | 'step_reopened', step: number, current: number) {
  await addEvent(tx, pc.tenantId, c.id, type, pc.actorId, { step, current });
  await logProcessing(tx, pc, {
    activity: 'stap-afronden', action: 'update', objectType: 'case_step', objectId: c.id, caseId: c.id, legalBasis: c.legal_basis,
    subjects: await householdSubjects(tx, deps.crypto, c.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{ actorId: pc.actorId, action: `case.${type}`, objectType: 'case', objectId: c.id, data: { step, current } }]);
}

export function stepRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getSteps, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx) => presentSteps(tx, await visibleCase(tx, user, id))), 200);
  });

  app.openapi(complete, async (c) => {
    const user = requireUser(c);
    const { id, step } = c.req.valid('param');
    const { version } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await movableCase(tx, user, id, version);
      const n = step as StepNumber;
      if ((await stepRows(tx, id)).some((r) => r.step === n && r.completedAt)) {
        throw conflict(`Stap ${n} (${stepName(n)}) is al afgerond.`);
      }
      const missing = missingFor(n, await gatherStepFacts(tx, id, kase.household_id));
      if (missing.length) throw invalid(missing.map((m) => ({ field: 'step', message: m.text })));
      const now = new Date();
      await markStepComplete(tx, pc.tenantId, id, n, user.userId, now);
      const current = await positionAfterMove(tx, id);
      const moved = await moveCase(tx, id, version, {
        step: current, next_due: nextDue({ status: 'active', step: current, firstContactDue: kase.first_contact_due, startDue: kase.start_due }),
      });
      if (!moved) throw stale(kase.step);
      await recordMove(deps, tx, pc, kase, 'step_completed', n, current);
      return presentSteps(tx, kase, moved);
    }), 200);
  });

  app.openapi(reopen, async (c) => {
    const user = requireUser(c);
    const { id, step } = c.req.valid('param');
    const { version, reason } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await movableCase(tx, user, id, version);
      const n = step as StepNumber;
      if (!(await stepRows(tx, id)).some((r) => r.step === n && r.completedAt)) {
        throw conflict(`Stap ${n} (${stepName(n)}) is nog niet afgerond, dus er is niets te heropenen.`);
      }
      await markStepReopened(tx, id, n, reason || null, new Date());
      const current = await positionAfterMove(tx, id);
      const moved = await moveCase(tx, id, version, {
        step: current, next_due: nextDue({ status: 'active', step: current, firstContactDue: kase.first_contact_due, startDue: kase.start_due }),
      });
      if (!moved) throw stale(kase.step);
      await recordMove(deps, tx, pc, kase, 'step_reopened', n, current);
      return presentSteps(tx, kase, moved);
    }), 200);
  });

  return app;
}
