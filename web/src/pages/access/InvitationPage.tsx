// /uitnodiging#<token> — a partner professional opens the link from the invitation e-mail. The
// token sits in the URL fragment, which browsers never send to a server. We show who invites and
// for which organisation (no resident's details), then the invitee sets a password (or uses the
// password of an existing account) and goes straight to the case.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../api';
import { accessApi } from '../../api-access';
import { meQuery } from '../../auth';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { DataList } from '../../components/DataList';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadError, Loading } from '../../components/Feedback';
import type { FieldErrors } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { InvitationPreview } from '../../types-access';
import { usePageTitle } from '../../usePageTitle';
import { serverProblems, useFormProblems } from './shared';

const MIN_PASSWORD = 12;

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [name, setName] = useState(preview.name);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [gone, setGone] = useState<string | null>(null);
  const problems = useFormProblems();
  const existing = preview.hasAccount;

  const accept = useMutation({
    mutationFn: () =>
      accessApi.acceptInvitation(token, password, !existing && name.trim() && name.trim() !== preview.name ? name.trim() : undefined),
    // A wrong password of an existing account is a 401 that belongs on this form, not a lost session.
    meta: { skipAuthRedirect: true },
    onSuccess: async ({ caseId }) => {
      const me = await api.me();
      // A new session: forget what an earlier user of this browser loaded (this page's preview stays
      // until we leave, so it does not ask the server again for a link that is now used).
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'invitation-preview' });
      queryClient.setQueryData(meQuery.queryKey, me);
      await navigate({ to: '/casussen/$id', params: { id: caseId } });
    },
    onError: (error) => {
      if (isApiError(error, 410)) {
        setGone(error.detail ?? error.title);
        return;
      }
      if (isApiError(error, 401)) {
        problems.show({ password: error.detail ?? t('invitation.err.wrongPassword') });
        return;
      }
      const { fields, summary } = serverProblems(t, error, { password: 'password', name: 'name' });
      problems.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (accept.isPending) return;
    const fields: FieldErrors = {};
    if (!existing && name.trim().length < 2) fields.name = t('invitation.err.name');
    if (!password) fields.password = t('login.passwordRequired');
    else if (!existing && [...password].length < MIN_PASSWORD) fields.password = t('invitation.err.short', { n: MIN_PASSWORD });
    if (!existing && password && repeat !== password) fields.repeat = t('invitation.err.repeat');
    problems.show(fields);
    if (!Object.keys(fields).length) accept.mutate();
  }

  if (gone) {
    return (
      <Alert type="warning" role="alert">
        <Paragraph>{gone}</Paragraph>
        <Paragraph>{t('invitation.goneHelp')}</Paragraph>
      </Alert>
    );
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form">
      <Heading level={2}>{existing ? t('invitation.loginTitle') : t('invitation.createTitle')}</Heading>
      <Paragraph>{existing ? t('invitation.loginIntro', { email: preview.email }) : t('invitation.createIntro', { email: preview.email })}</Paragraph>
      <ErrorSummary items={problems.summary} focusKey={problems.attempt} />
      <input type="email" name="email" autoComplete="username" value={preview.email} readOnly hidden />
      {!existing ? (
        <TextField path="name" label={t('invitation.name')} required autoComplete="name" value={name} onValue={setName} error={problems.errors.name} />
      ) : null}
      <TextField
        path="password"
        label={existing ? t('login.password') : t('invitation.newPassword')}
        description={existing ? undefined : t('invitation.passwordHint', { n: MIN_PASSWORD })}
        type="password"
        required
        autoComplete={existing ? 'current-password' : 'new-password'}
        value={password}
        onValue={setPassword}
        error={problems.errors.password}
      />
      {!existing ? (
        <TextField
          path="repeat"
          label={t('invitation.repeatPassword')}
          type="password"
          required
          autoComplete="new-password"
          value={repeat}
          onValue={setRepeat}
          error={problems.errors.repeat}
        />
      ) : null}
      <div className="doorbraak-form__actions">
        <Button type="submit" appearance="primary" busy={accept.isPending}>
          {existing ? t('invitation.submitLogin') : t('invitation.submitCreate')}
        </Button>
      </div>
      {accept.isPending ? (
        <p className="doorbraak-visually-hidden" role="status">
          {t('invitation.busy')}
        </p>
      ) : null}
    </form>
  );
}

export function InvitationPage() {
  const { t, locale } = useLang();
  usePageTitle(t('invitation.title'));
  const hash = useRouterState({ select: (s) => s.location.hash });
  const token = hash.replace(/^#/, '').trim();
  const valid = token.length >= 20;
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: () => accessApi.previewInvitation(token),
    enabled: valid,
    retry: false,
    staleTime: Infinity,
  });

  let problem: string | null = null;
  if (!valid) problem = t('invitation.noToken');
  else if (isApiError(preview.error, 404)) problem = t('invitation.unknown');
  else if (isApiError(preview.error, 410)) problem = `${preview.error.detail ?? preview.error.title} ${t('invitation.goneHelp')}`;
  else if (isApiError(preview.error, 429)) problem = preview.error.detail ?? preview.error.title;

  return (
    <div className="doorbraak-narrow">
      <Heading level={1}>{t('invitation.title')}</Heading>
      {problem ? (
        <Alert type="warning">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : preview.isPending ? (
        <Loading />
      ) : preview.isError ? (
        <LoadError error={preview.error} retry={() => void preview.refetch()} />
      ) : (
        <>
          <Paragraph lead>
            {t('invitation.intro', { inviter: preview.data.invitedBy, municipality: preview.data.municipality })}
          </Paragraph>
          <DataList
            items={[
              { key: t('invitation.municipality'), value: preview.data.municipality },
              { key: t('invitation.invitedBy'), value: preview.data.invitedBy },
              { key: t('invitation.for'), value: `${preview.data.name} (${preview.data.email})` },
              { key: t('case.organisation'), value: preview.data.organisation },
              { key: t('invitation.validUntil'), value: formatDateTime(preview.data.expiresAt, locale) },
            ]}
          />
          <Paragraph>{t('invitation.privacy')}</Paragraph>
          <AcceptForm token={token} preview={preview.data} />
        </>
      )}
      <Paragraph>
        <AppLink to="/inloggen">{t('invitation.toLogin')}</AppLink>
      </Paragraph>
    </div>
  );
}
