// /knelpunten/$bottleneckId — one systemic bottleneck: what blocks and who can change it, the
// evidence, the pseudonymised cases for the people who work on them, the signal report to put it on
// someone's agenda, its status with reasons and its history, and the contacts who can help.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { bottleneckLinks, bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { isApiError } from '../../api';
import { useMe } from '../../auth';
import { Button } from '../../components/Button';
import { DataList } from '../../components/DataList';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { TBody, THead, Table, Td, Th, Tr } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { BottleneckDetail } from '../../types-bottlenecks';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, notice, type Notice } from '../workflow/breakthrough/forms';
import { Contacts } from './Contacts';
import { DetailsForm } from './DetailsForm';
import { CaseSummaries, Evidence } from './Evidence';
import { BottleneckBadge, basisText, editsBottlenecks, resolutionText, seesCases, statusText } from './labels';
import { StatusForm } from './StatusForm';
import '../workflow/breakthrough/breakthrough.css';
import './bottlenecks.css';

function About({ bottleneck: b, editable, onChanged }: { bottleneck: BottleneckDetail; editable: boolean; onChanged: (b: BottleneckDetail) => void }) {
  const { t, locale } = useLang();
  const [editing, setEditing] = useState(false);
  const rule = b.rule;
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-about">
      <Heading level={2} id="bottleneck-about">{t('bottlenecks.about.title')}</Heading>
      <DataList
        items={[
          {
            key: t('bottlenecks.col.status'),
            value: (
              <>
                <BottleneckBadge status={b.status} />{' '}
                {t('bottlenecks.about.since', { at: formatDateTime(b.statusChangedAt, locale) })}
                {b.resolution ? ` (${resolutionText(t, b.resolution)})` : ''}
                {b.statusReason ? <><br /><span className="doorbraak-prewrap">{b.statusReason}</span></> : null}
              </>
            ),
          },
          { key: t('bottlenecks.field.owner'), value: b.ownerOrganisation ?? t('bottlenecks.ownerUnknown') },
          { key: t('bottlenecks.col.basis'), value: basisText(t, b) },
          ...(rule ? [{
            key: t('bottlenecks.about.rule'),
            value: rule.url
              ? <a className="utrecht-link utrecht-link--html-a" href={rule.url} rel="noopener">{`${rule.law}${rule.article ? `, ${rule.article}` : ''}: ${rule.name}`}</a>
              : `${rule.law}${rule.article ? `, ${rule.article}` : ''}: ${rule.name}`,
          }] : []),
          ...(rule?.purpose ? [{ key: t('bottlenecks.about.purpose'), value: rule.purpose }] : []),
          ...(b.description ? [{ key: t('bottlenecks.field.description'), value: <span className="doorbraak-prewrap">{b.description}</span> }] : []),
        ]}
      />
      {editable && !editing ? <Button onClick={() => setEditing(true)}>{t('bottlenecks.details.open')}</Button> : null}
      {editable && editing ? (
        <DetailsForm bottleneck={b} onClose={() => setEditing(false)} onChanged={(next) => { setEditing(false); onChanged(next); }} />
      ) : null}
    </section>
  );
}

function Report({ bottleneck: b, withCases }: { bottleneck: BottleneckDetail; withCases: boolean }) {
  const { t } = useLang();
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-report">
      <Heading level={2} id="bottleneck-report">{t('bottlenecks.report.title')}</Heading>
      <Paragraph>{t(withCases ? 'bottlenecks.report.introCases' : 'bottlenecks.report.intro')}</Paragraph>
      <ul className="doorbraak-bottleneck-links">
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={bottleneckLinks.reportPdf(b.id)} download>{t('bottlenecks.report.pdf')}</a>
        </li>
        <li>
          <a className="utrecht-link utrecht-link--html-a" href={bottleneckLinks.reportMarkdown(b.id)} download>{t('bottlenecks.report.markdown')}</a>
        </li>
      </ul>
    </section>
  );
}

function History({ bottleneck: b }: { bottleneck: BottleneckDetail }) {
  const { t, locale } = useLang();
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-history">
      <Heading level={2} id="bottleneck-history">{t('bottlenecks.history.title')}</Heading>
      <Table caption={t('bottlenecks.history.caption')}>
        <THead>
          <Th>{t('bottlenecks.col.when')}</Th>
          <Th>{t('bottlenecks.col.status')}</Th>
          <Th>{t('bottlenecks.status.reason')}</Th>
          <Th>{t('bottlenecks.col.by')}</Th>
        </THead>
        <TBody>
          {b.history.map((h, i) => (
            <Tr key={`${h.changedAt}-${i}`}>
              <Td>{formatDateTime(h.changedAt, locale)}</Td>
              <Td>{statusText(t, h.status)}{h.resolution ? ` (${resolutionText(t, h.resolution)})` : ''}</Td>
              <Td className="doorbraak-prewrap">{h.reason ?? ''}</Td>
              <Td>{h.changedBy ?? ''}</Td>
            </Tr>
          ))}
        </TBody>
      </Table>
    </section>
  );
}

export function BottleneckPage({ bottleneckId }: { bottleneckId: string }) {
  const { t } = useLang();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const key = bottlenecksKeys.one(bottleneckId);
  const query = useQuery({ queryKey: key, queryFn: () => bottlenecksApi.one(bottleneckId) });
  const [news, setNews] = useState<Notice | null>(null);
  const b = query.data;
  const missing = query.isError && [404, 422].some((s) => isApiError(query.error, s));
  usePageTitle(b ? b.title : missing ? t('bottlenecks.page.notFound') : t('bottlenecks.page.loading'));

  const keep = (next: BottleneckDetail, text: string) => {
    queryClient.setQueryData(key, next);
    void queryClient.invalidateQueries({ queryKey: bottlenecksKeys.all, predicate: (q) => q.queryKey[1] !== 'one' });
    setNews(notice(text));
  };

  return (
    <>
      <ul className="doorbraak-bottleneck-back">
        <li><AppLink to="/knelpunten">{t('bottlenecks.page.back')}</AppLink></li>
      </ul>
      <Heading level={1}>{b ? b.title : t('bottlenecks.page.loading')}</Heading>
      <QueryFeedback query={query} missing={{ when: missing, message: t('bottlenecks.page.notFound') }} />
      <DoneNotice notice={news} />
      {b ? (
        <>
          <About bottleneck={b} editable={editsBottlenecks(me)} onChanged={(next) => keep(next, t('bottlenecks.details.done'))} />
          <Evidence evidence={b.evidence} />
          {seesCases(me) ? <CaseSummaries bottleneckId={b.id} /> : null}
          <Report bottleneck={b} withCases={seesCases(me)} />
          {editsBottlenecks(me) ? (
            <StatusForm
              bottleneck={b}
              onChanged={(next) => keep(next, t('bottlenecks.status.done', { status: statusText(t, next.status).toLowerCase() }))}
            />
          ) : null}
          <History bottleneck={b} />
          <Contacts
            bottleneck={b}
            editable={editsBottlenecks(me)}
            onChanged={(next) => keep(next, t('bottlenecks.contacts.done', { count: next.contacts.length }))}
          />
        </>
      ) : null}
    </>
  );
}
