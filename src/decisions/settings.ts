import { createRoute } from '@hono/zod-openapi';
import { isPartner } from '../access/model.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { DecisionSettings, DecisionSettingsInput } from './schema.ts';
import { saveSettings, settingsOf } from './store.ts';

/** Per municipality: the corners of the values triangle, the working days a decider has, and where residents object. */

const tags = ['Besluiten: beheer'];
const ok = { description: 'De instellingen', content: { 'application/json': { schema: DecisionSettings } } };
const get = createRoute({
  method: 'get', path: '/api/decision-settings', tags, security: [{ sessie: [] }],
  summary: 'Instellingen voor besluiten: de hoeken van de waardendriehoek (standaard Rechtmatig, Doelmatig, Rechtvaardig), binnen hoeveel werkdagen een beslisser antwoordt en waar bezwaar gemaakt wordt',
  responses: { 200: ok, ...problemResponses(401, 404) },
});
const put = createRoute({
  method: 'put', path: '/api/decision-settings', tags, security: [{ sessie: [] }],
  summary: 'Instellingen voor besluiten wijzigen (alleen functioneel beheer); stuur de gelezen versie mee (0 zolang de standaard geldt). Lopende verzoeken houden de hoeken waarmee ze zijn gedaan',
  request: { body: { content: { 'application/json': { schema: DecisionSettingsInput } }, required: true } },
  responses: { 200: ok, ...problemResponses(401, 403, 409, 422) },
});

export function settingsRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(get, async (c) => {
    const user = requireUser(c);
    if (isPartner(user.roles)) throw notFound();
    return c.json(await inTenant(deps, c, user, (tx) => settingsOf(tx)), 200);
  });

  app.openapi(put, async (c) => {
    const admin = requireUser(c, 'administrator');
    const { version, ...input } = c.req.valid('json');
    return c.json(await inTenant(deps, c, admin, async (tx, pc) => {
      const saved = await saveSettings(tx, pc.tenantId, { ...input, objectionAddress: input.objectionAddress ?? null }, admin.userId, version);
      if (!saved) {
        const now = await settingsOf(tx);
        throw conflict(`${now.updatedBy ?? 'Iemand anders'} heeft de instellingen net gewijzigd (nu versie ${now.version}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op.`);
      }
      await appendAudit(tx, pc.tenantId, [{
        actorId: admin.userId, action: 'decision_settings.changed', objectType: 'decision_settings', objectId: pc.tenantId,
        data: { corners: input.corners.map((x) => x.key), dueWorkingDays: input.dueWorkingDays, version: saved.version },
      }]);
      return settingsOf(tx);
    }), 200);
  });

  return app;
}
