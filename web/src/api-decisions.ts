// API calls for decisions with mandate, letters, the mandate ladder, the decision settings and the
// custom-solutions budget. Errors arrive as ApiError (see api.ts): 422 with field errors, 403 above
// the mandate, 409 when it was already decided or someone else saved first.
import { request } from './api';
import type {
  Budget,
  BudgetEntry,
  BudgetInput,
  BudgetPatch,
  DecideInput,
  Decision,
  DecisionDraft,
  DecisionLedger,
  DecisionRequestInput,
  DecisionSettings,
  DecisionSettingsInput,
  DecisionWithPrecedents,
  InboxItem,
  MandateLevel,
  MandateLevelInput,
  PaymentInput,
  ReleaseInput,
} from './types-decisions';

const enc = encodeURIComponent;
const decisionsUrl = (id: string) => `/api/cases/${enc(id)}/decisions`;
const decisionUrl = (id: string, decisionId: string) => `${decisionsUrl(id)}/${enc(decisionId)}`;

export const decisionsApi = {
  draft: (id: string, amountCents?: number | null) =>
    request<DecisionDraft>('GET', `${decisionsUrl(id)}/draft${amountCents == null ? '' : `?amountCents=${amountCents}`}`),
  ofCase: (id: string) => request<{ items: Decision[] }>('GET', decisionsUrl(id)),
  one: (id: string, decisionId: string) => request<DecisionWithPrecedents>('GET', decisionUrl(id, decisionId)),
  ask: (id: string, input: DecisionRequestInput) => request<Decision>('POST', decisionsUrl(id), input),
  decide: (id: string, decisionId: string, input: DecideInput) =>
    request<Decision>('POST', `${decisionUrl(id, decisionId)}/decide`, input),
  withdraw: (id: string, decisionId: string, reason: string, version: number) =>
    request<Decision>('POST', `${decisionUrl(id, decisionId)}/withdraw`, { reason, version }),
  /** pending: waiting at my mandate level; requested: the ones I asked for. */
  inbox: (view: 'pending' | 'requested') => request<{ items: InboxItem[] }>('GET', `/api/decisions?view=${view}`),

  money: (id: string, decisionId: string) => request<DecisionLedger>('GET', `${decisionUrl(id, decisionId)}/money`),
  pay: (id: string, decisionId: string, input: PaymentInput) =>
    request<DecisionLedger>('POST', `${decisionUrl(id, decisionId)}/payments`, input),
  release: (id: string, decisionId: string, input: ReleaseInput) =>
    request<DecisionLedger>('POST', `${decisionUrl(id, decisionId)}/releases`, input),

  settings: () => request<DecisionSettings>('GET', '/api/decision-settings'),
  saveSettings: (input: DecisionSettingsInput) => request<DecisionSettings>('PUT', '/api/decision-settings', input),

  levels: () => request<{ items: MandateLevel[] }>('GET', '/api/mandate-levels'),
  addLevel: (input: MandateLevelInput) => request<MandateLevel>('POST', '/api/mandate-levels', input),
  updateLevel: (levelId: string, input: Partial<MandateLevelInput> & { version: number }) =>
    request<MandateLevel>('PATCH', `/api/mandate-levels/${enc(levelId)}`, input),
  setHolder: (levelId: string, userId: string, mayDecideOwn: boolean) =>
    request<MandateLevel>('PUT', `/api/mandate-levels/${enc(levelId)}/holders/${enc(userId)}`, { mayDecideOwn }),
  removeHolder: (levelId: string, userId: string) =>
    request<MandateLevel>('DELETE', `/api/mandate-levels/${enc(levelId)}/holders/${enc(userId)}`),

  budgets: () => request<{ items: Budget[] }>('GET', '/api/budgets'),
  addBudget: (input: BudgetInput) => request<Budget>('POST', '/api/budgets', input),
  updateBudget: (budgetId: string, input: BudgetPatch) => request<Budget>('PATCH', `/api/budgets/${enc(budgetId)}`, input),
  entries: (budgetId: string) => request<{ items: BudgetEntry[] }>('GET', `/api/budgets/${enc(budgetId)}/entries`),
};

/** Plain links (the session cookie goes along): the letter and the finance export. */
export const decisionLinks = {
  budgetCsv: (budgetId: string) => `/api/budgets/${enc(budgetId)}/entries.csv`,
};

/** Query keys, so invalidation after a change is in one place. Everything of a case sits under ['case', id]. */
export const decisionsKeys = {
  case: (id: string) => ['case', id] as const,
  ofCase: (id: string) => ['case', id, 'decisions'] as const,
  draft: (id: string, amountCents: number | null) => ['case', id, 'decisions', 'draft', amountCents] as const,
  one: (id: string, decisionId: string) => ['case', id, 'decisions', decisionId] as const,
  money: (id: string, decisionId: string) => ['case', id, 'decisions', decisionId, 'money'] as const,
  inbox: (view: 'pending' | 'requested') => ['decisions', view] as const,
  settings: ['decision-settings'] as const,
  levels: ['mandate-levels'] as const,
  budgets: ['budgets'] as const,
  entries: (budgetId: string) => ['budgets', budgetId, 'entries'] as const,
};
