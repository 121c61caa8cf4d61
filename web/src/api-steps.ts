// API calls for the six steps, case kind, closure with follow-up and warm handover.
// Errors arrive as ApiError (see api.ts).
import { request } from './api';
import type { CaseStep } from './types';
import type {
  CaseSteps,
  CloseInput,
  FollowUpInput,
  Handover,
  HandoverOffer,
  KindInput,
  StepsOverview,
} from './types-steps';

const enc = encodeURIComponent;
const caseUrl = (id: string) => `/api/cases/${enc(id)}`;

export const stepsApi = {
  /** The case overview with steps, kind, closure, follow-ups, recurrence and handover (same endpoint as api.case). */
  case: (id: string) => request<StepsOverview>('GET', caseUrl(id)),

  complete: (id: string, step: CaseStep, version: number) =>
    request<CaseSteps>('POST', `${caseUrl(id)}/steps/${step}/complete`, { version }),
  reopen: (id: string, step: CaseStep, version: number, reason: string) =>
    request<CaseSteps>('POST', `${caseUrl(id)}/steps/${step}/reopen`, reason.trim() ? { version, reason } : { version }),

  setKind: (id: string, input: KindInput) => request<StepsOverview>('PATCH', `${caseUrl(id)}/kind`, input),
  close: (id: string, input: CloseInput) => request<StepsOverview>('POST', `${caseUrl(id)}/close`, input),
  recordFollowUp: (id: string, followUpId: string, input: FollowUpInput) =>
    request<StepsOverview>('POST', `${caseUrl(id)}/follow-ups/${enc(followUpId)}`, input),

  offer: (id: string, toUserId: string, note: string) =>
    request<Handover>('POST', `${caseUrl(id)}/handover`, { toUserId, note }),
  accept: (id: string, handoverId: string) =>
    request<StepsOverview>('POST', `${caseUrl(id)}/handover/${enc(handoverId)}/accept`),
  refuse: (id: string, handoverId: string, reason: string) =>
    request<Handover>('POST', `${caseUrl(id)}/handover/${enc(handoverId)}/refuse`, { reason }),
  withdraw: (id: string, handoverId: string) =>
    request<Handover>('POST', `${caseUrl(id)}/handover/${enc(handoverId)}/withdraw`),
  handovers: (id: string) => request<{ items: Handover[] }>('GET', `${caseUrl(id)}/handovers`),
  /** Open offers addressed to me. */
  offersToMe: () => request<{ items: HandoverOffer[] }>('GET', '/api/handovers'),
};

/** Query keys; the case itself shares its key with the other areas. */
export const stepsKeys = {
  case: (id: string) => ['case', id] as const,
  handovers: (id: string) => ['case', id, 'handovers'] as const,
  offersToMe: ['handovers', 'mine'] as const,
  cases: ['cases'] as const,
};
