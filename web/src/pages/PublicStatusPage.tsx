// /melding/$receipt — public status of an intake, found by its receipt code.
import { useQuery } from '@tanstack/react-query';
import { api, isApiError } from '../api';
import { StatusBadge } from '../components/Badges';
import { DataList } from '../components/DataList';
import { QueryFeedback } from '../components/Feedback';
import { Heading, Paragraph } from '../components/Heading';
import { formatDateTime } from '../format';
import { useLang } from '../lang';
import { usePageTitle } from '../usePageTitle';

export function PublicStatusPage({ receipt }: { receipt: string }) {
  const { t, locale } = useLang();
  usePageTitle(t('publicStatus.title'));
  const status = useQuery({
    queryKey: ['public-intake', receipt],
    queryFn: () => api.publicIntakeStatus(receipt),
  });

  return (
    <div className="doorbraak-narrow">
      <Heading level={1}>{t('publicStatus.title')}</Heading>
      <QueryFeedback query={status} missing={{ when: isApiError(status.error, 404), message: t('publicStatus.notFound') }} />
      {status.data ? (
        <>
          <DataList
            items={[
              { key: t('common.reference'), value: status.data.reference },
              { key: t('common.status'), value: <StatusBadge status={status.data.status} /> },
              { key: t('common.reportedAt'), value: formatDateTime(status.data.reportedAt, locale) },
            ]}
          />
          <Paragraph>{t(`publicStatus.explain.${status.data.status}`)}</Paragraph>
          {status.data.status === 'referred' && status.data.referralReason ? (
            <section aria-labelledby="referral-reason">
              <Heading level={2} id="referral-reason">
                {t('publicStatus.reason')}
              </Heading>
              <Paragraph className="doorbraak-prewrap">{status.data.referralReason}</Paragraph>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
