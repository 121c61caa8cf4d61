import { z } from '@hono/zod-openapi';
import { isValidBsn, normalizeBsn } from '../households/bsn.ts';
import { caseRoles, caseSections } from './model.ts';

const Sections = z.array(z.enum(caseSections, { error: 'Onbekend onderdeel' })).max(caseSections.length);
const Reason = (min: number, what: string) => z.string({ error: `Geef een reden: ${what}` }).trim()
  .min(min, `Geef een reden van minstens ${min} tekens: ${what}`).max(2000);

export const CaseUserParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  userId: z.string().uuid('Dit is geen geldige gebruiker'),
});
export const CaseInvitationParams = z.object({
  id: z.string().uuid('Dit is geen geldig casusnummer'),
  invitationId: z.string().uuid('Dit is geen geldige uitnodiging'),
});

export const TeamMember = z.object({
  userId: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable(), organisation: z.string().nullable(),
  role: z.enum(caseRoles), partner: z.boolean(), sections: z.array(z.enum(caseSections)).nullable(), addedAt: z.string(),
  overrideUntil: z.string().nullable(),
});
export const Invitation = z.object({
  id: z.string(), email: z.string(), name: z.string(), organisation: z.string(), role: z.enum(['contributor', 'reader']),
  sections: z.array(z.enum(caseSections)), status: z.enum(['pending', 'accepted', 'expired', 'revoked']),
  createdAt: z.string(), expiresAt: z.string(), emergency: z.boolean(),
});
export const Team = z.object({
  members: z.array(TeamMember), invitations: z.array(Invitation), internalSections: z.array(z.enum(caseSections)),
  version: z.number().int(),
}).openapi('CaseTeam');

export const AddMemberInput = z.object({
  userId: z.string({ error: 'Kies een collega' }).uuid('Kies een collega'),
  role: z.enum(['contributor', 'reader'], { error: "Kies 'contributor' (meewerken) of 'reader' (meelezen)" }),
}).openapi('AddMemberInput');

export const UpdateMemberInput = z.object({
  role: z.enum(['contributor', 'reader'], { error: "Kies 'contributor' of 'reader'" }).optional(),
  sections: Sections.optional(),
}).openapi('UpdateMemberInput');

export const InternalSectionsInput = z.object({
  sections: Sections, version: z.number({ error: 'Versie ontbreekt' }).int(),
}).openapi('InternalSectionsInput');

export const InviteInput = z.object({
  email: z.string({ error: 'Vul een e-mailadres in' }).trim().toLowerCase().email('Vul een geldig e-mailadres in').max(254),
  name: z.string({ error: 'Vul de naam in' }).trim().min(2, 'Vul de naam in').max(200),
  organisation: z.string({ error: 'Vul de organisatie in' }).trim().min(2, 'Vul de organisatie in').max(200),
  role: z.enum(['contributor', 'reader'], { error: "Kies 'contributor' of 'reader'" }),
  sections: Sections.min(1, 'Kies ten minste één onderdeel om te delen'),
  emergency: z.object({ reason: Reason(20, 'waarom delen zonder toestemming nu nodig is') }).optional()
    .openapi({ description: 'Noodgeval: delen zonder toestemming (alleen met het recht consent_override; wordt gemeld aan de privacy officer)' }),
}).openapi('InviteInput');

export const InviteResult = z.object({
  invitation: Invitation,
  link: z.string().openapi({ description: 'Eenmalige link; wordt ook per e-mail verstuurd. Alleen nu zichtbaar.' }),
}).openapi('InviteResult');

export const TokenInput = z.object({ token: z.string({ error: 'De uitnodigingscode ontbreekt' }).min(20).max(200) });
export const InvitationPreview = z.object({
  municipality: z.string(), organisation: z.string(), name: z.string(), email: z.string(), invitedBy: z.string(),
  expiresAt: z.string(), hasAccount: z.boolean(),
}).openapi('InvitationPreview');
export const AcceptInput = TokenInput.extend({
  name: z.string().trim().min(2, 'Vul uw naam in').max(200).optional(),
  password: z.string({ error: 'Vul een wachtwoord in' }).min(1, 'Vul een wachtwoord in').max(128, 'Maximaal 128 tekens'),
}).openapi('AcceptInvitationInput');
export const Accepted = z.object({ caseId: z.string() }).openapi('InvitationAccepted');

export const BreakGlassInput = z.object({ reason: Reason(20, 'waarom u deze casus nu moet inzien') }).openapi('BreakGlassInput');
export const BreakGlassSearchInput = BreakGlassInput.extend({
  bsn: z.string().transform(normalizeBsn).refine(isValidBsn, 'Dit is geen geldig BSN').optional(),
  name: z.string().trim().min(2).max(200).optional(),
  birthDate: z.iso.date('Gebruik de vorm JJJJ-MM-DD').optional(),
}).refine((v) => v.bsn || (v.name && v.birthDate), { message: 'Vul een BSN in, of naam en geboortedatum', path: ['bsn'] })
  .openapi('BreakGlassSearchInput');
export const BreakGlassResult = z.object({ caseId: z.string(), until: z.string() }).openapi('BreakGlassResult');

export const ProcessingLine = z.object({
  at: z.string(), actor: z.string().nullable(), organisation: z.string().nullable(), activity: z.string(), purpose: z.string(),
  action: z.enum(['read', 'create', 'update', 'delete']), subjects: z.number().int(),
});
export const CaseProcessing = z.object({
  lines: z.array(ProcessingLine),
  breakGlass: z.array(z.object({ at: z.string(), until: z.string(), name: z.string(), reason: z.string() })),
}).openapi('CaseProcessing');

export const Colleagues = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), organisation: z.string().nullable(), roles: z.array(z.string()) })),
}).openapi('Colleagues');
