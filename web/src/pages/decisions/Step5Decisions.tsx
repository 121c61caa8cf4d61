// The decision part of step 5: this case's requests and decisions, and the form to ask for one
// while none is open. Only the municipality's own team members who contribute may ask.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Alert } from '../../components/Alert';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { BreakthroughOverview } from '../../types-breakthrough';
import { DoneNotice, canChange, notice, type Notice } from '../workflow/breakthrough/forms';
import { DecisionCard } from './CaseDecisions';
import { RequestForm } from './RequestForm';
import './decisions.css';

export function Step5Decisions({ overview: o }: { overview: BreakthroughOverview }) {
  const { t } = useLang();
  const [news, setNews] = useState<Notice | null>(null);
  const mayAsk = canChange(o) && !o.access.partner;
  const decisions = useQuery({ queryKey: decisionsKeys.ofCase(o.id), queryFn: () => decisionsApi.ofCase(o.id) });
  const draft = useQuery({ queryKey: decisionsKeys.draft(o.id, null), queryFn: () => decisionsApi.draft(o.id), enabled: mayAsk });
  const items = decisions.data?.items ?? [];

  return (
    <>
      <section className="doorbraak-section" aria-labelledby="decisions-of-case">
        <Heading level={2} id="decisions-of-case">{t('decisions.step5.list')}</Heading>
        <DoneNotice notice={news} />
        <QueryFeedback query={decisions} />
        {decisions.data && items.length === 0 ? <Paragraph>{t('decisions.case.none')}</Paragraph> : null}
        {items.length ? (
          <ul className="doorbraak-cards">
            {items.map((d) => <DecisionCard key={d.id} decision={d} />)}
          </ul>
        ) : null}
      </section>

      {!mayAsk ? (
        <Alert type="info">
          <Paragraph>{t('decisions.step5.mayNotAsk')}</Paragraph>
        </Alert>
      ) : (
        <>
          <QueryFeedback query={draft} />
          {draft.data?.openRequestId ? (
            <Alert type="info">
              <Paragraph>
                {t('decisions.step5.open')}{' '}
                <AppLink to="/casussen/$id/besluiten/$decisionId" params={{ id: o.id, decisionId: draft.data.openRequestId }}>
                  {t('decisions.step5.openLink')}
                </AppLink>
              </Paragraph>
            </Alert>
          ) : draft.data ? (
            <RequestForm
              caseId={o.id}
              draft={draft.data}
              onAsked={(d) => setNews(notice(t('decisions.step5.asked', { level: d.level.name })))}
            />
          ) : null}
        </>
      )}
    </>
  );
}
