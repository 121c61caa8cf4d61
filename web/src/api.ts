// Small fetch wrapper for the Doorbraak API: same-origin session cookie, JSON in and out,
// and RFC 9457 problem+json turned into an ApiError the UI can show next to the fields.
import type {
  CaseList,
  CaseListQuery,
  CaseOverview,
  FieldError,
  IntakeInput,
  IntakeReceipt,
  Me,
  MyIntakes,
  Problem,
  PublicIntakeStatus,
} from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly type: string;
  readonly errors: FieldError[];

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors ?? [];
  }
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A failed response as an ApiError (also used for file downloads). */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<Problem> = {};
  try {
    const text = await response.text();
    if (text) body = JSON.parse(text) as Partial<Problem>;
  } catch {
    // Not JSON (e.g. a proxy error page): fall back to the status line.
  }
  return new ApiError({
    type: typeof body.type === 'string' ? body.type : 'about:blank',
    title: typeof body.title === 'string' && body.title ? body.title : response.statusText || 'Fout',
    status: typeof body.status === 'number' ? body.status : response.status,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    errors: Array.isArray(body.errors)
      ? body.errors.filter(
          (e): e is FieldError => !!e && typeof e.field === 'string' && typeof e.message === 'string',
        )
      : [],
  });
}

export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ type: 'network', title: 'network', status: 0 });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

const enc = encodeURIComponent;

export const api = {
  login: (email: string, password: string) =>
    request<Me>('POST', '/api/auth/login', { email, password }),
  logout: () => request<void>('POST', '/api/auth/logout'),
  /** The signed-in user, or null when there is no (valid) session. */
  me: async (): Promise<Me | null> => {
    try {
      return await request<Me>('GET', '/api/auth/me');
    } catch (error) {
      if (isApiError(error, 401)) return null;
      throw error;
    }
  },
  createIntake: (input: IntakeInput) => request<IntakeReceipt>('POST', '/api/intakes', input),
  createPublicIntake: (input: IntakeInput) =>
    request<IntakeReceipt>('POST', '/api/public/intakes', input),
  publicIntakeStatus: (receipt: string) =>
    request<PublicIntakeStatus>('GET', `/api/public/intakes/${enc(receipt)}`),
  myIntakes: () => request<MyIntakes>('GET', '/api/intakes/mine'),
  cases: (q: CaseListQuery) => request<CaseList>('GET', `/api/cases${query({ ...q })}`),
  case: (id: string) => request<CaseOverview>('GET', `/api/cases/${enc(id)}`),
  acceptCase: (id: string) => request<CaseOverview>('POST', `/api/cases/${enc(id)}/accept`),
  referCase: (id: string, reason: string) =>
    request<CaseOverview>('POST', `/api/cases/${enc(id)}/refer`, { reason }),
};
