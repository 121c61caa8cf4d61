// The root of the route tree and the pages anyone can open without logging in: the login page, the
// public intake form, the status of a report, and a partner's invitation.
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute } from '@tanstack/react-router';
import { safeRedirect } from './auth';
import { RouteError } from './components/Feedback';
import { Layout } from './components/Layout';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PublicStatusPage } from './pages/PublicStatusPage';
import { InvitationPage } from './pages/access/InvitationPage';
import { OIDC_FAILURES, type OidcFailure } from './types-privacy';

export interface RouterContext {
  queryClient: QueryClient;
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  // redirect: where to go afterwards ('terug' when the identity-provider login sends the browser
  // back); stap: the second step still to do; fout: why an identity-provider login failed.
  validateSearch: (
    search: Record<string, unknown>,
  ): { redirect?: string; stap?: 'code' | 'instellen'; fout?: OidcFailure; gemeente?: string } => {
    const target = safeRedirect(search.redirect) ?? safeRedirect(search.terug);
    const stap = search.stap === 'code' || search.stap === 'instellen' ? search.stap : undefined;
    const fout = (OIDC_FAILURES as readonly unknown[]).includes(search.fout) ? (search.fout as OidcFailure) : undefined;
    const gemeente = text(search.gemeente);
    return {
      ...(target ? { redirect: target } : {}),
      ...(stap ? { stap } : {}),
      ...(fout ? { fout } : {}),
      ...(gemeente ? { gemeente } : {}),
    };
  },
  component: function LoginRoute() {
    const { redirect: target, stap, fout, gemeente } = loginRoute.useSearch();
    return <LoginPage redirectTo={target} step={stap} failure={fout} municipality={gemeente} />;
  },
});

const intakeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/melden',
  validateSearch: (search: Record<string, unknown>): { gemeente?: string } => {
    const slug = text(search.gemeente);
    return slug ? { gemeente: slug } : {};
  },
  component: function IntakeRoute() {
    const { gemeente } = intakeRoute.useSearch();
    return <IntakePage municipality={gemeente} />;
  },
});

const publicStatusRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/melding/$receipt',
  component: function PublicStatusRoute() {
    const { receipt } = publicStatusRoute.useParams();
    return <PublicStatusPage receipt={receipt} />;
  },
});

/** A partner professional's invitation link; the token is in the fragment (#), never sent to the server. */
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/uitnodiging',
  component: InvitationPage,
});

export const publicRoutes = [loginRoute, intakeRoute, publicStatusRoute, invitationRoute] as const;
