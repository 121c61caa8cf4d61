// "Casusteam" on the case page. The coordinator manages it: members with role and shared
// sections, change and remove, add a colleague, invitations, invite a partner and internal
// sections. Other team members see who is on the team and can leave it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { SharedCaseOverview, Team, TeamMember } from '../../types-access';
import { Section } from '../cases/CaseSections';
import { InternalSectionsForm } from './InternalSections';
import { Invitations } from './Invitations';
import { InviteForm } from './InviteForm';
import { LeaveTeam } from './LeaveTeam';
import { focusLater, problemText, roleKey, sectionNames, useNotice } from './shared';
import { AddColleagueForm, MemberEditor } from './TeamForms';
import { ToggleForm } from './ToggleForm';

const nameId = (userId: string) => `team-member-${userId}`;
const editId = (userId: string) => `team-edit-${userId}`;
const removeId = (userId: string) => `team-remove-${userId}`;
const confirmId = (userId: string) => `team-remove-confirm-${userId}`;

function MemberSees({ member }: { member: TeamMember }) {
  const { t, locale } = useLang();
  if (!member.partner || member.sections === null) return <>{t('team.seesAll')}</>;
  return (
    <>
      {sectionNames(t, member.sections)}
      {member.overrideUntil ? (
        <>
          <br />
          {t('team.emergencyUntil', { until: formatDateTime(member.overrideUntil, locale) })}
        </>
      ) : null}
    </>
  );
}

interface MembersTableProps {
  team: Team;
  manage: boolean;
  onEdit?: (member: TeamMember) => void;
  onRemoved?: (member: TeamMember) => void;
  caseId: string;
}

function MembersTable({ team, manage, onEdit, onRemoved, caseId }: MembersTableProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (member: TeamMember) => accessApi.removeMember(caseId, member.userId),
    onMutate: () => setProblem(null),
    onSuccess: async (_void, member) => {
      setConfirming(null);
      await queryClient.invalidateQueries({ queryKey: accessKeys.case(caseId) });
      onRemoved?.(member);
    },
    onError: (error) => setProblem(problemText(t, error)),
  });

  return (
    <>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      <Table caption={t('team.membersCaption')}>
        <THead>
          <Th>{t('common.name')}</Th>
          <Th>{t('case.organisation')}</Th>
          <Th>{t('team.role')}</Th>
          <Th>{t('team.sees')}</Th>
          {manage ? <Th>{t('inbox.actions')}</Th> : null}
        </THead>
        <TBody>
          {team.members.map((m) => (
            <Tr key={m.userId}>
              <Th scope="row" id={nameId(m.userId)}>
                {m.name}
                {m.partner ? <span className="doorbraak-access-note"> {t('team.partner')}</span> : null}
              </Th>
              <Td>{m.organisation ?? t('common.notProvided')}</Td>
              <Td>{t(roleKey(m.role))}</Td>
              <Td>
                <MemberSees member={m} />
              </Td>
              {manage ? (
                <Td className="doorbraak-cell--actions">
                  {m.role === 'coordinator' ? null : confirming === m.userId ? (
                    <div className="doorbraak-triage">
                      <Paragraph>{t('team.removeConfirm', { name: m.name })}</Paragraph>
                      <ButtonGroup>
                        <Button id={confirmId(m.userId)} appearance="primary" busy={remove.isPending} onClick={() => remove.mutate(m)}>
                          {t('team.removeYes')}
                        </Button>
                        <Button
                          appearance="subtle"
                          onClick={() => {
                            setConfirming(null);
                            focusLater(removeId(m.userId));
                          }}
                        >
                          {t('common.cancel')}
                        </Button>
                      </ButtonGroup>
                    </div>
                  ) : (
                    <ButtonGroup>
                      <Button id={editId(m.userId)} aria-describedby={nameId(m.userId)} onClick={() => onEdit?.(m)}>
                        {t('team.edit')}
                      </Button>
                      <Button
                        id={removeId(m.userId)}
                        appearance="subtle"
                        aria-describedby={nameId(m.userId)}
                        onClick={() => {
                          setConfirming(m.userId);
                          focusLater(confirmId(m.userId));
                        }}
                      >
                        {t('team.remove')}
                      </Button>
                    </ButtonGroup>
                  )}
                </Td>
              ) : null}
            </Tr>
          ))}
        </TBody>
      </Table>
    </>
  );
}

export function CaseTeamSection({ overview, onLeft }: { overview: SharedCaseOverview; onLeft: () => void }) {
  const { t } = useLang();
  const { data: me } = useMe();
  const { access } = overview;
  const onTeam = access.via === 'team';
  const manage = onTeam && access.role === 'coordinator' && !access.partner;
  const team = useQuery({ queryKey: accessKeys.team(overview.id), queryFn: () => accessApi.team(overview.id), enabled: onTeam });
  const notice = useNotice();
  const [editing, setEditing] = useState<TeamMember | null>(null);
  if (!onTeam) return null;

  const data = team.data;
  return (
    <Section id="section-team" title={t('team.title')}>
      <Paragraph>{manage ? t('team.introCoordinator') : t('team.intro')}</Paragraph>
      {notice.element}
      <QueryFeedback query={team} />
      {data ? (
        <MembersTable
          team={data}
          manage={manage}
          caseId={overview.id}
          onEdit={(m) => {
            notice.announce(null);
            setEditing(m);
          }}
          onRemoved={(m) => notice.announce(t('team.removed', { name: m.name }))}
        />
      ) : null}
      {manage && data && editing ? (
        <MemberEditor
          key={editing.userId}
          caseId={overview.id}
          member={editing}
          internalSections={data.internalSections}
          onDone={(saved) => {
            setEditing(null);
            if (saved) notice.announce(t('team.changed', { name: editing.name }));
            else focusLater(editId(editing.userId));
          }}
        />
      ) : null}
      {manage && data ? (
        <>
          <Heading level={3}>{t('team.addTitle')}</Heading>
          <Paragraph>{t('team.addIntro')}</Paragraph>
          <ToggleForm label={t('team.add')} firstField="add.userId">
            {(close) => (
              <AddColleagueForm
                caseId={overview.id}
                team={data}
                ownId={me?.user.id}
                onDone={(added) => {
                  close(!!added);
                  if (added) notice.announce(t('team.added', { name: added }));
                }}
              />
            )}
          </ToggleForm>
          <Invitations caseId={overview.id} invitations={data.invitations} onRevoked={(name) => notice.announce(t('invite.revoked', { name }))} />
          <InviteForm caseId={overview.id} internalSections={data.internalSections} />
          <InternalSectionsForm caseId={overview.id} team={data} />
          <Heading level={3}>{t('processing.linkTitle')}</Heading>
          <Paragraph>
            <AppLink to="/casussen/$id/verwerkingen" params={{ id: overview.id }}>
              {t('processing.link')}
            </AppLink>
          </Paragraph>
        </>
      ) : null}
      {!manage && me ? <LeaveTeam caseId={overview.id} userId={me.user.id} onLeft={onLeft} /> : null}
    </Section>
  );
}
