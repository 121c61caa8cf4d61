// API calls for the policy view: the dashboard, a refresh of its figures, and each figure as CSV.
// Only the policy role gets them (403 for everyone else).
import { request } from './api';
import type { Dashboard, Figure, RefreshResult } from './types-policy';

export const policyApi = {
  dashboard: () => request<Dashboard>('GET', '/api/policy/dashboard'),
  refresh: () => request<RefreshResult>('POST', '/api/policy/refresh'),
};

/** Plain links (the session cookie goes along): a figure as CSV for a spreadsheet. */
export const policyLinks = {
  csv: (figure: Figure) => `/api/policy/csv/${figure}`,
};

export const policyKeys = {
  dashboard: ['policy', 'dashboard'] as const,
};
