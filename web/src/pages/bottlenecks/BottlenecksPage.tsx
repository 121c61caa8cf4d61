// /knelpunten — systemic bottlenecks: what is proposed (and making a bottleneck of a proposal), the
// bottlenecks with their status and case counts, the blockers grouped by rule, organisation and
// kind, and for administrators the threshold. Policy users see the same figures, with counts below
// 5 left out by the server; nothing here leads to a case.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { hasRole, useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/Table';
import { formatInstantDate } from '../../format';
import { useLang } from '../../lang';
import type { BottleneckDetail } from '../../types-bottlenecks';
import { usePageTitle } from '../../usePageTitle';
import { Groups } from './Groups';
import { BottleneckBadge, basisText, readsBottlenecks, seesCases, useCount } from './labels';
import { Proposals } from './Proposals';
import { ThresholdSettings } from './ThresholdForm';
import '../workflow/breakthrough/breakthrough.css';
import './bottlenecks.css';

function BottleneckList() {
  const { t, locale } = useLang();
  const count = useCount();
  const query = useQuery({ queryKey: bottlenecksKeys.list('all'), queryFn: () => bottlenecksApi.list('all') });
  const items = query.data?.items ?? [];
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-list">
      <Heading level={2} id="bottleneck-list">{t('bottlenecks.list.title')}</Heading>
      <QueryFeedback query={query} />
      {query.data && items.length === 0 ? <Paragraph>{t('bottlenecks.list.none')}</Paragraph> : null}
      {items.length ? (
        <Table caption={t('bottlenecks.list.caption')}>
          <THead>
            <Th>{t('bottlenecks.col.bottleneck')}</Th>
            <Th>{t('bottlenecks.col.basis')}</Th>
            <Th>{t('bottlenecks.col.owner')}</Th>
            <Th>{t('bottlenecks.col.status')}</Th>
            <Th className="doorbraak-number">{t('bottlenecks.col.cases')}</Th>
            <Th>{t('bottlenecks.col.changed')}</Th>
          </THead>
          <TBody>
            {items.map((b) => (
              <Tr key={b.id}>
                <Th scope="row">
                  <AppLink to="/knelpunten/$bottleneckId" params={{ bottleneckId: b.id }}>{b.title}</AppLink>
                </Th>
                <Td>{basisText(t, b)}</Td>
                <Td>{b.ownerOrganisation ?? t('bottlenecks.ownerUnknown')}</Td>
                <Td><BottleneckBadge status={b.status} /></Td>
                <Td className="doorbraak-number">{count(b.cases)}</Td>
                <Td>{formatInstantDate(b.updatedAt, locale)}</Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      ) : null}
    </section>
  );
}

/** After making a bottleneck of a proposal: announced, with the way to its page. */
function Created({ bottleneck }: { bottleneck: BottleneckDetail }) {
  const { t } = useLang();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [bottleneck.id]);
  return (
    <Alert type="ok" role="status" ref={ref} focusable>
      <Paragraph>
        {t('bottlenecks.create.done')}{' '}
        <AppLink to="/knelpunten/$bottleneckId" params={{ bottleneckId: bottleneck.id }}>{bottleneck.title}</AppLink>
      </Paragraph>
    </Alert>
  );
}

export function BottlenecksPage() {
  const { t } = useLang();
  const me = useMe().data;
  const [created, setCreated] = useState<BottleneckDetail | null>(null);
  usePageTitle(t('bottlenecks.title'));
  return (
    <>
      <Heading level={1}>{t('bottlenecks.title')}</Heading>
      {me && !readsBottlenecks(me) ? (
        <Alert type="warning">
          <Paragraph>{t('error.forbidden')}</Paragraph>
        </Alert>
      ) : (
        <>
          <Paragraph lead>{t('bottlenecks.intro')}</Paragraph>
          {me && !seesCases(me) ? <Paragraph>{t('bottlenecks.policyNote')}</Paragraph> : null}
          {created ? <Created bottleneck={created} /> : null}
          <Proposals onCreated={setCreated} />
          <BottleneckList />
          <Groups />
          {hasRole(me, 'administrator') ? <ThresholdSettings /> : null}
        </>
      )}
    </>
  );
}
