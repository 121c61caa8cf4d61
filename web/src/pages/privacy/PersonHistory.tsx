// Earlier values of a resident's record (rectifications), newest first: who, when, why, what it was.
import { useQuery } from '@tanstack/react-query';
import { privacyApi } from '../../api-privacy';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { Table, TBody, Td, Th, THead, Tr } from '../../components/Table';
import { formatDate, formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { HistoryItem } from '../../types-privacy';
import { fieldLabel } from './labels';

export const historyKey = (personId: string) => ['privacy', 'history', personId] as const;

export function PersonHistory({ personId }: { personId: string }) {
  const { t, locale } = useLang();
  const history = useQuery({ queryKey: historyKey(personId), queryFn: () => privacyApi.history(personId) });
  const items = history.data?.items ?? [];

  const oldValue = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return t('privacy.history.empty');
    return field === 'birthDate' ? formatDate(value, locale) : value;
  };
  const oldValues = (item: HistoryItem) =>
    item.oldValues
      ? Object.entries(item.oldValues)
          .map(([field, value]) => `${fieldLabel(t, field)}: ${oldValue(field, value)}`)
          .join('; ')
      : '–';

  return (
    <section className="doorbraak-section" aria-labelledby="history-title">
      <Heading level={2} id="history-title">
        {t('privacy.history.title')}
      </Heading>
      <QueryFeedback query={history} />
      {history.isSuccess && !items.length ? <Paragraph>{t('privacy.history.none')}</Paragraph> : null}
      {items.length ? (
        <Table caption={t('privacy.history.caption')}>
          <THead>
            <Th>{t('privacy.history.when')}</Th>
            <Th>{t('privacy.history.who')}</Th>
            <Th>{t('privacy.history.fields')}</Th>
            <Th>{t('privacy.history.reason')}</Th>
            <Th>{t('privacy.history.before')}</Th>
          </THead>
          <TBody>
            {items.map((item) => (
              <Tr key={item.id}>
                <Th scope="row">{formatDateTime(item.changedAt, locale)}</Th>
                <Td>
                  {item.changedBy
                    ? [item.changedBy.name, item.changedBy.organisation].filter(Boolean).join(', ')
                    : t('privacy.log.system')}
                </Td>
                <Td>{item.fields.map((f) => fieldLabel(t, f)).join(', ')}</Td>
                <Td className="doorbraak-prewrap">{item.reason}</Td>
                <Td>{oldValues(item)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </section>
  );
}
