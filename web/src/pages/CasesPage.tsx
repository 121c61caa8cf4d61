// /casussen — "Mijn casussen": filters in the URL, overdue first (server order), "Meer laden".
import { OverdueBadge, StatusBadge, UrgencyText } from '../components/Badges';
import { Button } from '../components/Button';
import { QueryFeedback } from '../components/Feedback';
import { Heading, Paragraph } from '../components/Heading';
import { AppLink } from '../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table';
import { formatDate, formatDateTime } from '../format';
import { kindKey, stepKey } from '../i18n';
import { useLang } from '../lang';
import { usePageTitle } from '../usePageTitle';
import { CaseFilters, type CasesSearch } from './cases/CaseFilters';
import { useCaseList, useLoadMore } from './cases/useCaseList';

export type { CasesSearch };

const linkId = (id: string) => `case-link-${id}`;

export function CasesPage({ search }: { search: CasesSearch }) {
  const { t, locale } = useLang();
  usePageTitle(t('cases.title'));
  const list = useCaseList('mine', search);
  const loadMore = useLoadMore(list.items, list.fetchNextPage, linkId);
  const items = list.items;

  return (
    <>
      <Heading level={1}>{t('cases.title')}</Heading>
      <CaseFilters search={search} />
      <QueryFeedback query={list} />
      {list.isSuccess && !items.length ? <Paragraph>{t('cases.empty')}</Paragraph> : null}
      {items.length ? (
        <Table caption={t('cases.caption')}>
          <THead>
            <Th>{t('common.reference')}</Th>
            <Th>{t('common.status')}</Th>
            <Th>{t('cases.step')}</Th>
            <Th>{t('cases.kind')}</Th>
            <Th>{t('cases.urgency')}</Th>
            <Th>{t('common.reportedAt')}</Th>
            <Th>{t('common.firstContactDue')}</Th>
            <Th>{t('common.startDue')}</Th>
            <Th>{t('cases.coordinator')}</Th>
          </THead>
          <TBody>
            {items.map((item) => (
              <Tr key={item.id} className={item.overdue ? 'doorbraak-row--overdue' : undefined}>
                <Th scope="row">
                  <AppLink id={linkId(item.id)} to="/casussen/$id" params={{ id: item.id }}>
                    {item.reference}
                  </AppLink>
                  {item.overdue ? (
                    <>
                      {' '}
                      <OverdueBadge />
                    </>
                  ) : null}
                </Th>
                <Td>
                  <StatusBadge status={item.status} />
                </Td>
                <Td>{t('step.numbered', { n: item.step, name: t(stepKey(item.step)) })}</Td>
                <Td>{t(kindKey(item.kind))}</Td>
                <Td>
                  <UrgencyText urgency={item.urgency} />
                </Td>
                <Td>{formatDateTime(item.reportedAt, locale)}</Td>
                <Td>{formatDate(item.firstContactDue, locale)}</Td>
                <Td>{formatDate(item.startDue, locale)}</Td>
                <Td>{item.coordinator?.name ?? t('cases.noCoordinator')}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
      <p className="doorbraak-visually-hidden" role="status" aria-live="polite">
        {list.isSuccess ? t('cases.count', { n: items.length }) : ''}
      </p>
      {list.hasNextPage ? (
        <Button busy={list.isFetchingNextPage} onClick={() => void loadMore()}>
          {t('cases.loadMore')}
        </Button>
      ) : null}
    </>
  );
}
