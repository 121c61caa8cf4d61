// API calls for the network directory (sociale kaart) and the contacts linked to a case's
// involvements. Errors arrive as ApiError (see api.ts): 422 with field errors, 403 for roles that
// may not, 409 when someone else changed the contact first.
import { request } from './api';
import type { ContactDetail, ContactInput, ContactPatch, Contacts, ContactsQuery, InvolvementContacts } from './types-network';

const enc = encodeURIComponent;
const contactUrl = (contactId: string) => `/api/contacts/${enc(contactId)}`;

function search(q: ContactsQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(q)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const networkApi = {
  search: (q: ContactsQuery) => request<Contacts>('GET', `/api/contacts${search(q)}`),
  one: (contactId: string) => request<ContactDetail>('GET', contactUrl(contactId)),
  add: (input: ContactInput) => request<ContactDetail>('POST', '/api/contacts', input),
  update: (contactId: string, patch: ContactPatch) => request<ContactDetail>('PATCH', contactUrl(contactId), patch),

  ofCase: (caseId: string) => request<InvolvementContacts>('GET', `/api/cases/${enc(caseId)}/involvement-contacts`),
  /** contactId null removes the link. */
  link: (caseId: string, involvementId: string, contactId: string | null) =>
    request<InvolvementContacts>('PUT', `/api/cases/${enc(caseId)}/involvements/${enc(involvementId)}/contact`, { contactId }),
};

/** Query keys, so invalidation after a change is in one place. Everything of a case sits under ['case', id]. */
export const networkKeys = {
  all: ['contacts'] as const,
  search: (q: ContactsQuery) => ['contacts', 'search', q] as const,
  one: (contactId: string) => ['contacts', 'one', contactId] as const,
  ofCase: (caseId: string) => ['case', caseId, 'involvement-contacts'] as const,
};
