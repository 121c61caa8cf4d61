import { createRoute } from '@hono/zod-openapi';
import { caseWithSections, changeableCase, logRead, recordChange } from '../breakthrough/guard.ts';
import { involvement } from '../involvements/store.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { forbidden, invalid, notFound } from '../platform/http/problem.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { POLICY_ONLY_DETAIL, policyOnly } from '../policy/model.ts';
import { presentContact } from './views.ts';
import { CaseParam, InvolvementContacts, InvolvementParams, LinkInput } from './schema.ts';
import { contactsOfCase, existingContacts, linkInvolvement, unlinkInvolvement } from './store.ts';

/** Which contact of the network directory stands behind an organisation involved in a case (step 2). */

const tags = ['Sociale kaart'];
const security = [{ sessie: [] }];
const ok = { description: 'Per betrokkenheid het gekoppelde contact', content: { 'application/json': { schema: InvolvementContacts } } };

const list = createRoute({
  method: 'get', path: '/api/cases/{id}/involvement-contacts', tags, security,
  summary: 'Per betrokken organisatie van de casus het gekoppelde contact uit de sociale kaart (alleen het casusteam)',
  request: { params: CaseParam }, responses: { 200: ok, ...problemResponses(401, 403, 404, 422) },
});
const put = createRoute({
  method: 'put', path: '/api/cases/{id}/involvements/{involvementId}/contact', tags, security,
  summary: 'Een contact uit de sociale kaart koppelen aan een betrokken organisatie van de casus, of de koppeling weghalen met contactId null',
  request: { params: InvolvementParams, body: { content: { 'application/json': { schema: LinkInput } }, required: true } },
  responses: { 200: ok, ...problemResponses(401, 403, 404, 409, 422) },
});

async function present(tx: Tx, caseId: string) {
  const rows = await contactsOfCase(tx, caseId);
  return { items: rows.map((r) => ({ involvementId: r.involvement_id, contact: presentContact(r) })) };
}

export function involvementLinkRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    if (policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'involvements');
      await logRead(deps, tx, pc, kase, 'betrokkenen-bijhouden', 'involvement');
      return present(tx, id);
    }), 200);
  });

  app.openapi(put, async (c) => {
    const user = requireUser(c);
    if (policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
    const { id, involvementId } = c.req.valid('param');
    const { contactId } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await changeableCase(tx, user, id, 'involvements');
      if (!(await involvement(tx, id, involvementId))) throw notFound();
      if (contactId) {
        if (!(await existingContacts(tx, [contactId])).has(contactId)) {
          throw invalid([{ field: 'contactId', message: 'Kies een contact uit de sociale kaart van de gemeente; dit contact bestaat niet' }]);
        }
        await linkInvolvement(tx, pc.tenantId, involvementId, contactId, user.userId);
      } else if (!(await unlinkInvolvement(tx, involvementId))) {
        return present(tx, id);
      }
      await recordChange(deps, tx, pc, kase, {
        event: contactId ? 'involvement_contact_linked' : 'involvement_contact_unlinked', activity: 'betrokkenen-bijhouden', action: 'update',
        objectType: 'involvement', objectId: involvementId, data: { involvement: involvementId, ...(contactId ? { contact: contactId } : {}) },
      });
      return present(tx, id);
    }), 200);
  });

  return app;
}
