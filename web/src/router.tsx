// The route tree (code-based). Dutch paths; protected pages sit under the pathless 'auth' route.
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, redirect } from '@tanstack/react-router';
import { homePath, meQuery, safeRedirect } from './auth';
import { publicRoutes, rootRoute, text } from './routes-public';
import { CasePage } from './pages/CasePage';
import { CasesPage, type CasesSearch } from './pages/CasesPage';
import { InboxPage } from './pages/InboxPage';
import { MyIntakesPage } from './pages/MyIntakesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RulesPage } from './pages/admin/RulesPage';
import { PriceListPage } from './pages/admin/PriceListPage';
import { BreakGlassPage } from './pages/access/BreakGlassPage';
import { MessagesPage } from './pages/access/MessagesPage';
import { ProcessingPage } from './pages/access/ProcessingPage';
import { ActivitiesPage } from './pages/privacy/ActivitiesPage';
import { PersonPage } from './pages/privacy/PersonPage';
import { PersonSearchPage } from './pages/privacy/PersonSearchPage';
import { PrivacyHomePage } from './pages/privacy/PrivacyHomePage';
import { parseProcessingSearch, type ProcessingSearch } from './pages/privacy/ProcessingFilters';
import { ProcessingLogPage } from './pages/privacy/ProcessingLogPage';
import { RetentionPage } from './pages/privacy/RetentionPage';
import { AdminHomePage } from './pages/admin/AdminHomePage';
import { LoginAdminPage } from './pages/security/LoginAdminPage';
import { parseSecuritySearch, SecurityPage, type SecuritySearch } from './pages/security/SecurityPage';
import { PlanPage } from './pages/workflow/PlanPage';
import { BudgetPage } from './pages/decisions/BudgetPage';
import { DecisionPage } from './pages/decisions/DecisionPage';
import { DecisionSettingsPage } from './pages/decisions/DecisionSettingsPage';
import { DecisionsPage } from './pages/decisions/DecisionsPage';
import { MandateLevelsPage } from './pages/decisions/MandateLevelsPage';
import { StepPage } from './pages/workflow/StepPage';
import { BottleneckPage } from './pages/bottlenecks/BottleneckPage';
import { BottlenecksPage } from './pages/bottlenecks/BottlenecksPage';
import { LibraryEntryPage } from './pages/library/LibraryEntryPage';
import { LibraryPage } from './pages/library/LibraryPage';
import { PublishSolutionPage } from './pages/library/PublishSolutionPage';
import { ContactPage } from './pages/network/ContactPage';
import { NetworkPage } from './pages/network/NetworkPage';
import { PolicyPage } from './pages/policy/PolicyPage';
import { CASE_STATUSES, type CaseStatus, type CaseStep } from './types';

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

const stepRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen/$id/stap/$step',
  component: function StepRoute() {
    const { id, step } = stepRoute.useParams();
    const n = parseStep(step);
    return n ? <StepPage id={id} step={n} /> : <NotFoundPage />;
  },
});

const planRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen/$id/plan',
  component: function PlanRoute() {
    const { id } = planRoute.useParams();
    return <PlanPage id={id} />;
  },
});

const processingRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen/$id/verwerkingen',
  component: function ProcessingRoute() {
    const { id } = processingRoute.useParams();
    return <ProcessingPage id={id} />;
  },
});

const breakGlassRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/noodtoegang',
  component: BreakGlassPage,
});

const messagesRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/berichten',
  component: MessagesPage,
});

// Login security for everybody; the privacy officer's pages; login administration.
const securityRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/mijn-beveiliging',
  validateSearch: (search: Record<string, unknown>): SecuritySearch => parseSecuritySearch(search),
  component: function SecurityRoute() {
    return <SecurityPage search={securityRoute.useSearch()} />;
  },
});

const privacyRoute = createRoute({ getParentRoute: () => authRoute, path: '/privacy', component: PrivacyHomePage });

const privacyLogRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/privacy/verwerkingen',
  validateSearch: (search: Record<string, unknown>): ProcessingSearch => parseProcessingSearch(search),
  component: function PrivacyLogRoute() {
    return <ProcessingLogPage search={privacyLogRoute.useSearch()} />;
  },
});

const privacyRegisterRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/privacy/verwerkingsregister',
  component: ActivitiesPage,
});

const personSearchRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/privacy/personen',
  component: PersonSearchPage,
});

const personRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/privacy/personen/$personId',
  component: function PersonRoute() {
    const { personId } = personRoute.useParams();
    return <PersonPage personId={personId} />;
  },
});

const retentionRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/privacy/bewaartermijnen',
  component: RetentionPage,
});

const adminRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/beheer',
  component: AdminHomePage,
});

const loginAdminRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/beheer/inloggen',
  component: LoginAdminPage,
});

/** The rules catalogue, kept by the administrator (the page says so to anyone else). */
const rulesRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/beheer/regels',
  component: RulesPage,
});

/** The price list of step 2, kept by the administrator (the page says so to anyone else). */
const priceListRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/beheer/prijslijst',
  component: PriceListPage,
});

// Decisions with mandate: the decider's list, one request, the budget and the administrator's ladder and values triangle.
const decisionsRoute = createRoute({ getParentRoute: () => authRoute, path: '/besluiten', component: DecisionsPage });

const decisionRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen/$id/besluiten/$decisionId',
  component: function DecisionRoute() {
    const { id, decisionId } = decisionRoute.useParams();
    return <DecisionPage id={id} decisionId={decisionId} />;
  },
});

const budgetRoute = createRoute({ getParentRoute: () => authRoute, path: '/budget', component: BudgetPage });
const mandatesRoute = createRoute({ getParentRoute: () => authRoute, path: '/beheer/mandaten', component: MandateLevelsPage });
const triangleRoute = createRoute({ getParentRoute: () => authRoute, path: '/beheer/waardendriehoek', component: DecisionSettingsPage });
const decisionRoutes = [decisionsRoute, decisionRoute, budgetRoute, mandatesRoute, triangleRoute] as const;

// Learning across cases: systemic bottlenecks.
const bottlenecksRoute = createRoute({ getParentRoute: () => authRoute, path: '/knelpunten', component: BottlenecksPage });
const bottleneckRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/knelpunten/$bottleneckId',
  component: function BottleneckRoute() {
    const { bottleneckId } = bottleneckRoute.useParams();
    return <BottleneckPage bottleneckId={bottleneckId} />;
  },
});
const bottleneckRoutes = [bottlenecksRoute, bottleneckRoute] as const;

// Learning across cases: the solutions library.
const libraryRoute = createRoute({ getParentRoute: () => authRoute, path: '/bibliotheek', component: LibraryPage });
const libraryEntryRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/bibliotheek/$entryId',
  component: function LibraryEntryRoute() {
    const { entryId } = libraryEntryRoute.useParams();
    return <LibraryEntryPage entryId={entryId} />;
  },
});
const publishSolutionRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/casussen/$id/bibliotheek',
  component: function PublishSolutionRoute() {
    const { id } = publishSolutionRoute.useParams();
    return <PublishSolutionPage id={id} />;
  },
});
const libraryRoutes = [libraryRoute, libraryEntryRoute, publishSolutionRoute] as const;

// Learning across cases: the network directory.
const networkRoute = createRoute({ getParentRoute: () => authRoute, path: '/netwerk', component: NetworkPage });
const contactRoute = createRoute({
  getParentRoute: () => authRoute,
  path: '/netwerk/$contactId',
  component: function ContactRoute() {
    const { contactId } = contactRoute.useParams();
    return <ContactPage contactId={contactId} />;
  },
});
const networkRoutes = [networkRoute, contactRoute] as const;

// Learning across cases: the policy view (figures only).
const policyRoute = createRoute({ getParentRoute: () => authRoute, path: '/beleid', component: PolicyPage });
const policyRoutes = [policyRoute] as const;

const privacyRoutes = [
  securityRoute,
  privacyRoute,
  privacyLogRoute,
  privacyRegisterRoute,
  personSearchRoute,
  personRoute,
  retentionRoute,
  adminRoute,
  loginAdminRoute,
] as const;

const routeTree = rootRoute.addChildren([
  ...publicRoutes,
  authRoute.addChildren([processingRoute, breakGlassRoute, messagesRoute, indexRoute, myIntakesRoute, inboxRoute, casesRoute, caseRoute, stepRoute, planRoute, rulesRoute, priceListRoute, ...privacyRoutes, ...decisionRoutes,
    ...bottleneckRoutes, ...libraryRoutes, ...networkRoutes, ...policyRoutes]),
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
