// /inloggen — e-mail and password; shows the server's message on 401 and 429.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../api';
import { meQuery } from '../auth';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import type { FieldErrors } from '../components/fieldIds';
import { TextField } from '../components/FormField';
import { Heading, Paragraph } from '../components/Heading';
import { AppLink } from '../components/Link';
import { useT } from '../lang';
import { usePageTitle } from '../usePageTitle';

export function LoginPage({ redirectTo }: { redirectTo?: string }) {
  const t = useT();
  usePageTitle(t('login.title'));
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);

  const login = useMutation({
    mutationFn: () => api.login(email.trim(), password),
    meta: { skipAuthRedirect: true },
    onSuccess: async (me) => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQuery.queryKey, me);
      if (redirectTo) router.history.push(redirectTo);
      else await navigate({ to: '/' });
    },
    onError: (error) => {
      const fieldErrors: FieldErrors = {};
      const items: SummaryItem[] = [];
      if (isApiError(error)) {
        for (const e of error.errors) {
          const path = e.field === 'email' || e.field === 'password' ? e.field : null;
          if (path && !fieldErrors[path]) fieldErrors[path] = e.message;
          items.push({ path, message: e.message });
        }
        if (!items.length) {
          const message = error.status === 0 ? t('error.network') : (error.detail ?? error.title);
          items.push({ path: null, message: message || t('login.failed') });
        }
      } else {
        items.push({ path: null, message: t('error.generic') });
      }
      setErrors(fieldErrors);
      setSummary(items);
      setAttempt((n) => n + 1);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const fieldErrors: FieldErrors = {};
    if (!email.trim()) fieldErrors.email = t('login.emailRequired');
    if (!password) fieldErrors.password = t('login.passwordRequired');
    if (Object.keys(fieldErrors).length) {
      setErrors(fieldErrors);
      setSummary(Object.entries(fieldErrors).map(([path, message]) => ({ path, message })));
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    login.mutate();
  }

  return (
    <div className="doorbraak-narrow">
      <Heading level={1}>{t('login.title')}</Heading>
      <Paragraph>{t('login.intro')}</Paragraph>
      <ErrorSummary items={summary} focusKey={attempt} title={t('login.failed')} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextField
          path="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
          error={errors.email}
        />
        <TextField
          path="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          error={errors.password}
        />
        <Button type="submit" appearance="primary" busy={login.isPending}>
          {t('login.submit')}
        </Button>
        {login.isPending ? (
          <p className="doorbraak-visually-hidden" role="status">
            {t('login.busy')}
          </p>
        ) : null}
      </form>
      <Alert type="info">
        <Heading level={2} look={3}>
          {t('login.reportTitle')}
        </Heading>
        <Paragraph>
          <AppLink to="/melden">{t('login.report')}</AppLink>
        </Paragraph>
      </Alert>
    </div>
  );
}
