// The signed-in user (or null) as a cached query, and what each role gets to see.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from './api';
import { securityApi } from './api-privacy';
import type { Me, Role } from './types';

/**
 * The fully signed-in user, or null. A session whose password was right but whose second step is
 * still open (code from the app, or the app still to be set up) counts as not signed in: protected
 * pages then send the person to /inloggen, which picks up the open step (see sessionStageQuery).
 */
export const meQuery = queryOptions({
  queryKey: ['me'] as const,
  queryFn: async () => {
    const me = await api.me();
    return me && me.mfa?.stage === 'setup' ? null : me;
  },
  staleTime: 5 * 60_000,
});

/** Where the current session stands; read fresh by the login page, never cached. */
export const sessionStageQuery = queryOptions({
  queryKey: ['session-stage'] as const,
  queryFn: () => securityApi.sessionStage(),
  staleTime: 0,
  gcTime: 0,
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

/** Municipal staff: any role besides reporting and being a partner at another agency. */
export function isStaff(me: Me | null | undefined): boolean {
  return !!me && me.roles.some((r) => r !== 'reporter' && r !== 'partner');
}

/** The policy role without a role that works with cases: figures only, never personal data. */
export function isPolicyOnly(me: Me | null | undefined): boolean {
  return !!me && me.roles.includes('policy') && !me.roles.some((r) => ['coordinator', 'mandate_holder', 'reporter', 'partner'].includes(r));
}

/**
 * Where `/` sends a user: coordinators to the inbox, reporters to the intake form, a privacy officer
 * without a case role to the privacy overview, policy staff without another staff role to the figures.
 */
export function homePath(me: Me): '/inbox' | '/melden' | '/casussen' | '/privacy' | '/beleid' {
  if (hasRole(me, 'coordinator')) return '/inbox';
  if (isPolicyOnly(me)) return '/beleid';
  if (isOnlyReporter(me)) return '/melden';
  if (me.roles.every((r) => r === 'privacy_officer' || r === 'reporter') && hasRole(me, 'privacy_officer')) return '/privacy';
  return '/casussen';
}

/** A same-site path to return to after login (never another origin). */
export function safeRedirect(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return null;
  if (value.startsWith('/inloggen')) return null;
  return value;
}
