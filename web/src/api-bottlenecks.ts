// API calls for systemic bottlenecks: proposals, grouping, the threshold, the bottleneck with its
// evidence and contacts, and flagging a case's blocker by hand. Errors arrive as ApiError (see
// api.ts): 422 with field errors, 403 for a role that may not (policy never sees cases), 409 when
// someone else saved first or a bottleneck for that rule is already open.
import { request } from './api';
import type {
  Bottleneck,
  BottleneckCases,
  BottleneckDetail,
  BottleneckInput,
  BottleneckPatch,
  BottleneckSettings,
  BottleneckSettingsInput,
  CaseBottleneck,
  FlagInput,
  Groups,
  Proposals,
} from './types-bottlenecks';

const enc = encodeURIComponent;
const one = (id: string) => `/api/bottlenecks/${enc(id)}`;
type CaseBottlenecks = { items: CaseBottleneck[] };

export const bottlenecksApi = {
  list: (status: 'open' | 'closed' | 'all' = 'all') => request<{ items: Bottleneck[] }>('GET', `/api/bottlenecks?status=${status}`),
  proposals: () => request<Proposals>('GET', '/api/bottlenecks/proposals'),
  groups: () => request<Groups>('GET', '/api/bottlenecks/groups'),
  settings: () => request<BottleneckSettings>('GET', '/api/bottlenecks/settings'),
  saveSettings: (input: BottleneckSettingsInput) => request<BottleneckSettings>('PUT', '/api/bottlenecks/settings', input),
  create: (input: BottleneckInput) => request<BottleneckDetail>('POST', '/api/bottlenecks', input),
  one: (id: string) => request<BottleneckDetail>('GET', one(id)),
  update: (id: string, patch: BottleneckPatch) => request<BottleneckDetail>('PATCH', one(id), patch),
  setContacts: (id: string, contactIds: string[]) => request<BottleneckDetail>('PUT', `${one(id)}/contacts`, { contactIds }),
  /** Pseudonymised; only for coordinators and mandate holders. */
  cases: (id: string) => request<BottleneckCases>('GET', `${one(id)}/cases`),

  ofCase: (caseId: string) => request<CaseBottlenecks>('GET', `/api/cases/${enc(caseId)}/bottlenecks`),
  flag: (caseId: string, input: FlagInput) => request<CaseBottlenecks>('POST', `/api/cases/${enc(caseId)}/blocker/systemic`, input),
  unflag: (caseId: string, bottleneckId: string) =>
    request<CaseBottlenecks>('DELETE', `/api/cases/${enc(caseId)}/blocker/systemic/${enc(bottleneckId)}`),

};

/** Plain links (the session cookie goes along): the signal report. */
export const bottleneckLinks = {
  reportPdf: (id: string) => `${one(id)}/report.pdf`,
  reportMarkdown: (id: string) => `${one(id)}/report.md`,
};

/** Query keys, so invalidation after a change is in one place. What a case shows sits under ['case', id]. */
export const bottlenecksKeys = {
  all: ['bottlenecks'] as const,
  list: (status: 'open' | 'closed' | 'all') => ['bottlenecks', 'list', status] as const,
  proposals: ['bottlenecks', 'proposals'] as const,
  groups: ['bottlenecks', 'groups'] as const,
  settings: ['bottlenecks', 'settings'] as const,
  one: (id: string) => ['bottlenecks', 'one', id] as const,
  cases: (id: string) => ['bottlenecks', 'one', id, 'cases'] as const,
  ofCase: (caseId: string) => ['case', caseId, 'bottlenecks'] as const,
};
