// /mijn-meldingen — a reporter's own intakes with status and referral reason.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { StatusBadge } from '../components/Badges';
import { QueryFeedback } from '../components/Feedback';
import { Heading, Paragraph } from '../components/Heading';
import { AppLink } from '../components/Link';
import { Table, TBody, Td, Th, THead, Tr } from '../components/Table';
import { formatDate, formatDateTime } from '../format';
import { useLang } from '../lang';
import { usePageTitle } from '../usePageTitle';

export function MyIntakesPage() {
  const { t, locale } = useLang();
  usePageTitle(t('mine.title'));
  const mine = useQuery({ queryKey: ['intakes', 'mine'], queryFn: () => api.myIntakes() });

  return (
    <>
      <Heading level={1}>{t('mine.title')}</Heading>
      <Paragraph>{t('mine.intro')}</Paragraph>
      <QueryFeedback query={mine} />
      {mine.data && !mine.data.items.length ? (
        <>
          <Paragraph>{t('mine.empty')}</Paragraph>
          <Paragraph>
            <AppLink to="/melden">{t('nav.intake')}</AppLink>
          </Paragraph>
        </>
      ) : null}
      {mine.data?.items.length ? (
        <Table caption={t('mine.caption')}>
          <THead>
            <Th>{t('common.reference')}</Th>
            <Th>{t('common.status')}</Th>
            <Th>{t('common.reportedAt')}</Th>
            <Th>{t('common.firstContactDue')}</Th>
            <Th>{t('common.startDue')}</Th>
            <Th>{t('mine.reason')}</Th>
          </THead>
          <TBody>
            {mine.data.items.map((item) => (
              <Tr key={item.intakeId}>
                <Th scope="row">{item.reference}</Th>
                <Td>
                  <StatusBadge status={item.status} />
                </Td>
                <Td>{formatDateTime(item.reportedAt, locale)}</Td>
                <Td>{formatDate(item.firstContactDue, locale)}</Td>
                <Td>{formatDate(item.startDue, locale)}</Td>
                <Td className="doorbraak-prewrap">{item.referralReason ?? ''}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </>
  );
}
