// /casussen/$id/besluiten/$decisionId — one request for a decision: where it stands (and whether it
// went up the ladder), what was asked, earlier decisions on the same rule or kind of blocker beside
// it, and the decide form for whoever holds the mandate. Once decided: the decision, the letter and
// the money. The server logs every read of this page for the household.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { isApiError } from '../../api';
import { hasRole, useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { DataList } from '../../components/DataList';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDate, formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { Decision, DecisionWithPrecedents } from '../../types-decisions';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, notice, type Notice } from '../workflow/breakthrough/forms';
import { PendingLine, RouteHistory } from './CaseDecisions';
import { DecideForm } from './DecideForm';
import { DecisionBadge, LetterLinkList, outcomeText, useEuros } from './labels';
import { MoneyPanel } from './MoneyPanel';
import { Precedents, RequestContent } from './RequestContent';
import { WithdrawForm } from './WithdrawForm';
import './decisions.css';

function Standing({ decision: d }: { decision: Decision }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  return (
    <section className="doorbraak-section" aria-labelledby="decision-standing">
      <Heading level={2} id="decision-standing">{t('decisions.page.standing')}</Heading>
      <Paragraph>
        <DecisionBadge status={d.status} outcome={d.decision?.outcome ?? null} overdue={d.overdue} />{' '}
        {t('decisions.requestedBy', { name: d.requestedBy.name, at: formatDateTime(d.requestedAt, locale), amount: euros(d.amountCents) })}
      </Paragraph>
      {d.status === 'pending' ? <PendingLine level={d.level.name} dueOn={d.dueOn} overdue={d.overdue} escalations={d.escalations} /> : null}
      <Heading level={3}>{t('decisions.history.title')}</Heading>
      <RouteHistory decision={d} />
      {d.withdrawnReason ? <Paragraph>{t('decisions.withdrawnBecause', { reason: d.withdrawnReason })}</Paragraph> : null}
    </section>
  );
}

function Outcome({ decision: d, showLetter }: { decision: Decision; showLetter: boolean }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  const made = d.decision;
  if (!made) return null;
  return (
    <section className="doorbraak-section doorbraak-decision-outcome" aria-labelledby="decision-outcome">
      <Heading level={2} id="decision-outcome">{t('decisions.page.outcome')}</Heading>
      <DataList
        items={[
          { key: t('decisions.decide.outcome'), value: outcomeText(t, made.outcome) },
          { key: t('decisions.page.decidedBy'), value: t('decisions.page.decidedByValue', { name: made.decidedBy.name, level: made.level.name, at: formatDateTime(made.decidedAt, locale) }) },
          ...(made.approvedCents !== null ? [{ key: t('decisions.decide.approved'), value: euros(made.approvedCents) }] : []),
          { key: t('decisions.decide.reasons'), value: <span className="doorbraak-prewrap">{made.reasons}</span> },
          ...(made.conditions ? [{ key: t('decisions.decide.conditions'), value: <span className="doorbraak-prewrap">{made.conditions}</span> }] : []),
          ...(made.nextSteps ? [{ key: t('decisions.decide.nextSteps'), value: <span className="doorbraak-prewrap">{made.nextSteps}</span> }] : []),
        ]}
      />
      {d.letter && showLetter ? (
        <>
          <Heading level={3}>{t('decisions.letter.title')}</Heading>
          <Paragraph>{t('decisions.letter.intro')}</Paragraph>
          <LetterLinkList letter={d.letter} about={t('decisions.letter.about', { date: formatDate(made.decidedAt, locale) })} />
        </>
      ) : d.letter ? <Paragraph>{t('decisions.letter.byCoordinator')}</Paragraph> : null}
    </section>
  );
}

export function DecisionPage({ id, decisionId }: { id: string; decisionId: string }) {
  const { t } = useLang();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const key = decisionsKeys.one(id, decisionId);
  const query = useQuery({ queryKey: key, queryFn: () => decisionsApi.one(id, decisionId) });
  const [news, setNews] = useState<Notice | null>(null);
  // A decider reads the case only while the request waits at their level: after deciding, this page keeps what the server answered.
  const [decidedHere, setDecidedHere] = useState(false);
  const d = query.data;
  const missing = query.isError && [400, 403, 404, 422].some((s) => isApiError(query.error, s));
  usePageTitle(d ? t('decisions.page.title', { reference: d.reference }) : missing ? t('decisions.page.notFound') : t('decisions.page.titleLoading'));
  const coordinator = hasRole(me, 'coordinator');

  const keep = (next: Decision) => {
    queryClient.setQueryData<DecisionWithPrecedents>(key, (old) => ({ ...next, precedents: old?.precedents ?? [] }));
    void queryClient.invalidateQueries({ queryKey: ['decisions'] });
    void queryClient.invalidateQueries({ queryKey: decisionsKeys.budgets });
    void queryClient.invalidateQueries({ queryKey: decisionsKeys.case(id), exact: true });
    void queryClient.invalidateQueries({ queryKey: decisionsKeys.ofCase(id), exact: true });
    void queryClient.invalidateQueries({ queryKey: ['case', id, 'decisions', 'draft'] });
  };

  return (
    <>
      <ul className="doorbraak-decision-back">
        {hasRole(me, 'mandate_holder') || coordinator ? <li><AppLink to="/besluiten">{t('decisions.page.backToList')}</AppLink></li> : null}
        {!decidedHere ? <li><AppLink to="/casussen/$id" params={{ id }}>{d ? t('steps.backToCase', { reference: d.reference }) : t('steps.backToCaseLoading')}</AppLink></li> : null}
      </ul>
      <Heading level={1}>{d ? t('decisions.page.title', { reference: d.reference }) : t('decisions.page.titleLoading')}</Heading>
      <QueryFeedback query={query} missing={{ when: missing, message: t('decisions.page.notFound') }} />
      <DoneNotice notice={news} />
      {d ? (
        <>
          <Standing decision={d} />
          <Outcome decision={d} showLetter={!decidedHere || coordinator} />
          {d.decision && d.money && !decidedHere ? <MoneyPanel caseId={id} decisionId={d.id} mayBook={coordinator} /> : null}
          <div className="doorbraak-decision-layout">
            <div className="doorbraak-decision-layout__main">
              <RequestContent decision={d} />
            </div>
            <div className="doorbraak-decision-layout__side">
              <Precedents items={d.precedents} />
            </div>
          </div>
          {d.status === 'pending' && d.viewer.mayDecide ? (
            <DecideForm
              decision={d}
              onReload={() => void query.refetch()}
              onDecided={(next) => {
                setDecidedHere(true);
                keep(next);
                setNews(notice(t('decisions.decide.done', { outcome: outcomeText(t, next.decision?.outcome ?? 'approved').toLowerCase() })));
              }}
            />
          ) : null}
          {d.status === 'pending' && !d.viewer.mayDecide && d.viewer.reason ? (
            <Alert type="info">
              <Paragraph>{d.viewer.reason}</Paragraph>
            </Alert>
          ) : null}
          {d.status === 'pending' && coordinator && !d.viewer.mayDecide ? (
            <WithdrawForm
              decision={d}
              onReload={() => void query.refetch()}
              onWithdrawn={(next) => {
                keep(next);
                setNews(notice(t('decisions.withdraw.done')));
              }}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}
