// /casussen/$id/plan — the perspectiefplan: goals and actions (who, what, by when, status), a
// proposal from steps 3 and 4, a print view and the PDF the household gets.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, isApiError } from '../../api';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { BreakthroughOverview } from '../../types-breakthrough';
import { usePageTitle } from '../../usePageTitle';
import { DoneNotice, canChange, messageOf, notice, type Notice } from './breakthrough/forms';
import { PlanActions } from './breakthrough/PlanActions';
import { PlanGoals } from './breakthrough/PlanGoals';
import './breakthrough/breakthrough.css';

function Toolbar({ o, editable, onNotice }: { o: BreakthroughOverview; editable: boolean; onNotice: (n: Notice) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const canPropose = editable && o.access.sections.includes('breakthrough');
  const propose = useMutation({
    mutationFn: () => breakthroughApi.proposePlan(o.id),
    onSuccess: (result) => {
      queryClient.setQueryData(breakthroughKeys.plan(o.id), result.plan);
      void queryClient.invalidateQueries({ queryKey: breakthroughKeys.case(o.id), exact: true });
      onNotice(notice(result.addedGoals || result.addedActions
        ? t('plan.proposed', { goals: result.addedGoals, actions: result.addedActions })
        : t('plan.proposedNothing')));
    },
    onError: (error) => onNotice(notice(messageOf(error, t), 'error')),
  });
  return (
    <div className="doorbraak-toolbar doorbraak-no-print">
      {canPropose ? (
        <Button appearance="primary" busy={propose.isPending} onClick={() => propose.mutate()} aria-describedby="plan-propose-hint">
          {propose.isPending ? t('plan.proposing') : t('plan.propose')}
        </Button>
      ) : null}
      <Button onClick={() => window.print()}>{t('plan.print')}</Button>
      <a className="utrecht-link utrecht-link--html-a" href={breakthroughApi.planPdfUrl(o.id)} type="application/pdf" download>
        {t('plan.pdf')}
      </a>
      {canPropose ? <p className="utrecht-paragraph" id="plan-propose-hint">{t('plan.proposeHint')}</p> : null}
    </div>
  );
}

export function PlanPage({ id }: { id: string }) {
  const { t } = useLang();
  const overview = useQuery({ queryKey: breakthroughKeys.case(id), queryFn: () => api.case(id) });
  const o = overview.data as unknown as BreakthroughOverview | undefined;
  const visible = !!o?.access.sections.includes('plan');
  const plan = useQuery({ queryKey: breakthroughKeys.plan(id), queryFn: () => breakthroughApi.plan(id), enabled: visible });
  const [news, setNews] = useState<Notice | null>(null);
  usePageTitle(o ? t('plan.titleCase', { reference: o.reference }) : t('plan.title'));
  const editable = !!o && canChange(o);
  const ownWords = o?.perspective?.ownWords;

  return (
    <div className="doorbraak-printable">
      <Paragraph className="doorbraak-no-print">
        <AppLink to="/casussen/$id" params={{ id }}>
          {o ? t('plan.backToCase', { reference: o.reference }) : t('plan.backToCaseShort')}
        </AppLink>
      </Paragraph>
      <Heading level={1}>{o ? t('plan.titleCase', { reference: o.reference }) : t('plan.title')}</Heading>
      <QueryFeedback query={overview} missing={{ when: isApiError(overview.error, 404), message: t('case.notFound') }} />
      {o && !visible ? (
        <Alert type="info"><Paragraph>{t('plan.notShared')}</Paragraph></Alert>
      ) : null}
      {o && visible ? (
        <>
          <Paragraph lead>{t('plan.intro')}</Paragraph>
          {!editable ? <Alert type="info"><Paragraph>{t('breakthrough.readOnly')}</Paragraph></Alert> : null}
          <Toolbar o={o} editable={editable} onNotice={setNews} />
          <DoneNotice notice={news} />
          {o.access.sections.includes('breakthrough') ? (
            <section className="doorbraak-section" aria-labelledby="plan-perspective-title">
              <Heading level={2} id="plan-perspective-title">{t('plan.perspective')}</Heading>
              {ownWords?.trim() ? (
                <blockquote className="doorbraak-quote doorbraak-prewrap">{ownWords}</blockquote>
              ) : (
                <Paragraph>
                  {t('plan.noPerspective')}{' '}
                  <AppLink to="/casussen/$id/stap/$step" params={{ id, step: '3' }}>{t('decision.goToStep', { n: 3 })}</AppLink>
                </Paragraph>
              )}
            </section>
          ) : null}
          <QueryFeedback query={plan} />
          {plan.data ? (
            <>
              <PlanGoals caseId={id} goals={plan.data.goals} actions={plan.data.actions} editable={editable} onNotice={setNews} />
              <PlanActions caseId={id} goals={plan.data.goals} actions={plan.data.actions} editable={editable} onNotice={setNews} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
