import { createRoute } from '@hono/zod-openapi';
import { uuidv7 } from 'uuidv7';
import { caseSection } from '../access/sections.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { addEvent } from '../cases/store.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { Problem, conflict, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing } from '../platform/log/processing.ts';
import { maskBsn } from './bsn.ts';
import { type MemberValues, changedFields, matchKeyFor, relations } from './model.ts';
import { Member, MemberChangeInput, MemberParams, Members, NewMemberInput } from './schema.ts';
import { type MemberChange, bsnInHousehold, insertMember, memberOf, membersOf, updateMember } from './store.ts';

const tags = ['Huishouden'];
const memberResponse = (description: string) => ({ description, content: { 'application/json': { schema: Member } } });

const list = createRoute({
  method: 'get', path: '/api/cases/{id}/household/members', tags, security: [{ sessie: [] }],
  summary: 'De gezinsleden van het huishouden, met hun versie om te kunnen wijzigen',
  request: { params: CaseIdParam },
  responses: { 200: { description: 'Gezinsleden', content: { 'application/json': { schema: Members } } }, ...problemResponses(401, 404) },
});
const add = createRoute({
  method: 'post', path: '/api/cases/{id}/household/members', tags, security: [{ sessie: [] }],
  summary: 'Een gezinslid toevoegen: naam, relatie, en als bekend geboortedatum en BSN (elfproef)',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: NewMemberInput } }, required: true } },
  responses: { 201: memberResponse('Toegevoegd'), ...problemResponses(401, 403, 404, 409, 422) },
});
const change = createRoute({
  method: 'patch', path: '/api/cases/{id}/household/members/{personId}', tags, security: [{ sessie: [] }],
  summary: 'Een gezinslid wijzigen, met de versie die u zag (anders 409)',
  request: { params: MemberParams, body: { content: { 'application/json': { schema: MemberChangeInput } }, required: true } },
  responses: { 200: memberResponse('Gewijzigd'), ...problemResponses(401, 403, 404, 409, 422) },
});

type Row = { id: string; name: string; birth_date: string | null; relation: string | null; bsn_encrypted: string | null; version: number };
const present = (crypto: Crypto, p: Row, seesBsn: boolean) => ({
  id: p.id, name: p.name, birthDate: p.birth_date, relation: p.relation, version: p.version,
  bsnMasked: p.bsn_encrypted && seesBsn ? maskBsn(crypto.decrypt(p.bsn_encrypted)) : null,
});

/** The BSN is restricted: partners never see it, so they do not record one either. */
const noBsnForPartners = () => invalid([{ field: 'bsn', message: 'Een BSN legt alleen een medewerker van de gemeente vast' }]);
const sameBsn = () => invalid([{ field: 'bsn', message: 'Dit BSN staat al bij een ander gezinslid van dit huishouden' }]);

export function householdRoutes(deps: Deps) {
  const app = newRouter();
  const { crypto } = deps;

  app.openapi(list, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'household', 'read');
      const members = await membersOf(tx, [kase.household_id]);
      await logProcessing(tx, pc, {
        activity: 'huishouden-bijhouden', action: 'read', objectType: 'household', objectId: kase.household_id, caseId: id,
        legalBasis: kase.legal_basis, subjects: members.map((m) => crypto.pseudonym('person', m.id)),
      });
      return { householdId: kase.household_id, members: members.map((m) => present(crypto, m, kase.access.seesBsn)), relations: [...relations] };
    }), 200);
  });

  app.openapi(add, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'household', 'change');
      const bsn = input.bsn ?? null;
      if (bsn && !kase.access.seesBsn) throw noBsnForPartners();
      const bsnHash = bsn ? crypto.searchHash(bsn) : null;
      if (bsnHash && await bsnInHousehold(tx, kase.household_id, bsnHash)) throw sameBsn();
      const personId = uuidv7();
      const birthDate = input.birthDate ?? null;
      await insertMember(tx, pc.tenantId, kase.household_id, personId, {
        name: input.name, birthDate, relation: input.relation, bsnEncrypted: bsn ? crypto.encrypt(bsn) : null, bsnHash,
        matchKey: matchKeyFor(personId, input.name, birthDate),
      });
      const fields = ['name', 'relation', ...(birthDate ? ['birthDate'] : []), ...(bsn ? ['bsn'] : [])];
      await addEvent(tx, pc.tenantId, id, 'household_member_added', pc.actorId, { personId });
      await logProcessing(tx, pc, {
        activity: 'huishouden-bijhouden', action: 'create', objectType: 'person', objectId: personId, caseId: id,
        legalBasis: kase.legal_basis, subjects: [crypto.pseudonym('person', personId)],
      });
      await appendAudit(tx, pc.tenantId, [{ actorId: pc.actorId, action: 'household.member_added', objectType: 'person', objectId: personId, data: { caseId: id, fields } }]);
      const row = await memberOf(tx, kase.household_id, personId);
      return present(crypto, row!, kase.access.seesBsn);
    }), 201);
  });

  app.openapi(change, async (c) => {
    const user = requireUser(c);
    const { id, personId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await caseSection(tx, user, id, 'household', 'change');
      const p = await memberOf(tx, kase.household_id, personId);
      if (!p) throw notFound();
      if (p.erased_at) throw conflict('De gegevens van dit gezinslid zijn gewist. Er is niets meer te wijzigen.');
      const stale = () => new Problem(409, 'conflict', 'Conflict',
        `Iemand anders heeft dit gezinslid net gewijzigd. Uw wijziging is niet opgeslagen. Vernieuw de gegevens (nu versie ${p.version}) en probeer het opnieuw.`,
        [{ field: 'version', message: `De huidige versie is ${p.version}` }]);
      if (input.version !== p.version) throw stale();
      if (input.bsn !== undefined && !kase.access.seesBsn) throw noBsnForPartners();

      const current: MemberValues = { name: p.name, birthDate: p.birth_date, relation: p.relation, bsn: p.bsn_encrypted ? crypto.decrypt(p.bsn_encrypted) : null };
      const fields = changedFields(current, input);
      if (fields.length === 0) return present(crypto, p, kase.access.seesBsn);
      const set: MemberChange = {};
      if (fields.includes('name')) set.name = input.name!;
      if (fields.includes('birthDate')) set.birth_date = input.birthDate ?? null;
      if (fields.includes('relation')) set.relation = input.relation!;
      if (fields.includes('bsn')) {
        const bsnHash = input.bsn ? crypto.searchHash(input.bsn) : null;
        if (bsnHash && await bsnInHousehold(tx, kase.household_id, bsnHash, p.id)) throw sameBsn();
        set.bsn_encrypted = input.bsn ? crypto.encrypt(input.bsn) : null;
        set.bsn_hash = bsnHash;
      }
      if (set.name !== undefined || set.birth_date !== undefined) {
        set.match_key = matchKeyFor(p.id, set.name ?? p.name, set.birth_date !== undefined ? set.birth_date : p.birth_date);
      }
      if (!(await updateMember(tx, p.id, p.version, set))) throw stale();
      await addEvent(tx, pc.tenantId, id, 'household_member_changed', pc.actorId, { personId, fields });
      await logProcessing(tx, pc, {
        activity: 'huishouden-bijhouden', action: 'update', objectType: 'person', objectId: personId, caseId: id,
        legalBasis: kase.legal_basis, subjects: [crypto.pseudonym('person', personId)],
      });
      await appendAudit(tx, pc.tenantId, [{ actorId: pc.actorId, action: 'household.member_changed', objectType: 'person', objectId: personId, data: { caseId: id, fields } }]);
      return present(crypto, (await memberOf(tx, kase.household_id, personId))!, kase.access.seesBsn);
    }), 200);
  });

  return app;
}
