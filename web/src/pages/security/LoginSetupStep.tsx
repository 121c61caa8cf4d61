// Login when the municipality requires a second step and this person has no app yet: set it up,
// keep the recovery codes, then continue signed in.
import { useMutation } from '@tanstack/react-query';
import { forwardRef, useState } from 'react';
import { api } from '../../api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import type { Me } from '../../types';
import { MfaSetupFlow } from './MfaSetupFlow';
import { messageOf } from './problems';
import { RecoveryCodesView } from './RecoveryCodesView';

interface LoginSetupStepProps {
  onSignedIn: (me: Me) => void;
  onCancel: () => void;
}

export const LoginSetupStep = forwardRef<HTMLHeadingElement, LoginSetupStepProps>(function LoginSetupStep(
  { onSignedIn, onCancel },
  headingRef,
) {
  const t = useT();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const finish = useMutation({
    mutationFn: () => api.me(),
    onMutate: () => setProblem(null),
    onSuccess: (me) => {
      if (me) onSignedIn(me);
      else setProblem(t('mfa.setupLogin.expired'));
    },
    onError: (error) => setProblem(messageOf(error, t)),
  });

  return (
    <div className="doorbraak-narrow">
      <Heading level={1} ref={headingRef}>
        {t('mfa.setupLogin.title')}
      </Heading>
      {!codes ? (
        <>
          <Paragraph>{t('mfa.setupLogin.intro')}</Paragraph>
          <Paragraph>{t('mfa.setupLogin.why')}</Paragraph>
          <MfaSetupFlow
            startLabel={t('mfa.setup.start')}
            level={2}
            onDone={(result) => setCodes(result.recoveryCodes)}
            onCancel={onCancel}
          />
        </>
      ) : (
        <RecoveryCodesView codes={codes} level={2}>
          {problem ? (
            <Alert type="error" role="alert">
              <p className="utrecht-paragraph">{problem}</p>
            </Alert>
          ) : null}
          <Button appearance="primary" busy={finish.isPending} onClick={() => finish.mutate()}>
            {t('mfa.codes.continue')}
          </Button>
        </RecoveryCodesView>
      )}
    </div>
  );
});
