import { createRoute } from '@hono/zod-openapi';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { caseWithSections, changeableCase, logRead, recordChange } from './guard.ts';
import { changedFields, describeConflict, perspectiveFieldLabel } from './model.ts';
import { CaseParam, Perspective, PerspectiveInput } from './schema.ts';
import { perspectiveOf, savePerspective } from './store.ts';

/** Step 3: where the household wants to be in a year, what they and their network can do, what they need, the dream scenario. */

const ok = { description: 'Het perspectief', content: { 'application/json': { schema: Perspective } } };
const getPerspective = createRoute({
  method: 'get', path: '/api/cases/{id}/perspective', tags: ['Doorbraak'], security: [{ sessie: [] }],
  summary: 'Perspectief (stap 3): waar het huishouden over een jaar wil staan, in eigen woorden; versie 0 als er nog niets is',
  request: { params: CaseParam }, responses: { 200: ok, ...problemResponses(401, 404, 422) },
});
const putPerspective = createRoute({
  method: 'put', path: '/api/cases/{id}/perspective', tags: ['Doorbraak'], security: [{ sessie: [] }],
  summary: 'Perspectief opslaan, ook half ingevuld; stuur de gelezen versie mee (409 als iemand anders het intussen wijzigde)',
  request: { params: CaseParam, body: { content: { 'application/json': { schema: PerspectiveInput } }, required: true } },
  responses: { 200: ok, ...problemResponses(401, 403, 404, 409, 422) },
});

export function perspectiveRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getPerspective, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      await logRead(deps, tx, pc, kase, 'doorbraak-inzien', 'perspective');
      return perspectiveOf(tx, id);
    }), 200);
  });

  app.openapi(putPerspective, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { version = 0, ...values } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'breakthrough');
      const saved = await savePerspective(tx, pc.tenantId, id, user.userId, values, version);
      if (!saved) {
        const now = await perspectiveOf(tx, id);
        const by = now.version ? { name: now.updatedBy, at: now.updatedAt ? new Date(now.updatedAt) : null, version: now.version } : null;
        throw conflict(describeConflict('het perspectief', by, changedFields(now, values, perspectiveFieldLabel)));
      }
      const fields = Object.keys(values).filter((k) => k in perspectiveFieldLabel);
      await recordChange(deps, tx, pc, kase, {
        event: 'perspective_saved', activity: 'perspectief-vastleggen', action: version === 0 ? 'create' : 'update',
        objectType: 'perspective', objectId: id, data: { version: saved.version, fields },
      });
      return perspectiveOf(tx, id);
    }), 200);
  });

  return app;
}
