// Setting up an authenticator app: start (new secret), add it to the app (typed key or the
// otpauth address), then confirm with a code. Ends with the recovery codes, handed to `onDone`.
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { securityApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import type { MfaSetup, RecoveryCodes } from '../../types-privacy';
import { CodeForm } from './CodeForm';
import { messageOf } from './problems';

/** The key in groups of four, as the apps show it: easier to type over. */
export function groupSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? [secret]).join(' ');
}

function SecretKey({ setup }: { setup: MfaSetup }) {
  const t = useT();
  return (
    <div className="doorbraak-secret">
      <p className="utrecht-paragraph">
        {t('mfa.setup.secretLabel')}{' '}
        <code className="utrecht-code doorbraak-secret__key">
          {groupSecret(setup.secret)}
        </code>
      </p>
      <p className="utrecht-paragraph">{t('mfa.setup.account', { account: setup.account, issuer: setup.issuer })}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={setup.uri}>
          {t('mfa.setup.openInApp')}
        </a>
      </p>
      <details className="doorbraak-details">
        <summary>{t('mfa.setup.uriSummary')}</summary>
        <p className="utrecht-paragraph">{t('mfa.setup.uriHint')}</p>
        <code className="utrecht-code doorbraak-secret__uri">
          {setup.uri}
        </code>
      </details>
    </div>
  );
}

interface MfaSetupFlowProps {
  startLabel: string;
  /** Heading level of the steps inside (2 on the login page, 3 inside a section). */
  level: 2 | 3;
  onDone: (result: RecoveryCodes) => void;
  onCancel?: () => void;
}

export function MfaSetupFlow({ startLabel, level, onDone, onCancel }: MfaSetupFlowProps) {
  const t = useT();
  const [setup, setSetup] = useState<MfaSetup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const stepsRef = useRef<HTMLHeadingElement>(null);

  const start = useMutation({
    mutationFn: () => securityApi.setup(),
    onMutate: () => setProblem(null),
    onSuccess: (result) => {
      setSetup(result);
      window.setTimeout(() => stepsRef.current?.focus(), 0);
    },
    onError: (error) => setProblem(messageOf(error, t)),
  });

  if (!setup) {
    return (
      <>
        {problem ? (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">{problem}</p>
          </Alert>
        ) : null}
        <ButtonGroup>
          <Button appearance="primary" busy={start.isPending} onClick={() => start.mutate()}>
            {startLabel}
          </Button>
          {onCancel ? (
            <Button appearance="subtle" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </ButtonGroup>
        {start.isPending ? (
          <p className="doorbraak-visually-hidden" role="status">
            {t('app.loading')}
          </p>
        ) : null}
      </>
    );
  }

  return (
    <div className="doorbraak-setup">
      <Heading level={level} ref={stepsRef} tabIndex={-1}>
        {t('mfa.setup.stepsTitle')}
      </Heading>
      <ol className="utrecht-ordered-list doorbraak-setup__steps">
        <li className="utrecht-ordered-list__item">
          <Paragraph>{t('mfa.setup.step1')}</Paragraph>
        </li>
        <li className="utrecht-ordered-list__item">
          <Paragraph>{t('mfa.setup.step2')}</Paragraph>
          <SecretKey setup={setup} />
        </li>
        <li className="utrecht-ordered-list__item">
          <Paragraph>{t('mfa.setup.step3')}</Paragraph>
          <CodeForm
            path="setupCode"
            kind="app"
            submitLabel={t('mfa.setup.confirm')}
            action={(code) => securityApi.confirm(code)}
            onSuccess={onDone}
            onCancel={onCancel}
          />
        </li>
      </ol>
    </div>
  );
}
