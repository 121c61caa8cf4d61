// Entry point: styles (NL Design System + our municipality theme), query client, router.
import '@utrecht/component-library-css/dist/index.css';
import '@utrecht/design-tokens/dist/theme.css';
import './theme.css';
import './styles/layout.css';
import './styles/components.css';

import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isApiError } from './api';
import { meQuery, safeRedirect } from './auth';
import { LangProvider } from './lang';
import { createAppRouter } from './router';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { skipAuthRedirect?: boolean };
  }
}

/** A 401 on a protected page means the session ended: go to the login page. */
function onUnauthorized(error: unknown, skip: boolean) {
  if (skip || !isApiError(error, 401)) return;
  queryClient.setQueryData(meQuery.queryKey, null);
  const here = router.state.location;
  if (here.pathname === '/inloggen') return;
  void router.navigate({
    to: '/inloggen',
    search: { redirect: safeRedirect(here.href) ?? undefined },
  });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => onUnauthorized(error, query.queryKey[0] === meQuery.queryKey[0]),
  }),
  mutationCache: new MutationCache({
    onError: (error, _vars, _ctx, mutation) => onUnauthorized(error, !!mutation.meta?.skipAuthRedirect),
  }),
  defaultOptions: {
    queries: {
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <LangProvider>
        <RouterProvider router={router} />
      </LangProvider>
    </QueryClientProvider>
  </StrictMode>,
);
