import { createRoute } from '@hono/zod-openapi';
import { canContribute } from '../access/model.ts';
import { caseWithSections, logRead, recordChange } from '../breakthrough/guard.ts';
import { membersOf } from '../households/store.ts';
import { refuseIdentifiers } from '../library/guard.ts';
import { checkTexts } from '../library/model.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { POLICY_ONLY_DETAIL, policyOnly } from '../policy/model.ts';
import { requireBottleneck } from './evidence.ts';
import { type BottleneckStatus, isOpen, statusLabel } from './model.ts';
import { CaseBottleneckParams, CaseBottlenecks, CaseParam, FlagInput } from './schema.ts';
import { bottleneck, bottlenecksOfCase, flagCase, hasBlocker, insertBottleneck, unflagCase } from './store.ts';

/** From a case: which systemic bottlenecks it is part of, and flagging its blocker as systemic by hand. */

const tags = ['Systeemknelpunten'];
const security = [{ sessie: [] }];
const ok = { description: 'De systeemknelpunten van deze casus', content: { 'application/json': { schema: CaseBottlenecks } } };

const list = createRoute({
  method: 'get', path: '/api/cases/{id}/bottlenecks', tags, security,
  summary: 'De systeemknelpunten waar deze casus bij hoort: via een regel, een organisatie of met de hand aangemerkt (alleen het casusteam)',
  request: { params: CaseParam }, responses: { 200: ok, ...problemResponses(401, 403, 404, 422) },
});
const flag = createRoute({
  method: 'post', path: '/api/cases/{id}/blocker/systemic', tags, security,
  summary: 'Het knelpunt van deze casus met de hand als systeemknelpunt aanmerken: bij een bestaand open knelpunt (bottleneckId) of een nieuw (title); teksten zonder herleidbare gegevens',
  request: { params: CaseParam, body: { content: { 'application/json': { schema: FlagInput } }, required: true } },
  responses: { 200: ok, ...problemResponses(401, 403, 404, 409, 422) },
});
const unflag = createRoute({
  method: 'delete', path: '/api/cases/{id}/blocker/systemic/{bottleneckId}', tags, security,
  summary: 'De aanmerking met de hand weer weghalen',
  request: { params: CaseBottleneckParams }, responses: { 200: ok, ...problemResponses(401, 403, 404, 422) },
});

async function present(tx: Tx, caseId: string) {
  const rows = await bottlenecksOfCase(tx, caseId);
  const items = [];
  for (const r of rows) {
    const b = (await bottleneck(tx, r.id))!;
    items.push({
      id: b.id, basis: b.basis, title: b.title, status: b.status as BottleneckStatus, statusLabel: statusLabel[b.status as BottleneckStatus],
      ownerOrganisation: b.owner_organisation, flaggedByHand: r.flagged,
    });
  }
  return { items };
}

function caseWorker(c: Parameters<typeof requireUser>[0]): SessionUser {
  const user = requireUser(c);
  if (policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
  return user;
}

async function workingCase(tx: Tx, user: SessionUser, id: string) {
  const kase = await caseWithSections(tx, user, id, 'breakthrough');
  if (!canContribute(kase.access)) throw forbidden('U leest mee in deze casus. Aanmerken kan alleen als u in het casusteam meewerkt.');
  return kase;
}

export function caseBottleneckRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = caseWorker(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      await logRead(deps, tx, pc, kase, 'doorbraak-inzien', 'systemic_bottleneck');
      return present(tx, id);
    }), 200);
  });

  app.openapi(flag, async (c) => {
    const user = caseWorker(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    if (!input.bottleneckId && !input.title) {
      throw invalid([{ field: 'title', message: 'Kies een bestaand systeemknelpunt of geef een nieuw knelpunt een titel' }]);
    }
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await workingCase(tx, user, id);
      const names = (await membersOf(tx, [kase.household_id])).map((m) => m.name);
      refuseIdentifiers(checkTexts({ title: input.title, ownerOrganisation: input.ownerOrganisation, description: input.description, note: input.note }, names));
      if (!(await hasBlocker(tx, id))) throw conflict('Deze casus heeft nog geen knelpunt. Leg eerst het knelpunt vast in stap 4.');
      let bottleneckId = input.bottleneckId;
      if (bottleneckId) {
        const b = await requireBottleneck(tx, bottleneckId);
        if (!isOpen(b.status as BottleneckStatus)) {
          throw conflict(`Dit systeemknelpunt is ${statusLabel[b.status as BottleneckStatus].toLowerCase()}. Begin een nieuw knelpunt als het opnieuw speelt.`);
        }
      } else {
        bottleneckId = await insertBottleneck(tx, pc.tenantId, user.userId, {
          basis: 'manual', title: input.title!, description: input.description, ownerOrganisation: input.ownerOrganisation,
        });
      }
      if (await flagCase(tx, pc.tenantId, bottleneckId, id, user.userId, input.note ?? null)) {
        await recordChange(deps, tx, pc, kase, {
          event: 'blocker_flagged_systemic', activity: 'systeemknelpunt-signaleren', action: 'create', objectType: 'systemic_bottleneck',
          objectId: bottleneckId, data: { bottleneck: bottleneckId, created: !input.bottleneckId },
        });
      }
      return present(tx, id);
    }), 200);
  });

  app.openapi(unflag, async (c) => {
    const user = caseWorker(c);
    const { id, bottleneckId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await workingCase(tx, user, id);
      if (!(await unflagCase(tx, bottleneckId, id))) throw notFound();
      await recordChange(deps, tx, pc, kase, {
        event: 'blocker_unflagged_systemic', activity: 'systeemknelpunt-signaleren', action: 'delete', objectType: 'systemic_bottleneck',
        objectId: bottleneckId, data: { bottleneck: bottleneckId },
      });
      return present(tx, id);
    }), 200);
  });

  return app;
}
