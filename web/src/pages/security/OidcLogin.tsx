// Login through the municipality's own identity provider (OpenID Connect): the button, and the
// message when such a login came back to /inloggen?fout=….
import { useQuery } from '@tanstack/react-query';
import { securityApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import type { OidcFailure, OidcProvider } from '../../types-privacy';

/** The start address with where to return afterwards (the server accepts only same-site paths). */
function startHref(provider: OidcProvider, redirectTo?: string): string {
  const url = new URL(provider.startUrl, window.location.origin);
  if (redirectTo) url.searchParams.set('redirect', redirectTo);
  return `${url.pathname}${url.search}`;
}

export function OidcLogin({ municipality, redirectTo }: { municipality?: string; redirectTo?: string }) {
  const t = useT();
  const providers = useQuery({
    queryKey: ['oidc-providers', municipality ?? ''],
    queryFn: () => securityApi.oidcProviders(municipality),
    staleTime: 5 * 60_000,
    retry: false,
  });
  const list = providers.data?.providers ?? [];
  if (!list.length) return null;
  return (
    <section className="doorbraak-oidc" aria-labelledby="oidc-title">
      <Heading level={2} look={3} id="oidc-title">
        {t('security.oidc.title')}
      </Heading>
      <Paragraph>{t('security.oidc.intro')}</Paragraph>
      {list.map((provider) => (
        <Paragraph key={provider.id}>
          {/* A full page navigation: the identity provider's own login page follows. */}
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={startHref(provider, redirectTo)}
          >
            {t('security.oidc.button', { label: provider.label })}
          </a>
        </Paragraph>
      ))}
    </section>
  );
}

const failureKey = {
  'niet-beschikbaar': 'security.oidc.fail.niet-beschikbaar',
  verlopen: 'security.oidc.fail.verlopen',
  geweigerd: 'security.oidc.fail.geweigerd',
  mislukt: 'security.oidc.fail.mislukt',
  onbekend: 'security.oidc.fail.onbekend',
} as const;

export function OidcFailureAlert({ failure }: { failure: OidcFailure }) {
  const t = useT();
  return (
    <Alert type="error" role="alert">
      <Heading level={2} look={3}>
        {t('security.oidc.failTitle')}
      </Heading>
      <p className="utrecht-paragraph">{t(failureKey[failure])}</p>
    </Alert>
  );
}
