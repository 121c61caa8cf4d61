// The municipality's identity provider (OpenID Connect) on /beheer/inloggen. The client secret is
// never shown; leave the field empty to keep it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { adminApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { IdentityProviderView } from '../../types-privacy';
import { Checkbox } from './Checkbox';
import { problemOf, useFormErrors } from './problems';

export const providerQueryKey = ['admin', 'identity-provider'] as const;

const P = { issuer: 'idp.issuer', clientId: 'idp.clientId', clientSecret: 'idp.clientSecret', label: 'idp.label', enabled: 'idp.enabled' };

export function IdentityProviderForm({ view }: { view: IdentityProviderView }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const saved = view.provider;
  const [issuer, setIssuer] = useState(saved?.issuer ?? '');
  const [clientId, setClientId] = useState(saved?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [label, setLabel] = useState(saved?.label ?? '');
  const [enabled, setEnabled] = useState(saved?.enabled ?? false);
  const [done, setDone] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const errors = useFormErrors();

  const save = useMutation({
    mutationFn: () =>
      adminApi.saveIdentityProvider({
        issuer: issuer.trim(),
        clientId: clientId.trim(),
        label: label.trim(),
        enabled,
        ...(clientSecret ? { clientSecret } : {}),
      }),
    onMutate: () => setDone(false),
    onSuccess: (result) => {
      queryClient.setQueryData(providerQueryKey, result);
      setClientSecret('');
      errors.clear();
      setDone(true);
      window.setTimeout(() => doneRef.current?.focus(), 0);
    },
    onError: (error) => {
      const { fields, summary } = problemOf(error, t, P);
      errors.show(fields, summary);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FieldErrors = {};
    if (!/^https:\/\/\S+$/.test(issuer.trim())) found[P.issuer] = t('admin.idp.issuerInvalid');
    if (!clientId.trim()) found[P.clientId] = t('admin.idp.clientIdRequired');
    if (!saved?.secretSet && !clientSecret) found[P.clientSecret] = t('admin.idp.secretRequired');
    if (!label.trim()) found[P.label] = t('admin.idp.labelRequired');
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    errors.clear();
    save.mutate();
  }

  return (
    <section className="doorbraak-section" aria-labelledby="idp-title">
      <Heading level={2} id="idp-title">
        {t('admin.idp.title')}
      </Heading>
      <Paragraph>{t('admin.idp.intro')}</Paragraph>
      <Paragraph>
        {t('admin.idp.redirectUri')} <code className="utrecht-code">{view.redirectUri}</code>
      </Paragraph>
      {saved ? <Paragraph>{t('admin.idp.updatedAt', { date: formatDateTime(saved.updatedAt, locale) })}</Paragraph> : null}
      {done ? (
        <Alert type="ok" role="status" ref={doneRef} focusable>
          <p className="utrecht-paragraph">{t('admin.idp.saved')}</p>
        </Alert>
      ) : null}
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <TextField
          path={P.issuer}
          label={t('admin.idp.issuer')}
          description={t('admin.idp.issuerHint')}
          type="url"
          required
          value={issuer}
          onValue={setIssuer}
          error={errors.fields[P.issuer]}
        />
        <TextField
          path={P.clientId}
          label={t('admin.idp.clientId')}
          required
          autoComplete="off"
          value={clientId}
          onValue={setClientId}
          error={errors.fields[P.clientId]}
        />
        <TextField
          path={P.clientSecret}
          label={t('admin.idp.clientSecret')}
          description={saved?.secretSet ? t('admin.idp.secretKeep') : t('admin.idp.secretNew')}
          type="password"
          autoComplete="new-password"
          required={!saved?.secretSet}
          value={clientSecret}
          onValue={setClientSecret}
          error={errors.fields[P.clientSecret]}
        />
        <TextField
          path={P.label}
          label={t('admin.idp.label')}
          description={t('admin.idp.labelHint')}
          required
          value={label}
          onValue={setLabel}
          error={errors.fields[P.label]}
        />
        <Checkbox
          path={P.enabled}
          label={t('admin.idp.enabled')}
          description={t('admin.idp.enabledHint')}
          checked={enabled}
          onChange={setEnabled}
          error={errors.fields[P.enabled]}
        />
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {t('admin.idp.submit')}
        </Button>
      </form>
    </section>
  );
}
