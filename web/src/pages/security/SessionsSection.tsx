// "Waar bent u ingelogd" on /mijn-beveiliging: active sessions, end one, or end all others.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { securityApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { Translate } from '../../i18n';
import type { SessionItem } from '../../types-privacy';
import { messageOf } from './problems';

export const sessionsQueryKey = ['security', 'sessions'] as const;

/** "Chrome op Linux" from a user agent; the full text is in the row's description. */
export function describeDevice(userAgent: string | null, t: Translate): string {
  if (!userAgent) return t('security.sessions.unknownDevice');
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  if (browser && system) return t('security.sessions.device', { browser, system });
  return browser ?? system ?? t('security.sessions.unknownDevice');
}

function howSignedIn(s: SessionItem, t: Translate): string {
  const method = s.method === 'oidc' ? t('security.sessions.viaProvider') : t('security.sessions.viaPassword');
  if (s.stage !== 'full') return `${method}, ${t('security.sessions.pending')}`;
  if (s.secondFactor === 'totp') return `${method} ${t('security.sessions.withApp')}`;
  if (s.secondFactor === 'recovery_code') return `${method} ${t('security.sessions.withRecovery')}`;
  return method;
}

const rowId = (id: string) => `session-${id}`;

export function SessionsSection() {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsQueryKey, queryFn: () => securityApi.sessions() });
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const items = sessions.data?.items ?? [];
  const others = items.filter((s) => !s.current);

  const announce = (type: 'ok' | 'error', text: string) => {
    setNotice({ type, text });
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const revoke = useMutation({
    mutationFn: (id: string) => securityApi.revokeSession(id),
    onMutate: () => setNotice(null),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
      announce('ok', t('security.sessions.revoked'));
    },
    onError: (error) => announce('error', messageOf(error, t)),
  });

  const revokeOthers = useMutation({
    mutationFn: () => securityApi.revokeOtherSessions(),
    onMutate: () => setNotice(null),
    onSuccess: async ({ revoked }) => {
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
      announce('ok', t('security.sessions.revokedOthers', { n: revoked }));
    },
    onError: (error) => announce('error', messageOf(error, t)),
  });

  return (
    <section className="doorbraak-section" aria-labelledby="sessions-title">
      <Heading level={2} id="sessions-title">
        {t('security.sessions.title')}
      </Heading>
      <Paragraph>{t('security.sessions.intro')}</Paragraph>
      {notice ? (
        <Alert type={notice.type} role={notice.type === 'ok' ? 'status' : 'alert'} ref={noticeRef} focusable>
          <p className="utrecht-paragraph">{notice.text}</p>
        </Alert>
      ) : null}
      <QueryFeedback query={sessions} />
      {items.length ? (
        <Table caption={t('security.sessions.caption')}>
          <THead>
            <Th>{t('security.sessions.device.column')}</Th>
            <Th>{t('security.sessions.how')}</Th>
            <Th>{t('security.sessions.started')}</Th>
            <Th>{t('security.sessions.lastSeen')}</Th>
            <Th>{t('security.sessions.actions')}</Th>
          </THead>
          <TBody>
            {items.map((s) => (
              <Tr key={s.id}>
                <Th scope="row" id={rowId(s.id)}>
                  <span title={s.userAgent ?? undefined}>{describeDevice(s.userAgent, t)}</span>
                  {s.current ? (
                    <>
                      {' '}
                      <Badge tone="active">{t('security.sessions.current')}</Badge>
                    </>
                  ) : null}
                </Th>
                <Td>{howSignedIn(s, t)}</Td>
                <Td>{formatDateTime(s.createdAt, locale)}</Td>
                <Td>{formatDateTime(s.lastSeenAt, locale)}</Td>
                <Td>
                  {s.current ? (
                    t('security.sessions.thisDevice')
                  ) : (
                    <Button
                      busy={revoke.isPending && revoke.variables === s.id}
                      aria-describedby={rowId(s.id)}
                      onClick={() => revoke.mutate(s.id)}
                    >
                      {t('security.sessions.revoke')}
                    </Button>
                  )}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      {others.length ? (
        <Button appearance="primary" busy={revokeOthers.isPending} onClick={() => revokeOthers.mutate()}>
          {t('security.sessions.revokeOthers')}
        </Button>
      ) : sessions.isSuccess ? (
        <Paragraph>{t('security.sessions.onlyThis')}</Paragraph>
      ) : null}
    </section>
  );
}
