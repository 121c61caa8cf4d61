// API calls for household members, life domains, involvements and the price list (steps 1 and 2).
// Errors arrive as ApiError (see api.ts): 422 with field errors, 409 when someone else saved first.
import { request } from './api';
import type { LifeDomain } from './types';
import type {
  AssessmentInput,
  Involvement,
  InvolvementChangeInput,
  InvolvementInput,
  Involvements,
  LifeDomainsView,
  Member,
  MemberChangeInput,
  Members,
  NewMemberInput,
  PriceItem,
  PriceItemChangeInput,
  PriceItemInput,
} from './types-household';

const enc = encodeURIComponent;
const caseUrl = (id: string) => `/api/cases/${enc(id)}`;

export const householdApi = {
  members: (id: string) => request<Members>('GET', `${caseUrl(id)}/household/members`),
  addMember: (id: string, input: NewMemberInput) => request<Member>('POST', `${caseUrl(id)}/household/members`, input),
  updateMember: (id: string, personId: string, input: MemberChangeInput) =>
    request<Member>('PATCH', `${caseUrl(id)}/household/members/${enc(personId)}`, input),

  lifeDomains: (id: string) => request<LifeDomainsView>('GET', `${caseUrl(id)}/life-domains`),
  assess: (id: string, domain: LifeDomain, input: AssessmentInput) =>
    request<LifeDomainsView>('PUT', `${caseUrl(id)}/life-domains/${enc(domain)}`, input),

  involvements: (id: string) => request<Involvements>('GET', `${caseUrl(id)}/involvements`),
  addInvolvement: (id: string, input: InvolvementInput) => request<Involvement>('POST', `${caseUrl(id)}/involvements`, input),
  updateInvolvement: (id: string, involvementId: string, input: InvolvementChangeInput) =>
    request<Involvement>('PATCH', `${caseUrl(id)}/involvements/${enc(involvementId)}`, input),

  /** The whole price list, or only what applies on one day. */
  priceList: (on?: string) => request<{ items: PriceItem[] }>('GET', `/api/price-list${on ? `?on=${enc(on)}` : ''}`),
  addPriceItem: (input: PriceItemInput) => request<PriceItem>('POST', '/api/price-list', input),
  updatePriceItem: (itemId: string, input: PriceItemChangeInput) =>
    request<PriceItem>('PATCH', `/api/price-list/${enc(itemId)}`, input),
};

/** Query keys, so invalidation after a change is in one place. */
export const householdKeys = {
  case: (id: string) => ['case', id] as const,
  members: (id: string) => ['case', id, 'household-members'] as const,
  lifeDomains: (id: string) => ['case', id, 'life-domains'] as const,
  involvements: (id: string) => ['case', id, 'involvements'] as const,
  /** The cost sum of step 4 and 5 starts from the yearly total of step 2. */
  costSum: (id: string) => ['case', id, 'cost-sum'] as const,
  /** The price list on one day, or the whole list. */
  priceList: (on?: string) => ['price-list', on ?? 'all'] as const,
};
