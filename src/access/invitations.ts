import { createRoute, z } from '@hono/zod-openapi';
import { hashPassword, verifyPassword } from '../platform/auth/password.ts';
import { hit } from '../platform/auth/rate-limit.ts';
import { checkPasswordPolicy } from '../platform/auth/password-policy.ts';
import { startSession } from '../accounts/login.ts';
import { randomToken, sha256 } from '../platform/crypto/index.ts';
import { type Tx, withSystem } from '../platform/db/tenant.ts';
import { type Deps, clientAddress, inTenant, newRouter, processingContext, requireUser } from '../platform/http/context.ts';
import { Problem, forbidden, invalid, notFound } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { notify } from '../notifications/store.ts';
import { queueMail } from '../platform/mail/outbox.ts';
import { INVITATION_DAYS, OVERRIDE_HOURS, type CaseSection } from './model.ts';
import { CaseIdParam } from '../cases/schema.ts';
import { hasRight, invitationsOf, managedCase, presentTeam, recordTeamChange, requireGround, statusOf } from './team.ts';
import { AcceptInput, Accepted, CaseInvitationParams, InvitationPreview, InviteInput, InviteResult, Team, TokenInput } from './schema.ts';
import {
  addTeamMember, ensurePartnerAccount, insertInvitation, invitationByToken, invitationRows, markInvitationAccepted,
  privacyOfficers, revokeInvitation, userByEmail,
} from './store.ts';

const PUBLIC_LIMIT = { max: 20, windowSeconds: 3600 };

const invite = createRoute({
  method: 'post', path: '/api/cases/{id}/invitations', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Een ketenpartner uitnodigen voor gekozen onderdelen; kan alleen met toestemming of een andere grondslag',
  request: { params: CaseIdParam, body: { content: { 'application/json': { schema: InviteInput } }, required: true } },
  responses: { 201: { description: 'Uitgenodigd', content: { 'application/json': { schema: InviteResult } } }, ...problemResponses(401, 403, 404, 422) },
});
const revoke = createRoute({
  method: 'delete', path: '/api/cases/{id}/invitations/{invitationId}', tags: ['Casusteam'], security: [{ sessie: [] }],
  summary: 'Een uitnodiging intrekken voordat die is aangenomen',
  request: { params: CaseInvitationParams },
  responses: { 200: { description: 'Ingetrokken', content: { 'application/json': { schema: Team } } }, ...problemResponses(401, 404) },
});
const preview = createRoute({
  method: 'post', path: '/api/public/invitations/preview', tags: ['Casusteam'],
  summary: 'Wat een uitnodigingslink is: gemeente, organisatie en of er al een account is',
  request: { body: { content: { 'application/json': { schema: TokenInput } }, required: true } },
  responses: { 200: { description: 'Uitnodiging', content: { 'application/json': { schema: InvitationPreview } } }, ...problemResponses(404, 410, 429) },
});
const accept = createRoute({
  method: 'post', path: '/api/public/invitations/accept', tags: ['Casusteam'],
  summary: 'Een uitnodiging aannemen: maakt een account voor de ketenpartner (of gebruikt het bestaande) en logt in',
  request: { body: { content: { 'application/json': { schema: AcceptInput } }, required: true } },
  responses: { 200: { description: 'Aangenomen', content: { 'application/json': { schema: Accepted } } }, ...problemResponses(401, 404, 410, 422, 429) },
});

/** A link used twice, revoked or expired is refused with 410; an unknown one with 404. */
function usable(row: Awaited<ReturnType<typeof invitationByToken>>) {
  if (!row) throw notFound();
  const status = statusOf(row);
  if (status !== 'pending') {
    const why = { accepted: 'al gebruikt', revoked: 'ingetrokken', expired: 'verlopen' }[status];
    throw new Problem(410, 'uitnodiging-ongeldig', 'Uitnodiging niet meer geldig', `Deze uitnodiging is ${why}. Vraag de regisseur om een nieuwe.`);
  }
  return row;
}

async function throttle(deps: Deps, c: Parameters<typeof clientAddress>[1]) {
  const wait = await hit(deps.db, `uitnodiging:${sha256(clientAddress(deps, c))}`, PUBLIC_LIMIT);
  if (wait > 0) throw new Problem(429, 'te-veel-pogingen', 'Te veel pogingen', 'Probeer het later opnieuw.', undefined, { 'retry-after': String(wait) });
}

export function invitationRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(invite, async (c) => {
    const user = requireUser(c);
    const { id } = c.req.valid('param');
    const input = c.req.valid('json');
    const token = randomToken();
    const result = await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      const sections = [...new Set(input.sections)];
      if (input.emergency && !(await hasRight(tx, user.tenantId, user.userId, 'consent_override'))) {
        throw forbidden('Delen zonder toestemming mag alleen wie daar het recht voor heeft. Vraag uw teamleider.');
      }
      await requireGround(tx, id, input.organisation, sections, kase.internal_sections, !!input.emergency);
      const invitationId = await insertInvitation(tx, {
        tenantId: user.tenantId, caseId: id, email: input.email, name: input.name, organisation: input.organisation,
        role: input.role, sections, overrideReason: input.emergency?.reason ?? null, tokenHash: sha256(token),
        invitedBy: user.userId, expiresAt: new Date(Date.now() + INVITATION_DAYS * 86400_000),
      });
      await recordTeamChange(deps, tx, pc, kase, 'partner_invited',
        { invitation: invitationId, sections, role: input.role, emergency: !!input.emergency }, 'delen-met-ketenpartner');
      if (input.emergency) {
        await notify(tx, user.tenantId, (await privacyOfficers(tx, user.tenantId)).map((p) => p.user_id), 'emergency_share', id,
          { actor: user.name, reference: kase.reference, organisation: input.organisation, reason: input.emergency.reason });
      }
      await queueMail(tx, {
        tenantId: user.tenantId, to: input.email, subject: `Uitnodiging om mee te werken aan een casus (${kase.reference})`,
        body: invitationMail(input.name, user.name, `${publicUrl(deps, c)}/uitnodiging#${token}`),
      });
      return (await invitationsOf(tx, id)).find((i) => i.id === invitationId)!;
    });
    // The token travels in the fragment, which browsers never send to a server or in a Referer.
    return c.json({ invitation: result, link: `/uitnodiging#${token}` }, 201);
  });

  app.openapi(revoke, async (c) => {
    const user = requireUser(c);
    const { id, invitationId } = c.req.valid('param');
    return c.json(await inTenant(deps, c, user, async (tx, pc) => {
      const kase = await managedCase(tx, user, id);
      if (!(await revokeInvitation(tx, id, invitationId))) throw notFound();
      await recordTeamChange(deps, tx, pc, kase, 'invitation_revoked', { invitation: invitationId });
      return presentTeam(tx, kase);
    }), 200);
  });

  app.openapi(preview, async (c) => {
    await throttle(deps, c);
    const { token } = c.req.valid('json');
    const row = usable(await withSystem(deps.db, (tx) => invitationByToken(tx, sha256(token))));
    const existing = await withSystem(deps.db, (tx) => userByEmail(tx, row.email));
    return c.json({
      municipality: row.municipality, organisation: row.organisation, name: row.name, email: row.email,
      invitedBy: row.invited_by_name, expiresAt: new Date(row.expires_at).toISOString(), hasAccount: !!existing,
    }, 200);
  });

  app.openapi(accept, async (c) => {
    await throttle(deps, c);
    const input = c.req.valid('json');
    const tokenHash = sha256(input.token);
    const peek = usable(await withSystem(deps.db, (tx) => invitationByToken(tx, tokenHash)));
    const existing = await withSystem(deps.db, (tx) => userByEmail(tx, peek.email));
    // Someone who already has an account proves it is theirs; a new account gets a password that passes the policy.
    if (existing) {
      if (existing.disabled_at || !(await verifyPassword(existing.password_hash, input.password))) {
        throw new Problem(401, 'inloggen-mislukt', 'Wachtwoord klopt niet', 'Vul het wachtwoord in van uw bestaande account.');
      }
    } else {
      const problem = checkPasswordPolicy(input.password, { email: peek.email, name: input.name ?? peek.name });
      if (problem) throw invalid([{ field: 'password', message: problem }]);
    }
    const passwordHash = existing ? undefined : await hashPassword(input.password);
    const accepted = await withSystem(deps.db, async (tx) => {
      const row = usable(await invitationByToken(tx, tokenHash, true));
      const userId = await ensurePartnerAccount(tx, row.tenant_id, {
        userId: existing?.id, email: row.email, name: input.name ?? row.name, passwordHash, organisation: row.organisation,
      });
      await markInvitationAccepted(tx, row.id, userId);
      await addTeamMember(tx, row.tenant_id, row.case_id, userId, {
        role: row.role, sections: row.sections, organisation: row.organisation, addedBy: row.invited_by,
        overrideReason: row.override_reason, overrideUntil: row.override_reason ? new Date(Date.now() + OVERRIDE_HOURS * 3600_000) : null,
      });
      const kase = await tx.selectFrom('cases').select(['id', 'household_id', 'legal_basis', 'reference', 'coordinator_id'])
        .where('tenant_id', '=', row.tenant_id).where('id', '=', row.case_id).executeTakeFirstOrThrow();
      const pc = processingContext(c, row.tenant_id, userId);
      await recordTeamChange(deps, tx, pc, kase, 'partner_joined', { invitation: row.id, member: userId, sections: row.sections }, 'delen-met-ketenpartner');
      if (kase.coordinator_id) {
        await notify(tx, row.tenant_id, [kase.coordinator_id], 'invitation_accepted', row.case_id,
          { actor: input.name ?? row.name, organisation: row.organisation, reference: kase.reference });
      }
      return { userId, tenantId: row.tenant_id, caseId: row.case_id };
    });
    await startSession(deps, c, accepted, { method: 'password' });
    return c.json({ caseId: accepted.caseId }, 200);
  });

  return app;
}

function publicUrl(deps: Deps, c: { req: { url: string } }): string {
  return (deps.config.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
}

/** Plain Dutch; the mail names no resident, only the case reference and who invites. */
function invitationMail(name: string, inviter: string, link: string): string {
  return `Beste ${name},

${inviter} nodigt u uit om mee te werken aan een casus in Doorbraak. U ziet alleen de onderdelen die met u gedeeld zijn.

Open deze link om een account te maken of in te loggen:
${link}

De link werkt één keer en is 7 dagen geldig. Verwacht u deze uitnodiging niet? Dan kunt u dit bericht negeren.`;
}
