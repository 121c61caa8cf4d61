// API calls for need-to-know access: case team, invitations, consent, break-glass, notifications
// and the per-case processing view. Errors arrive as ApiError (see api.ts).
import { request } from './api';
import type {
  BasisInput,
  BreakGlassResult,
  BreakGlassSearch,
  CaseProcessing,
  Colleague,
  ConsentInput,
  Consents,
  InvitationPreview,
  InviteInput,
  InviteResult,
  MemberRole,
  Notifications,
  CaseSection,
  SharedCaseOverview,
  Team,
} from './types-access';

const enc = encodeURIComponent;
const caseUrl = (id: string) => `/api/cases/${enc(id)}`;

export const accessApi = {
  /** The case overview with the viewer's access (same endpoint as api.case). */
  case: (id: string) => request<SharedCaseOverview>('GET', caseUrl(id)),

  team: (id: string) => request<Team>('GET', `${caseUrl(id)}/team`),
  colleagues: () => request<{ items: Colleague[] }>('GET', '/api/colleagues'),
  addMember: (id: string, userId: string, role: MemberRole) =>
    request<Team>('POST', `${caseUrl(id)}/team`, { userId, role }),
  updateMember: (id: string, userId: string, change: { role?: MemberRole; sections?: CaseSection[] }) =>
    request<Team>('PATCH', `${caseUrl(id)}/team/${enc(userId)}`, change),
  /** Remove a member; with your own id: leave the team (access ends at once). */
  removeMember: (id: string, userId: string) => request<void>('DELETE', `${caseUrl(id)}/team/${enc(userId)}`),
  setInternalSections: (id: string, sections: CaseSection[], version: number) =>
    request<Team>('PUT', `${caseUrl(id)}/internal-sections`, { sections, version }),

  invite: (id: string, input: InviteInput) => request<InviteResult>('POST', `${caseUrl(id)}/invitations`, input),
  revokeInvitation: (id: string, invitationId: string) =>
    request<Team>('DELETE', `${caseUrl(id)}/invitations/${enc(invitationId)}`),
  previewInvitation: (token: string) =>
    request<InvitationPreview>('POST', '/api/public/invitations/preview', { token }),
  acceptInvitation: (token: string, password: string, name?: string) =>
    request<{ caseId: string }>('POST', '/api/public/invitations/accept', { token, password, ...(name ? { name } : {}) }),

  consents: (id: string) => request<Consents>('GET', `${caseUrl(id)}/consents`),
  recordConsent: (id: string, input: ConsentInput) => request<Consents>('POST', `${caseUrl(id)}/consents`, input),
  withdrawConsent: (id: string, consentId: string, note: string) =>
    request<Consents>('POST', `${caseUrl(id)}/consents/${enc(consentId)}/withdraw`, note ? { note } : {}),
  recordBasis: (id: string, input: BasisInput) => request<Consents>('POST', `${caseUrl(id)}/share-bases`, input),
  endBasis: (id: string, basisId: string) =>
    request<Consents>('POST', `${caseUrl(id)}/share-bases/${enc(basisId)}/end`),

  breakGlass: (id: string, reason: string) =>
    request<BreakGlassResult>('POST', `${caseUrl(id)}/break-glass`, { reason }),
  breakGlassSearch: (input: BreakGlassSearch) => request<BreakGlassResult>('POST', '/api/break-glass', input),

  notifications: () => request<Notifications>('GET', '/api/notifications'),
  markRead: (notificationId: string) => request<void>('POST', `/api/notifications/${enc(notificationId)}/read`),

  processing: (id: string) => request<CaseProcessing>('GET', `${caseUrl(id)}/processing`),
};

/** Query keys, so invalidation after a change is in one place. */
export const accessKeys = {
  case: (id: string) => ['case', id] as const,
  team: (id: string) => ['case', id, 'team'] as const,
  consents: (id: string) => ['case', id, 'consents'] as const,
  processing: (id: string) => ['case', id, 'processing'] as const,
  colleagues: ['colleagues'] as const,
  notifications: ['notifications'] as const,
  /** What this browser knows of its own break-glass opening (reason and end), for the banner. */
  breakGlass: (id: string) => ['break-glass', id] as const,
};
