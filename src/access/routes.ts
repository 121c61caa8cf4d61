import { createRoute } from '@hono/zod-openapi';
import { visibleCase } from '../cases/overview.ts';
import { addEvent } from '../cases/store.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { coveredSections } from '../consent/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingContext, logProcessing } from '../platform/log/processing.ts';
import { breakGlassRoutes } from './break-glass.ts';
import { managedCase, presentTeam, recordTeamChange, requireGround } from './team.ts';
import { invitationRoutes } from './invitations.ts';
import { type CaseSection, canManageTeam, isPartner } from './model.ts';
import {
  AddMemberInput, CaseProcessing, CaseUserParams, Colleagues, InternalSectionsInput, Team, UpdateMemberInput,
} from './schema.ts';
import { addTeamMember, breakGlassOfCase, colleague, colleagues, processingOfCase, removeTeamMember, setInternalSections, team, updateTeamMember } from './store.ts';

const teamResponse = { description: 'Het casusteam', content: { 'application/json': { schema: Team } } };
const getTeam = createRoute({
  method: 'get', path: '/api/cases/{id}/team', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Wie in het casusteam zit, met rol en gedeelde onderdelen, en de openstaande uitnodigingen',
  request: { params: CaseIdParam }, responses: { 200: teamResponse, ...problemResponses(401, 404) },
});
const addMember = createRoute({
  method: 'post', path: '/api/cases/{id}/team', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Een collega van de gemeente aan het team toevoegen (alleen de regisseur)',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: AddMemberInput } }, required: true } },
  responses: { 200: teamResponse, ...problemResponses(401, 404, 422) },
});
const updateMember = createRoute({
  method: 'patch', path: '/api/cases/{id}/team/{userId}', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Rol of gedeelde onderdelen van een teamlid wijzigen (alleen de regisseur)',
  request: { params: CaseUserParams, body: { content: { 'application/json': { schema: UpdateMemberInput } }, required: true } },
  responses: { 200: teamResponse, ...problemResponses(401, 404, 422) },
});
const removeMember = createRoute({
  method: 'delete', path: '/api/cases/{id}/team/{userId}', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Iemand uit het team halen, of zelf het team verlaten; de toegang stopt meteen',
  request: { params: CaseUserParams }, responses: { 204: { description: 'Verwijderd' }, ...problemResponses(401, 404, 409) },
});
const internal = createRoute({
  method: 'put', path: '/api/cases/{id}/internal-sections', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Onderdelen intern houden: ketenpartners zien ze nooit (alleen de regisseur)',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: InternalSectionsInput } }, required: true } },
  responses: { 200: teamResponse, ...problemResponses(401, 404, 409, 422) },
});
const processing = createRoute({
  method: 'get', path: '/api/cases/{id}/processing', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Wie heeft deze casus ingezien of gewijzigd, wanneer en waarom (alleen de regisseur)',
  request: { params: CaseIdParam },
  responses: { 200: { description: 'Verwerkingen', content: { 'application/json': { schema: CaseProcessing } } }, ...problemResponses(401, 404) },
});
const listColleagues = createRoute({
  method: 'get', path: '/api/colleagues', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Collega’s van de gemeente die aan een casusteam kunnen meewerken',
  responses: { 200: { description: 'Collega’s', content: { 'application/json': { schema: Colleagues } } }, ...problemResponses(401, 403) },
});

export function accessRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(getTeam, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx) => {
      const kase = await visibleCase(tx, user, id);
      return presentTeam(tx, kase);
    }), 200);
  });

  app.openapi(addMember, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      const who = await colleague(tx, user.tenantId, input.userId);
      if (!who || who.disabled_at || isPartner(who.roles) || !who.roles.some((r) => r === 'coordinator' || r === 'mandate_holder')) {
        throw invalid([{ field: 'userId', message: 'Kies een collega van de gemeente die aan casussen werkt. Ketenpartners nodigt u uit.' }]);
      }
      if (who.id === kase.coordinator_id) throw invalid([{ field: 'userId', message: 'Deze collega is al de regisseur' }]);
      await addTeamMember(tx, pc.tenantId, id, who.id, { role: input.role, organisation: who.organisation, addedBy: user.userId });
      await recordTeamChange(deps, tx, pc, kase, 'member_added', { member: who.id, role: input.role });
      return presentTeam(tx, kase);
    }), 200);
  });

  app.openapi(updateMember, async (c) => {
    const user = requireUser(c);
    const { id, userId } = c.req.valid('param');
    const input = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      const member = (await team(tx, id)).find((m) => m.user_id === userId);
      if (!member) throw notFound();
      if (member.role === 'coordinator') throw invalid([{ field: 'userId', message: 'De rol van de regisseur verandert alleen bij een overdracht' }]);
      if (input.sections) {
        if (!isPartner(member.roles ?? [])) throw invalid([{ field: 'sections', message: 'Collega’s van de gemeente zien alle onderdelen' }]);
        await requireGround(tx, id, member.organisation ?? '', input.sections, kase.internal_sections, !!member.override_until && member.override_until > new Date());
      }
      await updateTeamMember(tx, id, userId, input);
      await recordTeamChange(deps, tx, pc, kase, 'member_changed', { member: userId, ...input });
      return presentTeam(tx, kase);
    }), 200);
  });

  app.openapi(removeMember, async (c) => {
    const user = requireUser(c);
    const { id, userId } = c.req.valid('param');
    await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await visibleCase(tx, user, id);
      const leaving = userId === user.userId;
      if (!leaving && !canManageTeam(kase.access)) throw notFound();
      const member = (await team(tx, id)).find((m) => m.user_id === userId);
      if (!member) throw notFound();
      if (member.role === 'coordinator') throw conflict('Een casus is nooit zonder regisseur. Draag de casus eerst over aan een collega.');
      await removeTeamMember(tx, id, userId);
      await recordTeamChange(deps, tx, pc, kase, leaving ? 'member_left' : 'member_removed', { member: userId });
    });
    return c.body(null, 204);
  });

  app.openapi(internal, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const { sections, version } = c.req.valid('json');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      const unique = [...new Set(sections)];
      const updated = await setInternalSections(tx, id, unique, version);
      if (!updated) {
        throw conflict('Iemand anders heeft deze casus net gewijzigd. Vernieuw de pagina en probeer het opnieuw.');
      }
      await recordTeamChange(deps, tx, pc, kase, 'internal_sections_changed', { sections: unique });
      return presentTeam(tx, { id, internal_sections: unique, version: updated.version });
    }), 200);
  });

  app.openapi(processing, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      const [lines, glass] = await Promise.all([processingOfCase(tx, id), breakGlassOfCase(tx, id)]);
      await logProcessing(tx, pc, {
        activity: 'inzage-casus-verwerkingen', action: 'read', objectType: 'processing_log', objectId: id, caseId: id,
        legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
      });
      return {
        lines: lines.map((l) => ({
          at: new Date(l.at).toISOString(), actor: l.actor, organisation: l.organisation, activity: l.activity, purpose: l.purpose,
          action: l.action, subjects: Number(l.subjects),
        })),
        breakGlass: glass.map((g) => ({ at: new Date(g.opened_at).toISOString(), until: new Date(g.expires_at).toISOString(), name: g.name, reason: g.reason })),
      };
    }), 200);
  });

  app.openapi(listColleagues, async (c) => {
    const user = requireUser(c, 'coordinator');
    const rows = await inTenant(deps, c, user, (tx) => colleagues(tx, user.tenantId));
    return c.json({ items: rows.filter((r) => !isPartner(r.roles)).map((r) => ({ id: r.id, name: r.name, organisation: r.organisation, roles: r.roles })) }, 200);
  });

  app.route('/', invitationRoutes(deps));
  app.route('/', breakGlassRoutes(deps));
  return app;
}

