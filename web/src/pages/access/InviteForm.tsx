// Invite a partner professional by e-mail for chosen sections. The server refuses sections that no
// consent or other legal basis covers for that organisation; that message lands on the sections.
// Only someone with the right 'consent_override' sees the emergency option.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { CheckboxGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { CaseSection, InviteResult, MemberRole } from '../../types-access';
import { sectionNames, sectionOptions, serverProblems, useFormProblems, useNotice } from './shared';
import { RoleChoice } from './TeamForms';
import { ToggleForm } from './ToggleForm';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const paths: Record<string, string> = {
  name: 'invite.name',
  email: 'invite.email',
  organisation: 'invite.organisation',
  role: 'invite.role',
  sections: 'invite.sections',
  emergency: 'invite.emergencyReason',
  'emergency.reason': 'invite.emergencyReason',
};

/** Organisations that an active consent or legal basis covers: suggestions for the organisation field. */
function useCoveredOrganisations(caseId: string): string[] {
  const consents = useQuery({ queryKey: accessKeys.consents(caseId), queryFn: () => accessApi.consents(caseId) });
  const names = new Set<string>();
  for (const c of consents.data?.consents ?? []) if (!c.withdrawnAt) c.organisations.forEach((o) => names.add(o));
  for (const b of consents.data?.bases ?? []) if (!b.endedAt) names.add(b.organisation);
  return [...names].sort((a, b) => a.localeCompare(b, 'nl'));
}

function InviteFields({ caseId, internalSections, onDone }: { caseId: string; internalSections: CaseSection[]; onDone: (result?: InviteResult) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const { data: me } = useMe();
  const mayOverride = !!me?.rights.includes('consent_override');
  const organisations = useCoveredOrganisations(caseId);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState<MemberRole | ''>('reader');
  const [sections, setSections] = useState<CaseSection[]>([]);
  const [emergency, setEmergency] = useState(false);
  const [reason, setReason] = useState('');
  const problems = useFormProblems();

  const invite = useMutation({
    mutationFn: () =>
      accessApi.invite(caseId, {
        name: name.trim(),
        email: email.trim(),
        organisation: organisation.trim(),
        role: role as MemberRole,
        sections,
        ...(emergency ? { emergency: { reason: reason.trim() } } : {}),
      }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: accessKeys.team(caseId) });
      onDone(result);
    },
    onError: (error) => {
      const { fields, summary } = serverProblems(t, error, paths);
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (invite.isPending) return;
    const fields: FieldErrors = {};
    if (name.trim().length < 2) fields['invite.name'] = t('invite.err.name');
    if (!EMAIL.test(email.trim())) fields['invite.email'] = t('invite.err.email');
    if (organisation.trim().length < 2) fields['invite.organisation'] = t('invite.err.organisation');
    if (!role) fields['invite.role'] = t('team.err.role');
    if (!sections.length) fields['invite.sections'] = t('invite.err.sections');
    if (emergency && reason.trim().length < 20) fields['invite.emergencyReason'] = t('invite.err.emergencyReason');
    problems.show(fields);
    if (!Object.keys(fields).length) invite.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form">
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <TextField path="invite.name" label={t('common.name')} required autoComplete="off" value={name} onValue={setName} error={problems.errors['invite.name']} />
      <TextField path="invite.email" label={t('common.email')} type="email" required autoComplete="off" value={email} onValue={setEmail} error={problems.errors['invite.email']} />
      <TextField
        path="invite.organisation"
        label={t('case.organisation')}
        description={t('invite.organisationHint')}
        required
        autoComplete="off"
        list="invite-organisations"
        value={organisation}
        onValue={setOrganisation}
        error={problems.errors['invite.organisation']}
      />
      <datalist id="invite-organisations">
        {organisations.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
      <RoleChoice path="invite.role" value={role} onChange={setRole} error={problems.errors['invite.role']} />
      <CheckboxGroup<CaseSection>
        path="invite.sections"
        legend={t('invite.sections')}
        description={
          internalSections.length
            ? `${t('invite.sectionsHint')} ${t('invite.internalHint', { sections: sectionNames(t, internalSections) })}`
            : t('invite.sectionsHint')
        }
        options={sectionOptions(t, internalSections)}
        value={sections}
        onChange={setSections}
        error={problems.errors['invite.sections']}
      />
      {mayOverride ? (
        <CheckboxGroup<'yes'>
          path="invite.emergency"
          legend={t('invite.emergencyLegend')}
          description={t('invite.emergencyHint')}
          options={[{ value: 'yes', label: t('invite.emergency') }]}
          value={emergency ? ['yes'] : []}
          onChange={(v) => setEmergency(v.includes('yes'))}
        />
      ) : null}
      {emergency ? (
        <TextAreaField
          path="invite.emergencyReason"
          label={t('invite.emergencyReason')}
          description={t('invite.emergencyReasonHint')}
          required
          rows={4}
          value={reason}
          onValue={setReason}
          error={problems.errors['invite.emergencyReason']}
        />
      ) : null}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={invite.isPending}>
          {t('invite.submit')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone()}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

export function InviteForm({ caseId, internalSections }: { caseId: string; internalSections: CaseSection[] }) {
  const { t } = useLang();
  const notice = useNotice();
  const [sent, setSent] = useState<InviteResult | null>(null);
  return (
    <>
      <Heading level={3}>{t('invite.title')}</Heading>
      <Paragraph>{t('invite.intro')}</Paragraph>
      {notice.element}
      {sent && notice.notice ? (
        <Alert type="info">
          <Paragraph>{t('invite.linkHint')}</Paragraph>
          <Paragraph>
            <code className="doorbraak-access-link">{`${window.location.origin}${sent.link}`}</code>
          </Paragraph>
        </Alert>
      ) : null}
      <ToggleForm label={t('invite.open')} firstField="invite.name">
        {(close) => (
          <InviteFields
            caseId={caseId}
            internalSections={internalSections}
            onDone={(result) => {
              close(!!result);
              if (result) {
                setSent(result);
                notice.announce(t('invite.sent', { name: result.invitation.name, email: result.invitation.email }));
              } else notice.announce(null);
            }}
          />
        )}
      </ToggleForm>
    </>
  );
}
