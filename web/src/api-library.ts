// API calls for the solutions library: search, one entry, editing, sharing, removing, and from a case
// the draft, the identifier check, publishing and similar solutions. Errors arrive as ApiError (see
// api.ts): 422 with field errors (also when a text still leads back to a household), 403 for another
// municipality's entry, 409 when someone else saved first or the case cannot be published.
import { request } from './api';
import type {
  CheckResult,
  EntryPatch,
  LibraryDraft,
  LibraryEntry,
  LibrarySearch,
  LibrarySearchResult,
  PublishInput,
  SharingInput,
  SimilarItem,
} from './types-library';

const enc = encodeURIComponent;
const entryUrl = (entryId: string) => `/api/library/${enc(entryId)}`;

function searchQuery(s: LibrarySearch): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(s)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const libraryApi = {
  search: (s: LibrarySearch) => request<LibrarySearchResult>('GET', `/api/library${searchQuery(s)}`),
  entry: (entryId: string) => request<LibraryEntry>('GET', entryUrl(entryId)),
  update: (entryId: string, patch: EntryPatch) => request<LibraryEntry>('PATCH', entryUrl(entryId), patch),
  sharing: (entryId: string, input: SharingInput) => request<LibraryEntry>('POST', `${entryUrl(entryId)}/sharing`, input),
  remove: (entryId: string, version: number) => request<void>('DELETE', `${entryUrl(entryId)}?version=${version}`),
  /** With a case, the names of its household are recognised too. */
  check: (texts: Record<string, string>, caseId?: string) => request<CheckResult>('POST', '/api/library/check', { texts, caseId }),
  draft: (caseId: string) => request<LibraryDraft>('GET', `/api/cases/${enc(caseId)}/library-draft`),
  publish: (caseId: string, input: PublishInput) => request<LibraryEntry>('POST', `/api/cases/${enc(caseId)}/library-entry`, input),
  similar: (caseId: string) => request<{ items: SimilarItem[] }>('GET', `/api/cases/${enc(caseId)}/similar-solutions`),
};

/** Query keys, so invalidation after a change is in one place. What belongs to a case sits under ['case', id]. */
export const libraryKeys = {
  all: ['library'] as const,
  search: (s: LibrarySearch) => ['library', 'search', s] as const,
  entry: (entryId: string) => ['library', 'entry', entryId] as const,
  draft: (caseId: string) => ['case', caseId, 'library', 'draft'] as const,
  /** The blocker's version is part of the key: a saved blocker asks for new suggestions. */
  similar: (caseId: string, blockerVersion: number | undefined) => ['case', caseId, 'library', 'similar', blockerVersion ?? 0] as const,
};
