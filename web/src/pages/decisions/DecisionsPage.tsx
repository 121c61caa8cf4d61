// /besluiten — requests waiting at my mandate level (earliest due date first), and the requests I
// asked for myself, so the requester sees when one went up the ladder because it was not decided
// in time.
import { useQuery } from '@tanstack/react-query';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { hasRole, useMe } from '../../auth';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { InboxItem } from '../../types-decisions';
import { usePageTitle } from '../../usePageTitle';
import { PendingLine } from './CaseDecisions';
import { DecisionBadge, useEuros } from './labels';
import './decisions.css';

function Item({ item: d, mine }: { item: InboxItem; mine: boolean }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  return (
    <li className="doorbraak-card doorbraak-decision-card">
      <Heading level={3} look={4}>
        <AppLink to="/casussen/$id/besluiten/$decisionId" params={{ id: d.caseId, decisionId: d.id }}>{d.question}</AppLink>
      </Heading>
      <Paragraph>
        <DecisionBadge status={d.status} outcome={d.outcome} overdue={d.overdue} />{' '}
        {t('decisions.list.line', { reference: d.reference, amount: euros(d.amountCents) })}{' '}
        {mine
          ? t('decisions.list.askedAt', { at: formatDateTime(d.requestedAt, locale) })
          : t('decisions.requestedByShort', { name: d.requestedBy.name, at: formatDateTime(d.requestedAt, locale) })}
      </Paragraph>
      {d.status === 'pending' ? <PendingLine level={d.level.name} dueOn={d.dueOn} overdue={d.overdue} escalations={d.escalations} /> : null}
      {d.decidedAt ? <Paragraph>{t('decisions.list.decidedAt', { at: formatDateTime(d.decidedAt, locale) })}</Paragraph> : null}
    </li>
  );
}

function List({ view, title, empty }: { view: 'pending' | 'requested'; title: string; empty: string }) {
  const query = useQuery({ queryKey: decisionsKeys.inbox(view), queryFn: () => decisionsApi.inbox(view) });
  const id = `decisions-${view}`;
  return (
    <section className="doorbraak-section" aria-labelledby={id}>
      <Heading level={2} id={id}>{title}</Heading>
      <QueryFeedback query={query} />
      {query.data && query.data.items.length === 0 ? <Paragraph>{empty}</Paragraph> : null}
      {query.data?.items.length ? (
        <ul className="doorbraak-cards">
          {query.data.items.map((item) => <Item key={item.id} item={item} mine={view === 'requested'} />)}
        </ul>
      ) : null}
    </section>
  );
}

export function DecisionsPage() {
  const { t } = useLang();
  const me = useMe().data;
  usePageTitle(t('decisions.list.title'));
  const asks = hasRole(me, 'coordinator');
  return (
    <>
      <Heading level={1}>{t('decisions.list.title')}</Heading>
      <Paragraph lead>{t('decisions.list.intro')}</Paragraph>
      <List view="pending" title={t('decisions.list.pending')} empty={t('decisions.list.pendingNone')} />
      {asks ? <List view="requested" title={t('decisions.list.requested')} empty={t('decisions.list.requestedNone')} /> : null}
    </>
  );
}
