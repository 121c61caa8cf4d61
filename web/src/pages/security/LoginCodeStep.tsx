// Login, second step: the code from the authenticator app, or (behind a disclosure) a recovery code.
import { forwardRef } from 'react';
import { securityApi } from '../../api-privacy';
import { Button } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import type { Me } from '../../types';
import type { LoginResult } from '../../types-privacy';
import { CodeForm } from './CodeForm';

interface LoginCodeStepProps {
  onSignedIn: (me: Me, usedRecoveryCode: boolean) => void;
  /** Stop and log in with another account (ends the half-finished session). */
  onCancel: () => void;
  cancelling: boolean;
}

/** The signed-in user from a login answer (the verify answer always is one). */
function meOf(result: LoginResult): Me | null {
  if (result.mfaRequired) return null;
  const { mfaRequired: _ignored, ...me } = result;
  return me;
}

export const LoginCodeStep = forwardRef<HTMLHeadingElement, LoginCodeStepProps>(function LoginCodeStep(
  { onSignedIn, onCancel, cancelling },
  headingRef,
) {
  const t = useT();
  const done = (usedRecoveryCode: boolean) => (result: LoginResult) => {
    const me = meOf(result);
    if (me) onSignedIn(me, usedRecoveryCode);
  };
  return (
    <div className="doorbraak-narrow">
      <Heading level={1} ref={headingRef}>
        {t('mfa.login.title')}
      </Heading>
      <Paragraph>{t('mfa.login.intro')}</Paragraph>
      <CodeForm
        path="code"
        kind="app"
        submitLabel={t('mfa.login.submit')}
        action={(code) => securityApi.verify(code)}
        onSuccess={done(false)}
      />
      <details className="doorbraak-details">
        <summary>{t('mfa.login.recoverySummary')}</summary>
        <Paragraph>{t('mfa.login.recoveryIntro')}</Paragraph>
        <CodeForm
          path="recoveryCode"
          kind="recovery"
          submitLabel={t('mfa.login.recoverySubmit')}
          action={(code) => securityApi.verify(code)}
          onSuccess={done(true)}
        />
      </details>
      <Paragraph>
        <Button appearance="subtle" busy={cancelling} onClick={onCancel}>
          {t('mfa.login.otherAccount')}
        </Button>
      </Paragraph>
    </div>
  );
});
