// The route tree (code-based). Dutch paths; protected pages sit under the pathless 'auth' route.
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  redirect,
} from '@tanstack/react-router';
import { homePath, meQuery, safeRedirect } from './auth';
import { RouteError } from './components/Feedback';
import { Layout } from './components/Layout';
import { CasePage } from './pages/CasePage';
import { CasesPage, type CasesSearch } from './pages/CasesPage';
import { InboxPage } from './pages/InboxPage';
import { IntakePage } from './pages/IntakePage';
import { LoginPage } from './pages/LoginPage';
import { MyIntakesPage } from './pages/MyIntakesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PublicStatusPage } from './pages/PublicStatusPage';
import { CASE_STATUSES, type CaseStatus, type CaseStep } from './types';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteError,
});

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined;

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  component: function LoginRoute() {
    const { redirect: target } = loginRoute.useSearch();
    return <LoginPage redirectTo={target} />;
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

/** Pages that need a session: without one, go to the login page and come back afterwards. */
const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'auth',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) {
      throw redirect({ to: '/inloggen', search: { redirect: safeRedirect(location.href) ?? undefined } });
    }
    return { me };
  },
});

const indexRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    throw redirect({ to: homePath(context.me), replace: true });
  },
});

const myIntakesRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/mijn-meldingen',
  component: MyIntakesPage,
});

const inboxRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/inbox',
  component: InboxPage,
});

function parseStep(value: unknown): CaseStep | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as CaseStep) : undefined;
}

const casesRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen',
  validateSearch: (search: Record<string, unknown>): CasesSearch => {
    const result: CasesSearch = {};
    const status = text(search.status);
    if (status && (CASE_STATUSES as readonly string[]).includes(status)) result.status = status as CaseStatus;
    const step = parseStep(search.step);
    if (step) result.step = step;
    const due = text(search.due);
    if (due === 'overdue' || due === 'week') result.due = due;
    return result;
  },
  component: function CasesRoute() {
    const search = casesRoute.useSearch();
    return <CasesPage search={search} />;
  },
});

const caseRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen/$id',
  component: function CaseRoute() {
    const { id } = caseRoute.useParams();
    return <CasePage id={id} />;
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  intakeRoute,
  publicStatusRoute,
  authRoute.addChildren([indexRoute, myIntakesRoute, inboxRoute, casesRoute, caseRoute]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: false,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
