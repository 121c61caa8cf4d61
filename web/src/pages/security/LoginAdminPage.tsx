// /beheer/inloggen — for the administrator: whether the municipality requires a second step, its
// identity provider, and ending all sessions of one employee (e.g. after a stolen laptop).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { adminApi } from '../../api-privacy';
import { hasRole, useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { fieldId } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useT } from '../../lang';
import type { LoginSettings } from '../../types-privacy';
import { usePageTitle } from '../../usePageTitle';
import { Checkbox } from './Checkbox';
import { IdentityProviderForm, providerQueryKey } from './IdentityProviderForm';
import { messageOf } from './problems';
import { RoleGate } from './RoleGate';

const settingsQueryKey = ['admin', 'login-settings'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function Notice({ notice }: { notice: { type: 'ok' | 'error'; text: string } | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  if (!notice) return null;
  return (
    <Alert type={notice.type} role={notice.type === 'ok' ? 'status' : 'alert'} ref={ref} focusable>
      <p className="utrecht-paragraph">{notice.text}</p>
    </Alert>
  );
}

function MfaRequiredForm({ settings }: { settings: LoginSettings }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [required, setRequired] = useState(settings.mfaRequired);
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const save = useMutation({
    mutationFn: () => adminApi.saveLoginSettings({ mfaRequired: required }),
    onMutate: () => setNotice(null),
    onSuccess: (result) => {
      queryClient.setQueryData(settingsQueryKey, result);
      setNotice({ type: 'ok', text: t(result.mfaRequired ? 'admin.mfa.savedOn' : 'admin.mfa.savedOff') });
    },
    onError: (error) => setNotice({ type: 'error', text: messageOf(error, t) }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }
  return (
    <section className="doorbraak-section" aria-labelledby="mfa-settings-title">
      <Heading level={2} id="mfa-settings-title">
        {t('admin.mfa.title')}
      </Heading>
      <Paragraph>{t('admin.mfa.intro')}</Paragraph>
      <Notice notice={notice} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <Checkbox
          path="mfaRequired"
          label={t('admin.mfa.required')}
          description={t('admin.mfa.requiredHint')}
          checked={required}
          onChange={setRequired}
        />
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('admin.mfa.submit')}
        </Button>
      </form>
    </section>
  );
}

function RevokeUserSessions() {
  const t = useT();
  const [userId, setUserId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => adminApi.revokeUserSessions(id),
    onMutate: () => setNotice(null),
    onSuccess: ({ revoked }) => {
      setUserId('');
      setNotice({ type: 'ok', text: t('admin.revoke.done', { n: revoked }) });
    },
    onError: (err) => setNotice({ type: 'error', text: messageOf(err, t) }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (revoke.isPending) return;
    const id = userId.trim();
    const message = UUID.test(id) ? undefined : t('admin.revoke.invalid');
    setError(message);
    if (message) {
      document.getElementById(fieldId('revoke.userId'))?.focus();
      return;
    }
    revoke.mutate(id);
  }
  return (
    <section className="doorbraak-section" aria-labelledby="revoke-title">
      <Heading level={2} id="revoke-title">
        {t('admin.revoke.title')}
      </Heading>
      <Paragraph>{t('admin.revoke.intro')}</Paragraph>
      <Notice notice={notice} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextField
          path="revoke.userId"
          label={t('admin.revoke.userId')}
          description={t('admin.revoke.userIdHint')}
          autoComplete="off"
          spellCheck={false}
          required
          value={userId}
          onValue={setUserId}
          error={error}
        />
        <Button type="submit" appearance="primary" busy={revoke.isPending}>
          {t('admin.revoke.submit')}
        </Button>
      </form>
    </section>
  );
}

export function LoginAdminPage() {
  const t = useT();
  usePageTitle(t('admin.login.title'));
  const me = useMe();
  const allowed = hasRole(me.data, 'administrator');
  const settings = useQuery({ queryKey: settingsQueryKey, queryFn: () => adminApi.loginSettings(), enabled: allowed });
  const provider = useQuery({ queryKey: providerQueryKey, queryFn: () => adminApi.identityProvider(), enabled: allowed });

  return (
    <>
      <Heading level={1}>{t('admin.login.title')}</Heading>
      <RoleGate role="administrator">
        <Paragraph>{t('admin.login.intro')}</Paragraph>
        <QueryFeedback query={settings} />
        {settings.data ? <MfaRequiredForm settings={settings.data} /> : null}
        <QueryFeedback query={provider} />
        {provider.data ? <IdentityProviderForm view={provider.data} /> : null}
        <RevokeUserSessions />
        <section className="doorbraak-section" aria-labelledby="admin-more-title">
          <Heading level={2} id="admin-more-title">
            {t('admin.more.title')}
          </Heading>
          <Paragraph>
            <AppLink to="/privacy/bewaartermijnen">{t('admin.more.retention')}</AppLink>
          </Paragraph>
        </section>
      </RoleGate>
    </>
  );
}
