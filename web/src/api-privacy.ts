// API calls for login security (second factor, sessions, password), login administration and the
// privacy officer. JSON goes through `request`; files (exports, reports) are fetched as blobs so the
// page can show progress and a readable error.
import { ApiError, isApiError, request, toApiError } from './api';
import type { Me } from './types';
import type {
  ErasureResult,
  HistoryItem,
  IdentityProviderInput,
  IdentityProviderView,
  LoginResult,
  LoginSettings,
  MfaSetup,
  OidcProvider,
  PasswordChange,
  PersonFound,
  PersonSearchInput,
  ProcessingActivity,
  ProcessingFilter,
  ProcessingPage,
  RecoveryCodes,
  RectificationInput,
  RectifiedPerson,
  RetentionInput,
  RetentionPolicies,
  Revoked,
  SessionList,
  SessionStage,
} from './types-privacy';

const enc = encodeURIComponent;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The 401 of GET /api/auth/me while the password was right but the code is still missing. */
export function isSecondStepPending(error: unknown): boolean {
  return isApiError(error, 401) && error.type.endsWith('tweede-stap-nodig');
}

export const securityApi = {
  login: (email: string, password: string) =>
    request<LoginResult>('POST', '/api/auth/login', { email, password }),
  /** Where the current session stands: nobody, code still needed, app still to set up, or signed in. */
  sessionStage: async (): Promise<SessionStage> => {
    try {
      const me = await request<Me>('GET', '/api/auth/me');
      return me.mfa?.stage === 'setup' ? { stage: 'setup' } : { stage: 'done', me };
    } catch (error) {
      if (isSecondStepPending(error)) return { stage: 'verify' };
      if (isApiError(error, 401)) return { stage: 'none' };
      throw error;
    }
  },
  verify: (code: string) => request<LoginResult>('POST', '/api/auth/mfa/verify', { code }),
  setup: () => request<MfaSetup>('POST', '/api/auth/mfa/setup'),
  confirm: (code: string) => request<RecoveryCodes>('POST', '/api/auth/mfa/confirm', { code }),
  disable: (code: string) => request<void>('DELETE', '/api/auth/mfa', { code }),
  newRecoveryCodes: (code: string) => request<RecoveryCodes>('POST', '/api/auth/mfa/recovery-codes', { code }),
  sessions: () => request<SessionList>('GET', '/api/auth/sessions'),
  revokeSession: (id: string) => request<void>('DELETE', `/api/auth/sessions/${enc(id)}`),
  revokeOtherSessions: () => request<Revoked>('POST', '/api/auth/sessions/revoke-others'),
  changePassword: (input: PasswordChange) => request<void>('POST', '/api/auth/password', input),
  oidcProviders: (municipality?: string) =>
    request<{ providers: OidcProvider[] }>('GET', `/api/auth/oidc/providers${query({ gemeente: municipality })}`),
};

export const adminApi = {
  loginSettings: () => request<LoginSettings>('GET', '/api/admin/login-settings'),
  saveLoginSettings: (input: LoginSettings) => request<LoginSettings>('PUT', '/api/admin/login-settings', input),
  identityProvider: () => request<IdentityProviderView>('GET', '/api/admin/identity-provider'),
  saveIdentityProvider: (input: IdentityProviderInput) =>
    request<IdentityProviderView>('PUT', '/api/admin/identity-provider', input),
  revokeUserSessions: (userId: string) =>
    request<Revoked>('POST', `/api/admin/users/${enc(userId)}/revoke-sessions`),
};

export const privacyApi = {
  activities: () => request<{ items: ProcessingActivity[] }>('GET', '/api/privacy/activities'),
  processing: (filter: ProcessingFilter, cursor?: string, limit = 50) =>
    request<ProcessingPage>('GET', `/api/privacy/processing${query({ ...filter, cursor, limit })}`),
  exportUrl: (filter: ProcessingFilter, format: 'csv' | 'json') =>
    `/api/privacy/processing/export${query({ ...filter, format })}`,
  searchPersons: (input: PersonSearchInput) =>
    request<{ items: PersonFound[] }>('POST', '/api/privacy/persons/search', input),
  reportUrl: (personId: string, format: 'json' | 'pdf') =>
    `/api/privacy/persons/${enc(personId)}/report${query({ format })}`,
  rectify: (personId: string, input: RectificationInput) =>
    request<RectifiedPerson>('PATCH', `/api/privacy/persons/${enc(personId)}`, input),
  history: (personId: string) =>
    request<{ items: HistoryItem[] }>('GET', `/api/privacy/persons/${enc(personId)}/history`),
  erase: (personId: string, reason: string) =>
    request<ErasureResult>('POST', `/api/privacy/persons/${enc(personId)}/erasure`, { reason }),
  retention: () => request<RetentionPolicies>('GET', '/api/privacy/retention'),
  saveRetention: (input: RetentionInput) => request<RetentionPolicies>('PUT', '/api/privacy/retention', input),
};

export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** The file name from Content-Disposition, or the fallback. */
function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return match ? decodeURIComponent(match[1]) : fallback;
}

/** GETs a file with the session cookie; a problem+json answer becomes an ApiError. */
export async function fetchFile(path: string, fallbackName: string): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json, text/csv, application/pdf, application/problem+json' },
    });
  } catch {
    throw new ApiError({ type: 'network', title: 'network', status: 0 });
  }
  if (!response.ok) throw await toApiError(response);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    // The connection broke halfway (the export streams): do not hand out half a file.
    throw new ApiError({ type: 'network', title: 'network', status: 0 });
  }
  return { blob, filename: filenameOf(response, fallbackName) };
}

/** Hands a fetched file to the browser as a download. */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Give the browser time to start the download before the address is released.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
