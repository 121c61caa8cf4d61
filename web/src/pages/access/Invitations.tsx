// The invitations of a case: who was invited, for which sections, the status, and revoke.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { Invitation, InvitationStatus } from '../../types-access';
import { invitationStatusKey, problemText, roleKey, sectionNames } from './shared';

const tone: Record<InvitationStatus, 'active' | 'success' | 'inactive' | 'warning'> = {
  pending: 'active',
  accepted: 'success',
  expired: 'warning',
  revoked: 'inactive',
};

const nameId = (id: string) => `invitation-${id}`;

interface InvitationsProps {
  caseId: string;
  invitations: Invitation[];
  onRevoked: (name: string) => void;
}

export function Invitations({ caseId, invitations, onRevoked }: InvitationsProps) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const revoke = useMutation({
    mutationFn: (invitation: Invitation) => accessApi.revokeInvitation(caseId, invitation.id),
    onMutate: () => setProblem(null),
    onSuccess: (team, invitation) => {
      queryClient.setQueryData(accessKeys.team(caseId), team);
      onRevoked(invitation.name);
    },
    onError: (error) => setProblem(problemText(t, error)),
  });

  return (
    <>
      <Heading level={3}>{t('invite.listTitle')}</Heading>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      {invitations.length ? (
        <Table caption={t('invite.caption')}>
          <THead>
            <Th>{t('common.name')}</Th>
            <Th>{t('case.organisation')}</Th>
            <Th>{t('common.email')}</Th>
            <Th>{t('invite.sharedSections')}</Th>
            <Th>{t('common.status')}</Th>
            <Th>{t('invite.validUntil')}</Th>
            <Th>{t('inbox.actions')}</Th>
          </THead>
          <TBody>
            {invitations.map((i) => (
              <Tr key={i.id}>
                <Th scope="row" id={nameId(i.id)}>
                  {i.name}
                </Th>
                <Td>{i.organisation}</Td>
                <Td>{i.email}</Td>
                <Td>
                  {sectionNames(t, i.sections)} ({t(roleKey(i.role)).toLowerCase()})
                </Td>
                <Td>
                  <Badge tone={tone[i.status]}>{t(invitationStatusKey(i.status))}</Badge>
                  {i.emergency ? (
                    <>
                      {' '}
                      <Badge tone="danger">{t('invite.emergencyBadge')}</Badge>
                    </>
                  ) : null}
                </Td>
                <Td>{formatDateTime(i.expiresAt, locale)}</Td>
                <Td>
                  {i.status === 'pending' ? (
                    <Button
                      appearance="subtle"
                      aria-describedby={nameId(i.id)}
                      busy={revoke.isPending && revoke.variables?.id === i.id}
                      onClick={() => revoke.mutate(i)}
                    >
                      {t('invite.revoke')}
                    </Button>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : (
        <Paragraph>{t('invite.none')}</Paragraph>
      )}
    </>
  );
}
