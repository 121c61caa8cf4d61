// "Tweestapsverificatie" on /mijn-beveiliging: status, set up (or replace) the app, new recovery
// codes, turn it off (not when the municipality requires it). Every change needs a code from the app.
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { securityApi } from '../../api-privacy';
import { meQuery } from '../../auth';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Button, ButtonGroup } from '../../components/Button';
import { DataList } from '../../components/DataList';
import { Heading, Paragraph } from '../../components/Heading';
import { useT } from '../../lang';
import type { Me } from '../../types';
import type { MfaStatus, RecoveryCodes } from '../../types-privacy';
import { CodeForm } from './CodeForm';
import { MfaSetupFlow } from './MfaSetupFlow';
import { RecoveryCodesView } from './RecoveryCodesView';

type Mode = 'idle' | 'setup' | 'regenerate' | 'disable' | 'codes';

export function MfaSection({ me }: { me: Me }) {
  const t = useT();
  const queryClient = useQueryClient();
  const mfa = me.mfa;
  const [mode, setMode] = useState<Mode>('idle');
  const [codes, setCodes] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const updateMfa = (next: MfaStatus) =>
    queryClient.setQueryData(meQuery.queryKey, (old: Me | null | undefined) => (old ? { ...old, mfa: next } : old));

  const showNotice = (text: string) => {
    setNotice(text);
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  /** Back to the overview; focus returns to the first button (the form that had it is gone). */
  const close = () => {
    setMode('idle');
    window.setTimeout(() => toggleRef.current?.focus(), 0);
  };

  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };

  const gotCodes = (result: RecoveryCodes) => {
    updateMfa(result.mfa);
    setCodes(result.recoveryCodes);
    setMode('codes');
  };

  const status = [
    {
      key: t('mfa.status.label'),
      value: mfa.enabled ? <Badge tone="success">{t('mfa.status.on')}</Badge> : <Badge tone="neutral">{t('mfa.status.off')}</Badge>,
    },
    { key: t('mfa.status.required'), value: mfa.required ? t('mfa.status.requiredYes') : t('mfa.status.requiredNo') },
    ...(mfa.enabled ? [{ key: t('mfa.status.codesLeft'), value: String(mfa.recoveryCodesLeft) }] : []),
  ];

  return (
    <section className="doorbraak-section" aria-labelledby="mfa-title">
      <Heading level={2} id="mfa-title">
        {t('mfa.section.title')}
      </Heading>
      <Paragraph>{t('mfa.section.intro')}</Paragraph>
      {notice ? (
        <Alert type="ok" role="status" ref={noticeRef} focusable>
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      ) : null}
      <DataList items={status} />
      {mfa.enabled && mfa.recoveryCodesLeft <= 2 && mode !== 'codes' ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('mfa.status.codesLow', { n: mfa.recoveryCodesLeft })}</p>
        </Alert>
      ) : null}

      {mode === 'idle' && !mfa.enabled ? (
        <MfaSetupFlow startLabel={t('mfa.setup.start')} level={3} onDone={gotCodes} />
      ) : null}

      {mode === 'idle' && mfa.enabled ? (
        <ButtonGroup>
          <Button ref={toggleRef} onClick={() => open('regenerate')}>
            {t('mfa.regenerate.open')}
          </Button>
          <Button onClick={() => open('setup')}>{t('mfa.replace.open')}</Button>
          {!mfa.required ? <Button onClick={() => open('disable')}>{t('mfa.disable.open')}</Button> : null}
        </ButtonGroup>
      ) : null}
      {mode === 'idle' && mfa.enabled && mfa.required ? <Paragraph>{t('mfa.disable.required')}</Paragraph> : null}

      {mode === 'setup' ? (
        <>
          <Heading level={3}>{t('mfa.replace.title')}</Heading>
          <Paragraph>{t('mfa.replace.intro')}</Paragraph>
          <MfaSetupFlow startLabel={t('mfa.replace.start')} level={3} onDone={gotCodes} onCancel={close} />
        </>
      ) : null}

      {mode === 'regenerate' ? (
        <>
          <Heading level={3}>{t('mfa.regenerate.title')}</Heading>
          <Paragraph>{t('mfa.regenerate.intro')}</Paragraph>
          <CodeForm
            path="regenerateCode"
            kind="app"
            submitLabel={t('mfa.regenerate.submit')}
            action={(code) => securityApi.newRecoveryCodes(code)}
            onSuccess={gotCodes}
            onCancel={close}
            autoFocus
          />
        </>
      ) : null}

      {mode === 'disable' ? (
        <>
          <Heading level={3}>{t('mfa.disable.title')}</Heading>
          <Paragraph>{t('mfa.disable.intro')}</Paragraph>
          <CodeForm
            path="disableCode"
            kind="app"
            submitLabel={t('mfa.disable.submit')}
            action={(code) => securityApi.disable(code)}
            onSuccess={() => {
              updateMfa({ ...mfa, enabled: false, recoveryCodesLeft: 0 });
              void queryClient.invalidateQueries({ queryKey: meQuery.queryKey });
              setMode('idle');
              showNotice(t('mfa.disable.done'));
            }}
            onCancel={close}
            autoFocus
          />
        </>
      ) : null}

      {mode === 'codes' ? (
        <RecoveryCodesView codes={codes} level={3}>
          <Button
            appearance="primary"
            onClick={() => {
              setCodes([]);
              setMode('idle');
              showNotice(t('mfa.codes.saved'));
            }}
          >
            {t('mfa.codes.done')}
          </Button>
        </RecoveryCodesView>
      ) : null}
    </section>
  );
}
