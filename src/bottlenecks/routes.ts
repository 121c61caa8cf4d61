import { createRoute } from '@hono/zod-openapi';
import { rule } from '../breakthrough/store.ts';
import { refuseIdentifiers } from '../library/guard.ts';
import { checkTexts } from '../library/model.ts';
import { existingContacts, setBottleneckContacts } from '../network/store.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden, invalid } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { POLICY_ONLY_DETAIL, policyOnly } from '../policy/model.ts';
import { caseBottleneckRoutes } from './case-routes.ts';
import { bottleneckDetail, count, presentList, requireBottleneck, seesExactCounts, shownCases, windowOf } from './evidence.ts';
import { isOpen, kindName, proposals, statusProblems } from './model.ts';
import { reportRoutes } from './report.ts';
import {
  BottleneckCases, BottleneckDetail, BottleneckInput, BottleneckParam, BottleneckPatch, Bottlenecks, BottlenecksQuery, ContactsInput, Groups,
  Proposals, Settings, SettingsInput,
} from './schema.ts';
import {
  bottlenecks, insertBottleneck, kindGroups, openBottleneckFor, organisationGroups, ruleGroups, saveSettings, settingsOf, updateBottleneck,
} from './store.ts';

/**
 * Systemic bottlenecks: blockers grouped by rule, organisation and kind; proposals when a rule or
 * organisation blocks enough cases; status with reasons; evidence; contacts; the signal report.
 */

const tags = ['Systeemknelpunten'];
const security = [{ sessie: [] }];
/** Who reads bottlenecks; only coordinators and mandate holders see counts below 5 and the cases. */
const READERS = ['coordinator', 'mandate_holder', 'administrator', 'policy'];
/** Who moves a bottleneck along: the coordinators who see it, and policy makers who put it on the agenda. */
const EDITORS = ['coordinator', 'administrator', 'policy'];
const detail = { description: 'Het systeemknelpunt met de onderbouwing', content: { 'application/json': { schema: BottleneckDetail } } };

const routes = {
  list: createRoute({
    method: 'get', path: '/api/bottlenecks', tags, security,
    summary: 'Systeemknelpunten met status en aantal casussen; open knelpunten eerst',
    request: { query: BottlenecksQuery },
    responses: { 200: { description: 'Systeemknelpunten', content: { 'application/json': { schema: Bottlenecks } } }, ...problemResponses(401, 403, 422) },
  }),
  proposals: createRoute({
    method: 'get', path: '/api/bottlenecks/proposals', tags, security,
    summary: 'Voorgestelde systeemknelpunten: regels en organisaties die in de gekozen periode bij minstens de drempel aan casussen blokkeren en nog geen open knelpunt hebben',
    responses: { 200: { description: 'Voorstellen', content: { 'application/json': { schema: Proposals } } }, ...problemResponses(401, 403) },
  }),
  groups: createRoute({
    method: 'get', path: '/api/bottlenecks/groups', tags, security,
    summary: 'Knelpunten uit casussen gegroepeerd per regel, organisatie en soort blokkade, in de gekozen periode',
    responses: { 200: { description: 'Groepen', content: { 'application/json': { schema: Groups } } }, ...problemResponses(401, 403) },
  }),
  settings: createRoute({
    method: 'get', path: '/api/bottlenecks/settings', tags, security,
    summary: 'De drempel (standaard 3 casussen) en de periode (standaard 12 maanden) voor voorstellen',
    responses: { 200: { description: 'Instellingen', content: { 'application/json': { schema: Settings } } }, ...problemResponses(401, 403) },
  }),
  saveSettings: createRoute({
    method: 'put', path: '/api/bottlenecks/settings', tags, security,
    summary: 'Drempel en periode wijzigen (alleen functioneel beheer); stuur de gelezen versie mee',
    request: { body: { content: { 'application/json': { schema: SettingsInput } }, required: true } },
    responses: { 200: { description: 'Instellingen', content: { 'application/json': { schema: Settings } } }, ...problemResponses(401, 403, 409, 422) },
  }),
  create: createRoute({
    method: 'post', path: '/api/bottlenecks', tags, security,
    summary: 'Een systeemknelpunt aanmaken voor een regel of organisatie, bijvoorbeeld uit een voorstel; de status wordt gesignaleerd',
    request: { body: { content: { 'application/json': { schema: BottleneckInput } }, required: true } },
    responses: { 201: detail, ...problemResponses(401, 403, 409, 422) },
  }),
  get: createRoute({
    method: 'get', path: '/api/bottlenecks/{bottleneckId}', tags, security,
    summary: 'Eén systeemknelpunt: de regel en wat die wil bereiken, aantallen, trend per kwartaal, kosten van de huidige hulp, soorten blokkade, leefgebieden, verloop en contacten',
    request: { params: BottleneckParam }, responses: { 200: detail, ...problemResponses(401, 403, 404, 422) },
  }),
  patch: createRoute({
    method: 'patch', path: '/api/bottlenecks/{bottleneckId}', tags, security,
    summary: 'Titel, eigenaar of status wijzigen (gesignaleerd · geagendeerd · in bespreking · opgelost · niet opgepakt); bij opgelost en niet opgepakt een toelichting; stuur de gelezen versie mee',
    request: { params: BottleneckParam, body: { content: { 'application/json': { schema: BottleneckPatch } }, required: true } },
    responses: { 200: detail, ...problemResponses(401, 403, 404, 409, 422) },
  }),
  contacts: createRoute({
    method: 'put', path: '/api/bottlenecks/{bottleneckId}/contacts', tags, security,
    summary: 'De contactpersonen uit de sociale kaart bij dit knelpunt vastleggen (vervangt de lijst)',
    request: { params: BottleneckParam, body: { content: { 'application/json': { schema: ContactsInput } }, required: true } },
    responses: { 200: detail, ...problemResponses(401, 403, 404, 422) },
  }),
  cases: createRoute({
    method: 'get', path: '/api/bottlenecks/{bottleneckId}/cases', tags, security,
    summary: 'De casussen achter het knelpunt, gepseudonimiseerd (letter, kwartaal, leefgebieden, soort blokkade, kostenbandbreedte); alleen voor regisseurs en beslissers, 403 voor beleid',
    request: { params: BottleneckParam },
    responses: { 200: { description: 'Gepseudonimiseerde casussen', content: { 'application/json': { schema: BottleneckCases } } }, ...problemResponses(401, 403, 404, 422) },
  }),
};

/** Texts about a bottleneck go to policy makers: they may not hold anything that points at a household. */
const refuseIdentifiersIn = (texts: Record<string, string | null | undefined>) => refuseIdentifiers(checkTexts(texts));

export function bottleneckRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(routes.list, async (c) => {
    const user = requireUser(c, ...READERS);
    const { status } = c.req.valid('query');
    const items = await inTenant(deps, c, user, async (tx) => presentList(tx, await bottlenecks(tx, status), seesExactCounts(user.roles)));
    return c.json({ items }, 200);
  });

  app.openapi(routes.proposals, async (c) => {
    const user = requireUser(c, ...READERS);
    const exact = seesExactCounts(user.roles);
    return c.json(await inTenant(deps, c, user, async (tx) => {
      const w = await windowOf(tx);
      const groups = [...await ruleGroups(tx, w.since), ...await organisationGroups(tx, w.since)];
      const items = proposals(groups, w.threshold).map((p) => {
        const suppressed: string[] = [];
        return { ...p, cases: count(p.cases, exact, 'cases', suppressed), suppressed };
      });
      return { threshold: w.threshold, windowMonths: w.windowMonths, since: w.since, items };
    }), 200);
  });

  app.openapi(routes.groups, async (c) => {
    const user = requireUser(c, ...READERS);
    const exact = seesExactCounts(user.roles);
    return c.json(await inTenant(deps, c, user, async (tx) => {
      const { since } = await windowOf(tx);
      const shape = (key: string, label: string, n: number) => {
        const suppressed: string[] = [];
        return { key, label, cases: count(n, exact, 'cases', suppressed), suppressed };
      };
      const byCount = <T extends { inWindow: number; label: string }>(a: T, b: T) => b.inWindow - a.inWindow || a.label.localeCompare(b.label, 'nl');
      return {
        since,
        rules: (await ruleGroups(tx, since)).sort(byCount).map((g) => shape(g.key, g.label, g.inWindow)),
        organisations: (await organisationGroups(tx, since)).sort(byCount).map((g) => shape(g.key, g.label, g.inWindow)),
        kinds: (await kindGroups(tx, since)).map((k) => shape(k.kind, kindName(k.kind), k.cases)),
      };
    }), 200);
  });

  app.openapi(routes.settings, async (c) => {
    const user = requireUser(c, ...READERS);
    return c.json(await inTenant(deps, c, user, (tx) => settingsOf(tx)), 200);
  });

  app.openapi(routes.saveSettings, async (c) => {
    const user = requireUser(c, 'administrator');
    const { version, ...values } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      if (!(await saveSettings(tx, pc.tenantId, user.userId, values, version))) {
        const now = await settingsOf(tx);
        throw conflict(`Iemand anders heeft de drempel net gewijzigd (nu versie ${now.version}: ${now.threshold} casussen in ${now.windowMonths} maanden). Haal de nieuwste versie op en probeer het opnieuw.`);
      }
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'bottleneck.settings', objectType: 'learning_setting', objectId: pc.tenantId, data: values }]);
      return settingsOf(tx);
    }), 200);
  });

  app.openapi(routes.create, async (c) => {
    const user = requireUser(c, ...EDITORS);
    const input = c.req.valid('json');
    refuseIdentifiersIn({ title: input.title, description: input.description, ownerOrganisation: input.ownerOrganisation });
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      let title = input.title;
      let key: string;
      if (input.basis === 'rule') {
        const r = input.ruleId ? await rule(tx, input.ruleId) : undefined;
        if (!r) throw invalid([{ field: 'ruleId', message: 'Kies een regel uit de regelcatalogus van de gemeente' }]);
        key = r.id;
        title ??= `${r.law}${r.article ? ` ${r.article}` : ''}: ${r.name}`;
      } else {
        if (!input.organisation) throw invalid([{ field: 'organisation', message: 'Vul de organisatie in' }]);
        key = input.organisation.toLowerCase().replace(/\s+/g, ' ').trim();
        title ??= `Knelpunt bij ${input.organisation}`;
      }
      const open = await openBottleneckFor(tx, input.basis, key);
      if (open) throw conflict(`Hiervoor loopt al een systeemknelpunt: ‘${open.title}’. Vul dat aan in plaats van een tweede te beginnen.`);
      const id = await insertBottleneck(tx, pc.tenantId, user.userId, {
        basis: input.basis, ruleId: input.basis === 'rule' ? key : null, organisationKey: input.basis === 'organisation' ? key : null,
        title: title.slice(0, 200), description: input.description, ownerOrganisation: input.ownerOrganisation,
      });
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'bottleneck.created', objectType: 'systemic_bottleneck', objectId: id, data: { basis: input.basis } }]);
      return bottleneckDetail(tx, id, seesExactCounts(user.roles));
    }), 201);
  });

  app.openapi(routes.get, async (c) => {
    const user = requireUser(c, ...READERS);
    const { bottleneckId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, (tx) => bottleneckDetail(tx, bottleneckId, seesExactCounts(user.roles))), 200);
  });

  app.openapi(routes.patch, async (c) => {
    const user = requireUser(c, ...EDITORS);
    const { bottleneckId } = c.req.valid('param');
    const { version, ...change } = c.req.valid('json');
    refuseIdentifiersIn({ title: change.title, description: change.description, ownerOrganisation: change.ownerOrganisation, reason: change.reason });
    if (change.status) {
      const problems = statusProblems({ status: change.status, reason: change.reason, resolution: change.resolution });
      if (problems.length) throw invalid(problems);
    } else if (change.reason !== undefined || change.resolution !== undefined) {
      throw invalid([{ field: 'status', message: 'Een toelichting of oplossing hoort bij een nieuwe status: stuur de status mee' }]);
    }
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const before = await requireBottleneck(tx, bottleneckId);
      if (change.status && before.basis !== 'manual' && isOpen(change.status) && !isOpen(before.status as never)) {
        const open = await openBottleneckFor(tx, before.basis as 'rule' | 'organisation', (before.rule_id ?? before.organisation_key)!);
        if (open) throw conflict(`Hiervoor loopt inmiddels een ander systeemknelpunt: ‘${open.title}’.`);
      }
      if (!(await updateBottleneck(tx, pc.tenantId, user.userId, bottleneckId, version, change))) {
        const now = await requireBottleneck(tx, bottleneckId);
        throw conflict(`Iemand anders heeft dit systeemknelpunt net gewijzigd (nu versie ${now.version}, status ${now.status}). Uw wijziging is niet opgeslagen. Haal de nieuwste versie op en probeer het opnieuw.`);
      }
      await appendAudit(tx, pc.tenantId, [{
        actorId: user.userId, action: change.status ? 'bottleneck.status' : 'bottleneck.changed', objectType: 'systemic_bottleneck', objectId: bottleneckId,
        data: { fields: Object.keys(change), ...(change.status ? { status: change.status, resolution: change.resolution ?? null } : {}), version: version + 1 },
      }]);
      return bottleneckDetail(tx, bottleneckId, seesExactCounts(user.roles));
    }), 200);
  });

  app.openapi(routes.contacts, async (c) => {
    const user = requireUser(c, ...EDITORS);
    const { bottleneckId } = c.req.valid('param');
    const ids = [...new Set(c.req.valid('json').contactIds)];
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      await requireBottleneck(tx, bottleneckId);
      const known = await existingContacts(tx, ids);
      if (ids.some((id) => !known.has(id))) throw invalid([{ field: 'contactIds', message: 'Kies contacten uit de sociale kaart van de gemeente; een van de gekozen contacten bestaat niet' }]);
      await setBottleneckContacts(tx, pc.tenantId, bottleneckId, ids);
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'bottleneck.contacts', objectType: 'systemic_bottleneck', objectId: bottleneckId, data: { contacts: ids } }]);
      return bottleneckDetail(tx, bottleneckId, seesExactCounts(user.roles));
    }), 200);
  });

  app.openapi(routes.cases, async (c) => {
    const user = requireUser(c);
    if (policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
    if (!seesExactCounts(user.roles)) throw forbidden('De casussen achter een knelpunt zijn voor regisseurs en beslissers.');
    const { bottleneckId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const b = await requireBottleneck(tx, bottleneckId);
      return shownCases(tx, deps.crypto, pc, b, (await windowOf(tx)).since);
    }), 200);
  });

  app.route('/', reportRoutes(deps));
  app.route('/', caseBottleneckRoutes(deps));
  return app;
}
