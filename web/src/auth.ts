// The signed-in user (or null) as a cached query, and what each role gets to see.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api';
import type { Me, Role } from './types';

export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: () => api.me(),
  staleTime: 5 * 60_000,
});

/** The signed-in user; `data` is null when nobody is signed in. */
export function useMe() {
  return useQuery(meQuery);
}

export const hasRole = (me: Me | null | undefined, role: Role) => !!me?.roles.includes(role);

/** Reporters only report; everybody else with a role works on cases. */
export function isOnlyReporter(me: Me | null | undefined): boolean {
  return !!me && me.roles.length > 0 && me.roles.every((r) => r === 'reporter');
}

/** Where `/` sends a user: coordinators to the inbox, reporters to the intake form. */
export function homePath(me: Me): '/inbox' | '/melden' | '/casussen' {
  if (hasRole(me, 'coordinator')) return '/inbox';
  if (isOnlyReporter(me)) return '/melden';
  return '/casussen';
}

/** A same-site path to return to after login (never another origin). */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
  if (value.startsWith('/inloggen')) return null;
  return value;
}
