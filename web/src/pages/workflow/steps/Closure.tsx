// Closing the case and the follow-up after it: the form while the case runs, then the outcome in
// the resident's own words and the follow-ups at 3, 6 and 12 months.
import { useRef, useState } from 'react';
import { Alert } from '../../../components/Alert';
import { DataList } from '../../../components/DataList';
import { Heading, Paragraph } from '../../../components/Heading';
import { formatDate, formatDateTime } from '../../../format';
import { useLang } from '../../../lang';
import type { StepsOverview } from '../../../types-steps';
import { CloseForm } from './CloseForm';
import { FollowUps } from './FollowUps';
import { canManage, outcomeKey } from './labels';

function ClosedView({ overview }: { overview: StepsOverview }) {
  const { t, locale } = useLang();
  const text = (s: string | null) => (s ? <span className="doorbraak-prewrap">{s}</span> : t('common.notProvided'));
  return (
    <>
      <Heading level={3}>{t('closure.closedTitle')}</Heading>
      <DataList
        items={[
          {
            key: t('closure.closedAt'),
            value: overview.closedAt
              ? t('closure.closedBy', { date: formatDateTime(overview.closedAt, locale), name: overview.closedBy?.name ?? t('case.systemActor') })
              : t('common.notProvided'),
          },
          { key: t('closure.outcome'), value: overview.outcome ? t(outcomeKey(overview.outcome)) : t('common.notProvided') },
          { key: t('closure.residentWords'), value: text(overview.residentWords) },
          ...(overview.kind === 'consult' ? [{ key: t('closure.advice'), value: text(overview.advice) }] : []),
          ...(overview.kind === 'takeover' && overview.plannedReturn
            ? [{ key: t('caseKind.plannedReturn'), value: formatDate(overview.plannedReturn, locale) }]
            : []),
          { key: overview.kind === 'takeover' ? t('closure.handoverBack') : t('closure.note'), value: text(overview.outcomeNote) },
        ]}
      />
    </>
  );
}

export function ClosureSection({ overview }: { overview: StepsOverview }) {
  const { t } = useLang();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const announce = (message: string) => {
    setNotice(message);
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };
  const closed = overview.status === 'closed' || !!overview.closedAt;

  return (
    <section aria-labelledby="closure-title" className="doorbraak-section">
      <Heading level={2} id="closure-title">{t('closure.title')}</Heading>
      {notice ? (
        <Alert type="ok" role="status" ref={noticeRef} focusable>
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      {closed ? <ClosedView overview={overview} /> : null}
      {overview.status === 'active' && canManage(overview) ? (
        <CloseForm overview={overview} onClosed={() => announce(t('closure.done'))} />
      ) : null}
      {overview.status === 'active' && !canManage(overview) ? <Paragraph>{t('closure.onlyCoordinator')}</Paragraph> : null}
      {overview.followUps.length ? (
        <>
          <Heading level={3}>{t('followUp.title')}</Heading>
          <FollowUps overview={overview} onRecorded={announce} />
        </>
      ) : null}
    </section>
  );
}
