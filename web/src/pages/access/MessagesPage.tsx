// /berichten — messages for this user, newest first (e.g. someone took break-glass access to a case
// of yours). Unread ones are marked "Nieuw" and can be marked as read.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { accessApi, accessKeys } from '../../api-access';
import { hasRole, useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { Notification, Notifications } from '../../types-access';
import { usePageTitle } from '../../usePageTitle';
import { focusLater, problemText } from './shared';

const itemId = (id: string) => `message-${id}`;
const textId = (id: string) => `message-text-${id}`;

export function MessagesPage() {
  const { t, locale } = useLang();
  usePageTitle(t('messages.title'));
  const { data: me } = useMe();
  const queryClient = useQueryClient();
  const messages = useQuery({ queryKey: accessKeys.notifications, queryFn: () => accessApi.notifications() });
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const coordinator = hasRole(me, 'coordinator');

  const markRead = useMutation({
    mutationFn: (message: Notification) => accessApi.markRead(message.id),
    onMutate: () => setProblem(null),
    onSuccess: (_void, message) => {
      queryClient.setQueryData<Notifications>(accessKeys.notifications, (old) =>
        old
          ? {
              unread: Math.max(0, old.unread - (message.read ? 0 : 1)),
              items: old.items.map((n) => (n.id === message.id ? { ...n, read: true } : n)),
            }
          : old,
      );
      setStatus(t('messages.markedRead'));
      // The button is gone: keep the keyboard where it was, on the message itself.
      focusLater(itemId(message.id));
    },
    onError: (error) => setProblem(problemText(t, error)),
  });

  const items = messages.data?.items ?? [];
  return (
    <>
      <Heading level={1}>{t('messages.title')}</Heading>
      <Paragraph>{t('messages.intro')}</Paragraph>
      {problem ? (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      ) : null}
      <QueryFeedback query={messages} />
      {messages.isSuccess ? (
        <Paragraph>{t('messages.count', { n: items.length, unread: messages.data.unread })}</Paragraph>
      ) : null}
      {messages.isSuccess && !items.length ? <Paragraph>{t('messages.empty')}</Paragraph> : null}
      {items.length ? (
        <ul className="doorbraak-cards">
          {items.map((n) => (
            <li key={n.id} id={itemId(n.id)} tabIndex={-1} className={`doorbraak-card doorbraak-message${n.read ? '' : ' doorbraak-message--unread'}`}>
              <p className="utrecht-paragraph doorbraak-card__meta">
                <time dateTime={n.at}>{formatDateTime(n.at, locale)}</time>
                {' · '}
                {n.read ? t('messages.read') : <Badge tone="warning">{t('messages.unread')}</Badge>}
              </p>
              <p className="utrecht-paragraph" id={textId(n.id)}>
                {n.text}
              </p>
              <div className="doorbraak-message__actions">
                {n.caseId && coordinator ? (
                  <>
                    <AppLink to="/casussen/$id" params={{ id: n.caseId }} aria-describedby={textId(n.id)}>
                      {t('messages.toCase')}
                    </AppLink>
                    {n.kind === 'break_glass' ? (
                      <AppLink to="/casussen/$id/verwerkingen" params={{ id: n.caseId }} aria-describedby={textId(n.id)}>
                        {t('messages.toProcessing')}
                      </AppLink>
                    ) : null}
                  </>
                ) : null}
                {!n.read ? (
                  <Button
                    appearance="subtle"
                    aria-describedby={textId(n.id)}
                    busy={markRead.isPending && markRead.variables?.id === n.id}
                    onClick={() => markRead.mutate(n)}
                  >
                    {t('messages.markRead')}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="doorbraak-visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}
