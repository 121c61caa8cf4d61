// "Verlaat team" for everyone on the team except the coordinator: access ends at once, so the
// button asks once more before it acts.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { accessApi } from '../../api-access';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import { focusLater, problemText } from './shared';

const LEAVE_ID = 'team-leave';
const CONFIRM_ID = 'team-leave-confirm';

export function LeaveTeam({ caseId, userId, onLeft }: { caseId: string; userId: string; onLeft: () => void }) {
  const { t } = useLang();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const leave = useMutation({
    mutationFn: () => accessApi.removeMember(caseId, userId),
    onMutate: () => setProblem(null),
    onSuccess: onLeft,
    onError: (error) => setProblem(problemText(t, error)),
  });

  return (
    <>
      <Heading level={3}>{t('team.leaveTitle')}</Heading>
      <Paragraph>{t('team.leaveIntro')}</Paragraph>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {confirming ? (
        <div className="doorbraak-triage">
          <Paragraph>{t('team.leaveConfirm')}</Paragraph>
          <ButtonGroup>
            <Button id={CONFIRM_ID} appearance="primary" busy={leave.isPending} onClick={() => leave.mutate()}>
              {t('team.leaveYes')}
            </Button>
            <Button
              appearance="subtle"
              onClick={() => {
                setConfirming(false);
                focusLater(LEAVE_ID);
              }}
            >
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button
          id={LEAVE_ID}
          onClick={() => {
            setConfirming(true);
            focusLater(CONFIRM_ID);
          }}
        >
          {t('team.leave')}
        </Button>
      )}
    </>
  );
}
