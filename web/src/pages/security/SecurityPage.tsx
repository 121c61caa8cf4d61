// /mijn-beveiliging — for everybody who is logged in: second step (authenticator app and recovery
// codes), where you are logged in, and your password.
import { Alert } from '../../components/Alert';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { useMe } from '../../auth';
import { useT } from '../../lang';
import { usePageTitle } from '../../usePageTitle';
import { MfaSection } from './MfaSection';
import { PasswordSection } from './PasswordSection';
import { SessionsSection } from './SessionsSection';

export interface SecuritySearch {
  /** 'herstelcode': just logged in with a recovery code. */
  melding?: 'herstelcode';
}

export function parseSecuritySearch(search: Record<string, unknown>): SecuritySearch {
  return search.melding === 'herstelcode' ? { melding: 'herstelcode' } : {};
}

export function SecurityPage({ search }: { search: SecuritySearch }) {
  const t = useT();
  usePageTitle(t('security.title'));
  const me = useMe();

  return (
    <>
      <Heading level={1}>{t('security.title')}</Heading>
      <Paragraph>{t('security.intro')}</Paragraph>
      {search.melding === 'herstelcode' && me.data ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            {t('security.usedRecoveryCode', { n: me.data.mfa.recoveryCodesLeft })}
          </p>
        </Alert>
      ) : null}
      <QueryFeedback query={me} />
      {me.data ? <MfaSection me={me.data} /> : null}
      <SessionsSection />
      <PasswordSection />
    </>
  );
}
