import { createRoute } from '@hono/zod-openapi';
import { canManageTeam } from '../access/model.ts';
import type { BlockerKind } from '../breakthrough/model.ts';
import type { LifeDomain } from '../cases/model.ts';
import { caseWithSections, logRead, recordChange } from '../breakthrough/guard.ts';
import { municipalityName } from '../breakthrough/store.ts';
import { intakesOfCase } from '../intake/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { conflict, forbidden } from '../platform/http/problem.ts';
import { POLICY_ONLY_DETAIL, policyOnly } from '../policy/model.ts';
import { checkTexts, similarityMatch, similarityReasons } from './model.ts';
import { libraryReader, refuseIdentifiers } from './guard.ts';
import { CaseParam, CheckInput, CheckResult, Draft, Entry, PublishInput, Similar } from './schema.ts';
import { entriesByIds, entry, entryOfCase, insertEntry, similarEntries } from './store.ts';
import { caseMaterial, flatFindings, householdNames, presentEntry } from './views.ts';

/** From a case to the library: the draft, publishing, a check of any text, and similar solutions in step 4. */

const tags = ['Oplossingenbibliotheek'];
const security = [{ sessie: [] }];

const routes = {
  draft: createRoute({
    method: 'get', path: '/api/cases/{id}/library-draft', tags, security,
    summary: 'Voorstel voor een bibliotheekitem uit een afgesloten casus met een doorbraak, met wat er nog herleidbaar is per veld (alleen de regisseur van de casus)',
    request: { params: CaseParam },
    responses: { 200: { description: 'Het voorstel', content: { 'application/json': { schema: Draft } } }, ...problemResponses(401, 403, 404, 422) },
  }),
  publish: createRoute({
    method: 'post', path: '/api/cases/{id}/library-entry', tags, security,
    summary: 'Een doorbraak publiceren in de oplossingenbibliotheek; 422 zolang een tekst nog een naam, BSN, adres, postcode, telefoonnummer, e-mailadres of datum bevat, met per veld wat er gevonden is',
    request: { params: CaseParam, body: { content: { 'application/json': { schema: PublishInput } }, required: true } },
    responses: { 201: { description: 'De gepubliceerde oplossing', content: { 'application/json': { schema: Entry } } }, ...problemResponses(401, 403, 404, 409, 422) },
  }),
  check: createRoute({
    method: 'post', path: '/api/library/check', tags, security,
    summary: 'Teksten controleren op herleidbare gegevens zonder iets op te slaan; met caseId ook op de namen van de gezinsleden',
    request: { body: { content: { 'application/json': { schema: CheckInput } }, required: true } },
    responses: { 200: { description: 'Wat er gevonden is', content: { 'application/json': { schema: CheckResult } } }, ...problemResponses(401, 403, 404, 422) },
  }),
  similar: createRoute({
    method: 'get', path: '/api/cases/{id}/similar-solutions', tags, security,
    summary: 'Vergelijkbare oplossingen voor het knelpunt van deze casus (stap 4): op leefgebieden, soort blokkade, regels en tekst, met de reden erbij; 403 voor beleid en voor ketenpartners',
    request: { params: CaseParam },
    responses: { 200: { description: 'Hooguit 5 oplossingen, de best passende eerst', content: { 'application/json': { schema: Similar } } }, ...problemResponses(401, 403, 404, 422) },
  }),
};

function caseWorker(c: Parameters<typeof requireUser>[0]): SessionUser {
  const user = requireUser(c);
  if (policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
  return user;
}

const why = (status: string, outcome: string | null) => (status !== 'closed'
  ? 'De casus is nog niet afgesloten. Publiceren kan als de casus is afgesloten met een doorbraak.'
  : outcome !== 'breakthrough' ? 'De casus is afgesloten zonder doorbraak. Alleen doorbraken gaan de bibliotheek in.' : null);

export function publishRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(routes.draft, async (c) => {
    const user = caseWorker(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      if (!canManageTeam(kase.access)) throw forbidden('Alleen de regisseur van de casus publiceert een doorbraak.');
      const m = await caseMaterial(tx, id);
      await logRead(deps, tx, pc, kase, 'oplossing-publiceren', 'library_entry');
      const b = m.blocker;
      const texts = {
        title: (b.proposedStep ?? '').split(/[.,;:]/)[0].slice(0, 120), problem: b.problem ?? '', blocker: b.blockedBy ?? '',
        breakthrough: b.proposedStep ?? '', outcome: m.outcomeNote ?? '',
      };
      const existing = await entryOfCase(tx, id);
      const reason = existing ? 'Deze doorbraak staat al in de bibliotheek.' : why(m.status, m.outcome);
      return {
        publishable: reason === null, reason, existingEntryId: existing?.id ?? null, texts,
        findings: flatFindings(checkTexts(texts, await householdNames(tx, m.householdId))),
        costs: m.costs, lifeDomains: m.lifeDomains as LifeDomain[], blockerKinds: b.kinds as BlockerKind[], rules: m.rules.map(({ code, label }) => ({ code, label })),
      };
    }), 200);
  });

  app.openapi(routes.publish, async (c) => {
    const user = caseWorker(c);
    const { id } = c.req.valid('param');
    const { requestSharing, ...texts } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      if (!canManageTeam(kase.access)) throw forbidden('Alleen de regisseur van de casus publiceert een doorbraak.');
      const m = await caseMaterial(tx, id);
      const reason = why(m.status, m.outcome);
      if (reason) throw conflict(reason);
      if (await entryOfCase(tx, id)) throw conflict('Deze doorbraak staat al in de bibliotheek. Verbeter de bestaande oplossing in plaats van een tweede te publiceren.');
      refuseIdentifiers(checkTexts(texts, await householdNames(tx, m.householdId)));
      const entryId = await insertEntry(tx, pc.tenantId, user.userId, {
        ...texts, outcome: texts.outcome ?? null, ...m.costs, lifeDomains: m.lifeDomains, blockerKinds: m.blocker.kinds, rules: m.rules,
        sourceCaseId: id, municipality: (await municipalityName(tx, pc.tenantId)).name, sharing: requestSharing ? 'requested' : 'local',
        origin: `Doorbraak uit een casus van ${(await municipalityName(tx, pc.tenantId)).name}`,
      });
      await recordChange(deps, tx, pc, kase, {
        event: 'library_published', activity: 'oplossing-publiceren', action: 'create', objectType: 'library_entry', objectId: entryId,
        data: { entry: entryId, sharingRequested: requestSharing },
      });
      return presentEntry((await entry(tx, entryId))!, pc.tenantId);
    }), 201);
  });

  app.openapi(routes.check, async (c) => {
    const user = libraryReader(c);
    const { texts, caseId } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      let names: string[] = [];
      if (caseId) {
        if (policyOnly(user.roles)) throw forbidden(POLICY_ONLY_DETAIL);
        const kase = await caseWithSections(tx, user, caseId, 'household');
        await logRead(deps, tx, pc, kase, 'oplossing-publiceren', 'person');
        names = await householdNames(tx, kase.household_id);
      }
      const findings = flatFindings(checkTexts(texts, names));
      return { clean: findings.length === 0, findings };
    }), 200);
  });

  app.openapi(routes.similar, async (c) => {
    // The suggestions are whole library entries: a partner invited to the case does not browse the library through it.
    libraryReader(c);
    const user = caseWorker(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseWithSections(tx, user, id, 'breakthrough');
      const m = await caseMaterial(tx, id);
      await logRead(deps, tx, pc, kase, 'oplossingen-vergelijken', 'blocker');
      const b = m.blocker;
      let text = [b.problem, b.blockedBy, b.proposedStep].filter(Boolean).join(' ');
      // Before step 4 is filled in, the household's story says what is stuck.
      if (!text.trim() && kase.access.sections.includes('story')) text = (await intakesOfCase(tx, id))[0]?.story ?? '';
      const input = { lifeDomains: m.lifeDomains, kinds: b.kinds, ruleCodes: m.rules.map((r) => r.code) };
      const scored = await similarEntries(tx, { ...input, text, excludeCaseId: id }, 5);
      const rows = new Map((await entriesByIds(tx, scored.map((s) => s.id))).map((r) => [r.id, r]));
      return {
        items: scored.filter((s) => rows.has(s.id)).map((s) => {
          const e = rows.get(s.id)!;
          const match = similarityMatch(input, { lifeDomains: e.life_domains, kinds: e.blocker_kinds, ruleCodes: e.rule_codes }, s.text_match);
          return { entry: presentEntry(e, pc.tenantId), score: Math.round(Number(s.score) * 100) / 100, match, reasons: similarityReasons(match) };
        }),
      };
    }), 200);
  });

  return app;
}
