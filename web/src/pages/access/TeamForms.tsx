// Forms of the case team: add a colleague of the municipality, and change a member's role or
// (for partners) the shared sections. Server errors land on the fields.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadError, Loading } from '../../components/Feedback';
import type { FieldErrors } from '../../components/fieldIds';
import { SelectField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import type { CaseSection, MemberRole, Team, TeamMember } from '../../types-access';
import { roleKey, sectionOptions, serverProblems, useFormProblems } from './shared';


export function RoleChoice({ path, value, onChange, error }: { path: string; value: MemberRole | ''; onChange: (r: MemberRole) => void; error?: string }) {
  const { t } = useLang();
  return (
    <RadioGroup<MemberRole>
      path={path}
      legend={t('team.role')}
      options={(['contributor', 'reader'] as const).map((r) => ({
        value: r,
        label: `${t(roleKey(r))}: ${t(r === 'contributor' ? 'team.roleContributorHint' : 'team.roleReaderHint')}`,
      }))}
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

interface AddColleagueProps {
  caseId: string;
  team: Team;
  ownId?: string;
  /** Called with the colleague's name when added, or without when cancelled. */
  onDone: (added?: string) => void;
}

export function AddColleagueForm({ caseId, team, ownId, onDone }: AddColleagueProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const colleagues = useQuery({ queryKey: accessKeys.colleagues, queryFn: () => accessApi.colleagues() });
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<MemberRole | ''>('contributor');
  const problems = useFormProblems();
  const onTeam = new Set(team.members.map((m) => m.userId));
  const choices = (colleagues.data?.items ?? []).filter((c) => !onTeam.has(c.id) && c.id !== ownId);

  const add = useMutation({
    mutationFn: () => accessApi.addMember(caseId, userId, role as MemberRole),
    onSuccess: (next) => {
      queryClient.setQueryData(accessKeys.team(caseId), next);
      void queryClient.invalidateQueries({ queryKey: accessKeys.case(caseId), exact: true });
      onDone(choices.find((c) => c.id === userId)?.name ?? '');
    },
    onError: (error) => {
      const { fields, summary } = serverProblems(t, error, { userId: 'add.userId', role: 'add.role' });
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    const fields: FieldErrors = {};
    if (!userId) fields['add.userId'] = t('team.err.colleague');
    if (!role) fields['add.role'] = t('team.err.role');
    problems.show(fields);
    if (!Object.keys(fields).length) add.mutate();
  }

  if (colleagues.isPending) return <Loading />;
  if (colleagues.isError) return <LoadError error={colleagues.error} retry={() => void colleagues.refetch()} />;
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form">
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <SelectField
        path="add.userId"
        label={t('team.colleague')}
        required
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
        error={problems.errors['add.userId']}
        options={[
          { value: '', label: choices.length ? t('team.chooseColleague') : t('team.noColleagues') },
          ...choices.map((c) => ({ value: c.id, label: c.organisation ? `${c.name} (${c.organisation})` : c.name })),
        ]}
      />
      <RoleChoice path="add.role" value={role} onChange={setRole} error={problems.errors['add.role']} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={add.isPending}>
          {t('team.add')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface MemberEditorProps {
  caseId: string;
  member: TeamMember;
  internalSections: CaseSection[];
  onDone: (saved: boolean) => void;
}

export function MemberEditor({ caseId, member, internalSections, onDone }: MemberEditorProps) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [role, setRole] = useState<MemberRole | ''>(member.role === 'coordinator' ? '' : member.role);
  const [sections, setSections] = useState<CaseSection[]>(member.sections ?? []);
  const problems = useFormProblems();
  const partner = member.partner && member.sections !== null;

  const save = useMutation({
    mutationFn: () =>
      accessApi.updateMember(caseId, member.userId, { role: role as MemberRole, ...(partner ? { sections } : {}) }),
    onSuccess: (next) => {
      queryClient.setQueryData(accessKeys.team(caseId), next);
      void queryClient.invalidateQueries({ queryKey: accessKeys.case(caseId), exact: true });
      onDone(true);
    },
    onError: (error) => {
      const { fields, summary } = serverProblems(t, error, { role: 'member.role', sections: 'member.sections', userId: 'member.role' });
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const fields: FieldErrors = {};
    if (!role) fields['member.role'] = t('team.err.role');
    problems.show(fields);
    if (!Object.keys(fields).length) save.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-access-form">
      <Heading level={3}>{t('team.editTitle', { name: member.name })}</Heading>
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <RoleChoice path="member.role" value={role} onChange={setRole} error={problems.errors['member.role']} />
      {partner ? (
        <CheckboxGroup<CaseSection>
          path="member.sections"
          legend={t('team.sharedSections')}
          description={t('team.sharedSectionsHint')}
          options={sectionOptions(t, internalSections)}
          value={sections}
          onChange={setSections}
          error={problems.errors['member.sections']}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('team.save')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
