import { createRoute } from '@hono/zod-openapi';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { cleanQuery } from '../library/model.ts';
import { involvementLinkRoutes } from './links.ts';
import { presentContact } from './views.ts';
import { MAINTAINERS, mayReadDirectory } from './model.ts';
import { ContactDetail, ContactInput, ContactParam, ContactPatch, Contacts, ContactsQuery } from './schema.ts';
import { contact, insertContact, linksOfContact, searchContacts, updateContact } from './store.ts';

/**
 * The network directory (sociale kaart): who to call at which organisation, what they can decide
 * and how to reach them. Professionals' work contact details, no residents' data.
 */

const tags = ['Sociale kaart'];
const security = [{ sessie: [] }];
const one = { description: 'Het contact', content: { 'application/json': { schema: ContactDetail } } };

const list = createRoute({
  method: 'get', path: '/api/contacts', tags, security,
  summary: 'De sociale kaart doorzoeken: op naam, organisatie, rol en wat iemand kan beslissen (Nederlandse zoektermen en delen van namen), met filters op soort organisatie en leefgebied',
  request: { query: ContactsQuery },
  responses: { 200: { description: 'Contacten', content: { 'application/json': { schema: Contacts } } }, ...problemResponses(401, 403, 422) },
});
const get = createRoute({
  method: 'get', path: '/api/contacts/{contactId}', tags, security,
  summary: 'Eén contact, met de systeemknelpunten waaraan het gekoppeld is en het aantal betrokkenheden in casussen dat ernaar verwijst',
  request: { params: ContactParam }, responses: { 200: one, ...problemResponses(401, 403, 404, 422) },
});
const create = createRoute({
  method: 'post', path: '/api/contacts', tags, security,
  summary: 'Een contact toevoegen aan de sociale kaart (functioneel beheer en regisseurs)',
  request: { body: { content: { 'application/json': { schema: ContactInput } }, required: true } },
  responses: { 201: one, ...problemResponses(401, 403, 422) },
});
const patch = createRoute({
  method: 'patch', path: '/api/contacts/{contactId}', tags, security,
  summary: 'Een contact wijzigen of op inactief zetten (functioneel beheer en regisseurs); stuur de gelezen versie mee',
  request: { params: ContactParam, body: { content: { 'application/json': { schema: ContactPatch } }, required: true } },
  responses: { 200: one, ...problemResponses(401, 403, 404, 409, 422) },
});

function reader(c: Parameters<typeof requireUser>[0]): SessionUser {
  const user = requireUser(c);
  if (!mayReadDirectory(user.roles)) throw forbidden('De sociale kaart is voor medewerkers van de gemeente.');
  return user;
}

async function load(tx: Tx, id: string) {
  const row = await contact(tx, id);
  if (!row) throw notFound();
  const links = await linksOfContact(tx, id);
  return { ...presentContact(row), links: { involvements: links.involvements, bottlenecks: links.bottlenecks } };
}

export function networkRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(list, async (c) => {
    const user = reader(c);
    const query = c.req.valid('query');
    const { rows, total } = await inTenant(deps, c, user, (tx) => searchContacts(tx, {
      q: cleanQuery(query.q), organisationKind: query.organisationKind, lifeDomain: query.lifeDomain,
      active: query.active === 'all' ? null : query.active === 'true', limit: query.limit, offset: query.offset,
    }));
    return c.json({ items: rows.map(presentContact), total }, 200);
  });

  app.openapi(get, async (c) => {
    const user = reader(c);
    const { contactId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, (tx) => load(tx, contactId)), 200);
  });

  app.openapi(create, async (c) => {
    const user = requireUser(c, ...MAINTAINERS);
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const id = await insertContact(tx, pc.tenantId, user.userId, input);
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'contact.created', objectType: 'network_contact', objectId: id, data: { organisationKind: input.organisationKind } }]);
      return load(tx, id);
    }), 201);
  });

  app.openapi(patch, async (c) => {
    const user = requireUser(c, ...MAINTAINERS);
    const { contactId } = c.req.valid('param');
    const { version, ...set } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      await load(tx, contactId);
      if (!(await updateContact(tx, contactId, user.userId, version, set))) {
        const now = await load(tx, contactId);
        throw conflict(`Iemand anders heeft dit contact net gewijzigd (nu versie ${now.version}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op en probeer het opnieuw.`);
      }
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'contact.changed', objectType: 'network_contact', objectId: contactId, data: { fields: Object.keys(set), version: version + 1 } }]);
      return load(tx, contactId);
    }), 200);
  });

  app.route('/', involvementLinkRoutes(deps));
  return app;
}
