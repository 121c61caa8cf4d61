import { createRoute } from '@hono/zod-openapi';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { checkTexts, cleanQuery, type Sharing, sharingLabel } from './model.ts';
import { libraryReader, refuseIdentifiers } from './guard.ts';
import { publishRoutes } from './publish.ts';
import { Entry, EntryParam, EntryPatch, SearchQuery, SearchResult, SharingInput, VersionQuery } from './schema.ts';
import { deleteEntry, entry, searchEntries, setSharing, updateEntry } from './store.ts';
import { householdNames, presentEntry } from './views.ts';

/**
 * The solutions library: earlier breakthroughs, without anything that leads back to a household,
 * searchable in Dutch. Other municipalities see an entry once the privacy officer approved sharing.
 */

const tags = ['Oplossingenbibliotheek'];
const security = [{ sessie: [] }];
const EDITORS = ['coordinator', 'administrator'];
const one = { description: 'De oplossing', content: { 'application/json': { schema: Entry } } };

const routes = {
  search: createRoute({
    method: 'get', path: '/api/library', tags, security,
    summary: 'Oplossingen zoeken in gewoon Nederlands (ook andere woordvormen: "aanvragen" vindt "aanvraag"), met filters op leefgebied, soort blokkade en regel; eigen en gedeelde oplossingen',
    request: { query: SearchQuery },
    responses: { 200: { description: 'Gevonden oplossingen, de best passende eerst', content: { 'application/json': { schema: SearchResult } } }, ...problemResponses(401, 403, 422) },
  }),
  get: createRoute({
    method: 'get', path: '/api/library/{entryId}', tags, security,
    summary: 'Eén oplossing', request: { params: EntryParam }, responses: { 200: one, ...problemResponses(401, 403, 404, 422) },
  }),
  patch: createRoute({
    method: 'patch', path: '/api/library/{entryId}', tags, security,
    summary: 'De teksten van een eigen oplossing verbeteren (regisseur of functioneel beheer); weer gecontroleerd op herleidbare gegevens, en een gedeelde oplossing moet opnieuw worden goedgekeurd',
    request: { params: EntryParam, body: { content: { 'application/json': { schema: EntryPatch } }, required: true } },
    responses: { 200: one, ...problemResponses(401, 403, 404, 409, 422) },
  }),
  sharing: createRoute({
    method: 'post', path: '/api/library/{entryId}/sharing', tags, security,
    summary: 'Delen met andere gemeenten: aanvragen of intrekken (regisseur of functioneel beheer), goedkeuren of weigeren met reden (privacy officer)',
    request: { params: EntryParam, body: { content: { 'application/json': { schema: SharingInput } }, required: true } },
    responses: { 200: one, ...problemResponses(401, 403, 404, 409, 422) },
  }),
  remove: createRoute({
    method: 'delete', path: '/api/library/{entryId}', tags, security,
    summary: 'Een eigen oplossing uit de bibliotheek halen (regisseur of functioneel beheer); stuur de gelezen versie mee',
    request: { params: EntryParam, query: VersionQuery },
    responses: { 204: { description: 'Verwijderd' }, ...problemResponses(401, 403, 404, 409, 422) },
  }),
};

async function ownEntry(tx: Tx, id: string, tenantId: string) {
  const e = await entry(tx, id);
  if (!e) throw notFound();
  if (e.tenant_id !== tenantId) throw forbidden('Deze oplossing is van een andere gemeente. Alleen die gemeente kan haar wijzigen.');
  return e;
}

/** Names of the source case's household, so a text edited later is checked against them as well. */
async function sourceNames(tx: Tx, sourceCaseId: string | null) {
  if (!sourceCaseId) return [];
  const c = await tx.selectFrom('cases').select('household_id').where('id', '=', sourceCaseId).executeTakeFirst();
  return c ? householdNames(tx, c.household_id) : [];
}

const stale = (version: number) => conflict(`Iemand anders heeft deze oplossing net gewijzigd (nu versie ${version}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op en probeer het opnieuw.`);

export function libraryRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(routes.search, async (c) => {
    const user = libraryReader(c);
    const query = c.req.valid('query');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const r = await searchEntries(tx, {
        q: cleanQuery(query.q), lifeDomain: query.lifeDomain, kind: query.kind, rule: query.rule, scope: query.scope, sharing: query.sharing,
        tenantId: pc.tenantId, limit: query.limit, offset: query.offset,
      });
      return { items: r.rows.map((row) => ({ ...presentEntry(row, pc.tenantId), rank: Number(row.rank) })), total: r.total, textUsed: r.textUsed };
    }), 200);
  });

  app.openapi(routes.get, async (c) => {
    const user = libraryReader(c);
    const { entryId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const e = await entry(tx, entryId);
      if (!e) throw notFound();
      return presentEntry(e, pc.tenantId);
    }), 200);
  });

  app.openapi(routes.patch, async (c) => {
    const user = requireUser(c, ...EDITORS);
    const { entryId } = c.req.valid('param');
    const { version, ...change } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const e = await ownEntry(tx, entryId, pc.tenantId);
      refuseIdentifiers(checkTexts(change, await sourceNames(tx, e.source_case_id)));
      const saved = await updateEntry(tx, entryId, user.userId, version, change);
      if (!saved) throw stale((await ownEntry(tx, entryId, pc.tenantId)).version);
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'library.changed', objectType: 'library_entry', objectId: entryId, data: { fields: Object.keys(change), sharing: saved.sharing } }]);
      return presentEntry((await entry(tx, entryId))!, pc.tenantId);
    }), 200);
  });

  app.openapi(routes.sharing, async (c) => {
    const { entryId } = c.req.valid('param');
    const { decision, note, version } = c.req.valid('json');
    const officer = decision === 'approve' || decision === 'refuse';
    const user = officer ? requireUser(c, 'privacy_officer') : requireUser(c, ...EDITORS);
    if (decision === 'refuse' && !note) throw invalid([{ field: 'note', message: 'Schrijf waarom deze oplossing niet gedeeld wordt' }]);
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const e = await ownEntry(tx, entryId, pc.tenantId);
      const allowed: Record<typeof decision, Sharing[]> = {
        request: ['local', 'refused'], withdraw: ['requested', 'approved'], approve: ['requested'], refuse: ['requested'],
      };
      if (!allowed[decision].includes(e.sharing as Sharing)) {
        throw conflict(`Dat kan nu niet: de oplossing staat op ‘${sharingLabel[e.sharing as Sharing].toLowerCase()}’. Vernieuw de pagina en kijk wat er veranderd is.`);
      }
      if (decision === 'approve') {
        refuseIdentifiers(checkTexts({ title: e.title, problem: e.problem, blocker: e.blocker, breakthrough: e.breakthrough, outcome: e.outcome },
          await sourceNames(tx, e.source_case_id)));
      }
      const next: Sharing = { request: 'requested', withdraw: 'local', approve: 'approved', refuse: 'refused' }[decision] as Sharing;
      if (!(await setSharing(tx, e.id, user.userId, version, next, note ?? null, officer))) throw stale(e.version);
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: `library.sharing_${decision}`, objectType: 'library_entry', objectId: e.id, data: { sharing: next } }]);
      return presentEntry((await entry(tx, e.id))!, pc.tenantId);
    }), 200);
  });

  app.openapi(routes.remove, async (c) => {
    const user = requireUser(c, ...EDITORS);
    const { entryId } = c.req.valid('param');
    const { version } = c.req.valid('query');
    await inTenant(deps, c, user, async (tx, pc) => {
      const e = await ownEntry(tx, entryId, pc.tenantId);
      if (!(await deleteEntry(tx, entryId, version))) throw stale(e.version);
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'library.removed', objectType: 'library_entry', objectId: entryId, data: { fromCase: !!e.source_case_id } }]);
    });
    return c.body(null, 204);
  });

  app.route('/', publishRoutes(deps));
  return app;
}
