// The evidence of a bottleneck: how many cases and since when, how many still run or were flagged
// by hand, what the current support in those cases costs per year, the trend per quarter, the
// kinds of blocker and the life domains. Counts below 5 arrive as null for whoever does not work on
// cases, and the page says so instead of showing an empty cell.
import { useQuery } from '@tanstack/react-query';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { DataList } from '../../components/DataList';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/Table';
import { formatDate } from '../../format';
import { useLang } from '../../lang';
import type { Evidence as EvidenceData } from '../../types-bottlenecks';
import { formatEuros } from '../workflow/breakthrough/money';
import { CountTable } from './CountTable';
import { domainText, kindText, useCount } from './labels';

export function Evidence({ evidence: e }: { evidence: EvidenceData }) {
  const { t, locale } = useLang();
  const count = useCount();
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-evidence">
      <Heading level={2} id="bottleneck-evidence">{t('bottlenecks.evidence.title')}</Heading>
      <DataList
        items={[
          { key: t('bottlenecks.evidence.cases'), value: t('bottlenecks.evidence.casesValue', { count: count(e.cases), since: formatDate(e.since, locale) }) },
          { key: t('bottlenecks.evidence.open'), value: count(e.openCases) },
          { key: t('bottlenecks.evidence.flagged'), value: count(e.flaggedByHand) },
          {
            key: t('bottlenecks.evidence.cost'),
            value: e.yearlySupportCents === null
              ? t('bottlenecks.evidence.costLeftOut')
              : t('bottlenecks.evidence.costValue', { amount: formatEuros(e.yearlySupportCents, locale) }),
          },
        ]}
      />
      {e.suppressed.length ? <Paragraph>{t('bottlenecks.evidence.suppressed')}</Paragraph> : null}
      <CountTable caption={t('bottlenecks.evidence.trend')} column={t('bottlenecks.col.quarter')}
        rows={e.trend.map((q) => ({ ...q, key: q.quarter, label: q.quarter }))} />
      {e.kinds.length ? (
        <CountTable caption={t('bottlenecks.evidence.kinds')} column={t('bottlenecks.col.kind')}
          rows={e.kinds.map((k) => ({ ...k, key: k.value, label: kindText(t, k.value, k.label) }))} />
      ) : null}
      {e.lifeDomains.length ? (
        <CountTable caption={t('bottlenecks.evidence.domains')} column={t('bottlenecks.col.domain')}
          rows={e.lifeDomains.map((d) => ({ ...d, key: d.value, label: domainText(t, d.value, d.label) }))} />
      ) : null}
    </section>
  );
}

/**
 * The cases behind the bottleneck as letters, quarters and cost bands; only for the people who work
 * on cases. The server words them in Dutch, as in the signal report, hence lang="nl" on those cells.
 */
export function CaseSummaries({ bottleneckId }: { bottleneckId: string }) {
  const { t } = useLang();
  const query = useQuery({ queryKey: bottlenecksKeys.cases(bottleneckId), queryFn: () => bottlenecksApi.cases(bottleneckId) });
  const c = query.data;
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-cases">
      <Heading level={2} id="bottleneck-cases">{t('bottlenecks.cases.title')}</Heading>
      <Paragraph>{t('bottlenecks.cases.intro')}</Paragraph>
      <QueryFeedback query={query} />
      {c && c.items.length === 0 ? <Paragraph>{t('bottlenecks.cases.none')}</Paragraph> : null}
      {c && c.shown < c.total ? <Paragraph>{t('bottlenecks.cases.mostRecent', { shown: c.shown, total: c.total })}</Paragraph> : null}
      {c?.items.length ? (
        <Table caption={t('bottlenecks.cases.caption')}>
          <THead>
            <Th>{t('bottlenecks.col.case')}</Th>
            <Th>{t('bottlenecks.col.quarter')}</Th>
            <Th>{t('bottlenecks.col.caseStatus')}</Th>
            <Th className="doorbraak-number">{t('bottlenecks.col.step')}</Th>
            <Th>{t('bottlenecks.col.domains')}</Th>
            <Th>{t('bottlenecks.col.kinds')}</Th>
            <Th className="doorbraak-number">{t('bottlenecks.col.agencies')}</Th>
            <Th>{t('bottlenecks.col.yearlyCost')}</Th>
          </THead>
          <TBody>
            {c.items.map((x) => (
              <Tr key={x.label}>
                <Th scope="row">{x.flaggedByHand ? t('bottlenecks.cases.flaggedLabel', { label: x.label }) : x.label}</Th>
                <Td>{x.quarter}</Td>
                <Td lang="nl">{x.status}</Td>
                <Td className="doorbraak-number">{x.step}</Td>
                <Td lang="nl">{x.lifeDomains.join(', ')}</Td>
                <Td lang="nl">{x.kinds.join(', ')}</Td>
                <Td className="doorbraak-number">{x.agencies}</Td>
                <Td lang="nl">{x.yearlyCost}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </section>
  );
}
