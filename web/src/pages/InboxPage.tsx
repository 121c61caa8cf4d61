// /inbox — triage for coordinators: new intakes, earliest deadline first, overdue marked.
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { Alert } from '../components/Alert';
import { OverdueBadge, UrgentBadge } from '../components/Badges';
import { Button } from '../components/Button';
import { QueryFeedback } from '../components/Feedback';
import { Heading, Paragraph } from '../components/Heading';
import { AppLink } from '../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table';
import { excerpt, formatDate, formatDateTime } from '../format';
import { domainKey } from '../i18n';
import { useLang } from '../lang';
import type { CaseListItem } from '../types';
import { usePageTitle } from '../usePageTitle';
import { TriageActions } from './cases/TriageActions';
import { HandoverOffers } from './workflow/steps/HandoverOffers';
import { useCaseList, useLoadMore } from './cases/useCaseList';

const linkId = (id: string) => `case-link-${id}`;
const refId = (id: string) => `case-ref-${id}`;

/** Earliest first-contact deadline first; the server's order breaks ties. */
function byDueDate(items: CaseListItem[]): CaseListItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.firstContactDue.localeCompare(b.item.firstContactDue) || a.index - b.index)
    .map(({ item }) => item);
}

export function InboxPage() {
  const { t, locale } = useLang();
  usePageTitle(t('inbox.title'));
  const navigate = useNavigate();
  const list = useCaseList('inbox');
  const loadMore = useLoadMore(list.items, list.fetchNextPage, linkId);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const items = byDueDate(list.items);

  return (
    <>
      <Heading level={1}>{t('inbox.title')}</Heading>
      <Paragraph>{t('inbox.intro')}</Paragraph>
      {notice ? (
        <Alert type="ok" role="status" ref={noticeRef} focusable>
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      ) : null}
      <QueryFeedback query={list} />
      {list.isSuccess && !items.length ? <Paragraph>{t('inbox.empty')}</Paragraph> : null}
      {items.length ? (
        <Table caption={t('inbox.caption')}>
          <THead>
            <Th>{t('common.reference')}</Th>
            <Th>{t('inbox.story')}</Th>
            <Th>{t('common.lifeDomains')}</Th>
            <Th>{t('common.reportedAt')}</Th>
            <Th>{t('common.firstContactDue')}</Th>
            <Th>{t('inbox.actions')}</Th>
          </THead>
          <TBody>
            {items.map((item) => (
              <Tr key={item.id} className={item.overdue ? 'doorbraak-row--overdue' : undefined}>
                <Th scope="row" id={refId(item.id)}>
                  <AppLink id={linkId(item.id)} to="/casussen/$id" params={{ id: item.id }}>
                    {item.reference}
                  </AppLink>
                  {item.urgency === 'urgent' ? (
                    <>
                      {' '}
                      <UrgentBadge />
                    </>
                  ) : null}
                </Th>
                <Td className="doorbraak-cell--story">{excerpt(item.storyExcerpt, 140)}</Td>
                <Td>{item.lifeDomains.map((d) => t(domainKey(d))).join(', ')}</Td>
                <Td>{formatDateTime(item.reportedAt, locale)}</Td>
                <Td>
                  {formatDate(item.firstContactDue, locale)}
                  {item.overdue ? (
                    <>
                      {' '}
                      <OverdueBadge />
                    </>
                  ) : null}
                </Td>
                <Td className="doorbraak-cell--actions">
                  <TriageActions
                    caseId={item.id}
                    describedBy={refId(item.id)}
                    onAccepted={() => void navigate({ to: '/casussen/$id', params: { id: item.id } })}
                    onReferred={() => {
                      setNotice(t('triage.referred', { reference: item.reference }));
                      window.setTimeout(() => noticeRef.current?.focus(), 0);
                    }}
                  />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      {list.hasNextPage ? (
        <Button busy={list.isFetchingNextPage} onClick={() => void loadMore()}>
          {t('cases.loadMore')}
        </Button>
      ) : null}
      <HandoverOffers />
    </>
  );
}
