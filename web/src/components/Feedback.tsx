// Loading and error states, announced to screen readers.
import { useRouter } from '@tanstack/react-router';
import { isApiError } from '../api';
import { useT } from '../lang';
import { Alert } from './Alert';
import { Button } from './Button';

/** Polite loading message (role=status, so it is read out without moving focus). */
export function Loading() {
  const t = useT();
  return (
    <p className="utrecht-paragraph doorbraak-loading" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

/** A failed request: a readable message and a retry button. */
export function LoadError({ error, retry }: { error: unknown; retry?: () => void }) {
  const t = useT();
  let message = t('error.generic');
  if (isApiError(error, 0)) message = t('error.network');
  else if (isApiError(error, 403)) message = t('error.forbidden');
  else if (isApiError(error) && error.status < 500) message = error.detail ?? error.title;
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">{message}</p>
      {retry ? <Button onClick={retry}>{t('error.retry')}</Button> : null}
    </Alert>
  );
}

interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The states of a query in one place: loading, "not found" when the page says what that is, or an
 * error with a retry.
 */
export function QueryFeedback({ query, missing }: { query: QueryLike; missing?: { when: boolean; message: string } }) {
  if (query.isPending) return <Loading />;
  if (!query.isError) return null;
  if (missing?.when) {
    return (
      <Alert type="warning">
        <p className="utrecht-paragraph">{missing.message}</p>
      </Alert>
    );
  }
  return <LoadError error={query.error} retry={() => void query.refetch()} />;
}

/** Error boundary content for routes (e.g. when the API is down while loading a route). */
export function RouteError({ error }: { error: unknown }) {
  const router = useRouter();
  return <LoadError error={error} retry={() => void router.invalidate()} />;
}
