// /inloggen — e-mail and password; then, where needed, the second step: the code from the
// authenticator app (or a recovery code), or first setting up an app when the municipality requires
// one. Also the button for logging in through the municipality's identity provider.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api } from '../api';
import { securityApi } from '../api-privacy';
import { meQuery, sessionStageQuery } from '../auth';
import { Alert } from '../components/Alert';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/FormField';
import { Heading, Paragraph } from '../components/Heading';
import { AppLink } from '../components/Link';
import { useT } from '../lang';
import type { Me } from '../types';
import type { OidcFailure } from '../types-privacy';
import { usePageTitle } from '../usePageTitle';
import { LoginCodeStep } from './security/LoginCodeStep';
import { LoginSetupStep } from './security/LoginSetupStep';
import { OidcFailureAlert, OidcLogin } from './security/OidcLogin';
import { problemOf, useFormErrors } from './security/problems';

type Step = 'password' | 'verify' | 'setup';

interface LoginPageProps {
  redirectTo?: string;
  /** Set by the identity-provider login: the second step still has to happen here. */
  step?: 'code' | 'instellen';
  /** Why a login through the identity provider failed. */
  failure?: OidcFailure;
  /** Municipality slug, for its identity-provider button. */
  municipality?: string;
}

const fromSearch = (step: LoginPageProps['step']): Step =>
  step === 'code' ? 'verify' : step === 'instellen' ? 'setup' : 'password';

export function LoginPage({ redirectTo, step: initialStep, failure, municipality }: LoginPageProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const router = useRouter();
  const [step, setStep] = useState<Step>(fromSearch(initialStep));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const errors = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);
  usePageTitle(step === 'password' ? t('login.title') : step === 'verify' ? t('mfa.login.title') : t('mfa.setupLogin.title'));

  // A session that is half-way (password right, code still needed) continues with its open step,
  // also after a reload or when a protected page sent the person here.
  const stage = useQuery(sessionStageQuery);
  useEffect(() => {
    if (stage.data?.stage === 'verify') setStep('verify');
    else if (stage.data?.stage === 'setup') setStep('setup');
  }, [stage.data]);

  // A new step is like a new page: its heading takes focus and is read out.
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  async function signedIn(me: Me, usedRecoveryCode = false) {
    queryClient.removeQueries();
    queryClient.setQueryData(meQuery.queryKey, me);
    if (usedRecoveryCode) await navigate({ to: '/mijn-beveiliging', search: { melding: 'herstelcode' } });
    else if (redirectTo) router.history.push(redirectTo);
    else await navigate({ to: '/' });
  }

  const login = useMutation({
    mutationFn: () => securityApi.login(email.trim(), password),
    meta: { skipAuthRedirect: true },
    onSuccess: async (result) => {
      setPassword('');
      if (result.mfaRequired) setStep('verify');
      else if (result.mfa.stage === 'setup') setStep('setup');
      else {
        const { mfaRequired: _ignored, ...me } = result;
        await signedIn(me);
      }
    },
    onError: (error) => {
      const { fields, summary } = problemOf(error, t, { email: 'email', password: 'password' });
      errors.show(fields, summary);
    },
  });

  // Stop half-way: end the session that waits for its code, and start again.
  const cancel = useMutation({
    mutationFn: () => api.logout(),
    meta: { skipAuthRedirect: true },
    onSettled: () => {
      queryClient.removeQueries({ queryKey: sessionStageQuery.queryKey });
      setStep('password');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const fieldErrors: Record<string, string> = {};
    if (!email.trim()) fieldErrors.email = t('login.emailRequired');
    if (!password) fieldErrors.password = t('login.passwordRequired');
    if (Object.keys(fieldErrors).length) {
      errors.show(fieldErrors);
      return;
    }
    errors.clear();
    login.mutate();
  }

  if (step === 'verify') {
    return (
      <LoginCodeStep
        ref={headingRef}
        onSignedIn={(me, usedRecoveryCode) => void signedIn(me, usedRecoveryCode)}
        onCancel={() => cancel.mutate()}
        cancelling={cancel.isPending}
      />
    );
  }
  if (step === 'setup') {
    return <LoginSetupStep ref={headingRef} onSignedIn={(me) => void signedIn(me)} onCancel={() => cancel.mutate()} />;
  }

  return (
    <div className="doorbraak-narrow">
      <Heading level={1} ref={headingRef}>
        {t('login.title')}
      </Heading>
      {failure ? <OidcFailureAlert failure={failure} /> : null}
      <Paragraph>{t('login.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} title={t('login.failed')} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextField
          path="email"
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          value={email}
          onValue={setEmail}
          error={errors.fields.email}
        />
        <TextField
          path="password"
          label={t('login.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onValue={setPassword}
          error={errors.fields.password}
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
      <OidcLogin municipality={municipality} redirectTo={redirectTo} />
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
