// /casussen/$id — case overview: summary, steps, closure, contact person and warm handover,
// household, story, reporter, other reports about the household, the timeline, team and consent.
// New cases can be accepted or referred here.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isApiError } from '../api';
import { stepsApi, stepsKeys } from '../api-steps';
import { Alert } from '../components/Alert';
import { OverdueBadge, StatusBadge, UrgencyText } from '../components/Badges';
import { DataList } from '../components/DataList';
import { QueryFeedback } from '../components/Feedback';
import { Heading, Paragraph } from '../components/Heading';
import { AppLink } from '../components/Link';
import { formatDate, formatDateTime } from '../format';
import { kindKey, stepKey } from '../i18n';
import { useLang } from '../lang';
import type { StepsOverview } from '../types-steps';
import { usePageTitle } from '../usePageTitle';
import { useCaseMissingText } from './policy/access';
import { AccessBanner } from './access/AccessNotice';
import { CaseTeamSection } from './access/CaseTeam';
import { ConsentSection } from './access/Consents';
import { SharedSections } from './access/SharedSections';
import { ContactPerson, Section } from './cases/CaseSections';
import { StepList } from './cases/StepList';
import { TriageActions } from './cases/TriageActions';
import { ClosureSummary, RecurrenceNotice } from './workflow/steps/CaseFollowUp';
import { HandoverPanel } from './workflow/steps/HandoverPanel';
import { PlanProgress } from './workflow/Step6';
import { CaseDecisions } from './decisions/CaseDecisions';
import { InvolvementsSummary, LifeDomainsAtAGlance } from './workflow/household/Summary';
import './workflow/steps/steps.css';

function Summary({ overview }: { overview: StepsOverview }) {
  const { t, locale } = useLang();
  const due = (date: string) => (
    <>
      {formatDate(date, locale)}
      {overview.overdue ? (
        <>
          {' '}
          <OverdueBadge />
        </>
      ) : null}
    </>
  );
  return (
    <Section id="section-summary" title={t('case.summary')}>
      <DataList
        items={[
          { key: t('common.reference'), value: overview.reference },
          { key: t('common.status'), value: <StatusBadge status={overview.status} /> },
          { key: t('cases.step'), value: t('step.numbered', { n: overview.step, name: t(stepKey(overview.step)) }) },
          { key: t('cases.kind'), value: t(kindKey(overview.kind)) },
          { key: t('cases.urgency'), value: <UrgencyText urgency={overview.urgency} /> },
          { key: t('common.reportedAt'), value: formatDateTime(overview.reportedAt, locale) },
          { key: t('common.firstContactDue'), value: overview.status === 'new' ? due(overview.firstContactDue) : formatDate(overview.firstContactDue, locale) },
          { key: t('common.startDue'), value: overview.status === 'new' ? formatDate(overview.startDue, locale) : due(overview.startDue) },
          ...(overview.acceptedAt
            ? [{ key: t('case.acceptedAt'), value: formatDateTime(overview.acceptedAt, locale) }]
            : []),
        ]}
      />
      {overview.status === 'referred' && overview.referralReason ? (
        <>
          <Heading level={3}>{t('case.referralReason')}</Heading>
          <Paragraph className="doorbraak-prewrap">{overview.referralReason}</Paragraph>
        </>
      ) : null}
    </Section>
  );
}

export function CasePage({ id }: { id: string }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const overview = useQuery({ queryKey: stepsKeys.case(id), queryFn: () => stepsApi.case(id) });
  const [notice, setNotice] = useState<string | null>(null);
  // Why the case may be gone after an action here (a refused handover ends the read access it gave).
  const [goneBecause, setGoneBecause] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const data = overview.data;
  const caseMissing = useCaseMissingText();
  // 404, 403 and a malformed id (400/422) all mean: this case is not there for you.
  const missing = overview.isError && [400, 403, 404, 422].some((status) => isApiError(overview.error, status));
  usePageTitle(data ? t('case.title', { reference: data.reference }) : missing ? t('case.notFound') : t('case.titleLoading'));

  const announce = (message: string) => {
    setNotice(message);
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  return (
    <>
      <Paragraph>
        <AppLink to="/casussen">{t('case.back')}</AppLink>
      </Paragraph>
      <Heading level={1}>{data ? t('case.title', { reference: data.reference }) : t('case.titleLoading')}</Heading>
      <QueryFeedback query={overview} missing={{ when: missing, message: goneBecause ?? caseMissing }} />
      {notice ? (
        <Alert type="ok" role="status" ref={noticeRef} focusable>
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      ) : null}
      {data ? (
        <div className="doorbraak-case">
          <AccessBanner overview={data} />
          <RecurrenceNotice overview={data} />
          {data.status === 'new' ? (
            <Section id="section-triage" title={t('case.triage')}>
              <TriageActions
                caseId={data.id}
                onAccepted={() => announce(t('triage.accepted'))}
                onReferred={() => announce(t('triage.referred', { reference: data.reference }))}
              />
            </Section>
          ) : null}
          <Summary overview={data} />
          <Section id="section-steps" title={t('case.steps')}>
            <StepList caseId={data.id} steps={data.steps} current={data.step} />
          </Section>
          <Section id="section-at-a-glance" title={t('case.atAGlance')}>
            <LifeDomainsAtAGlance overview={data} />
          </Section>
          <Section id="section-involvements" title={t('household.costs.title')}>
            <InvolvementsSummary overview={data} />
          </Section>
          <PlanProgress overview={data} />
          <CaseDecisions overview={data} />
          <ClosureSummary overview={data} />
          <ContactPerson coordinator={data.coordinator} />
          <HandoverPanel
            overview={data}
            onNews={(message, opts) => {
              announce(message);
              // A refused offer may end the read access that came with it.
              if (opts?.accessMayEnd) {
                setGoneBecause(t('handover.noLongerVisible'));
                void queryClient.resetQueries({ queryKey: stepsKeys.case(id) });
              }
            }}
          />
          <SharedSections overview={data} />
          <CaseTeamSection
            overview={data}
            onLeft={() => {
              // Access ended: forget the case and its parts, then show that it is gone.
              announce(t('team.left'));
              void queryClient.resetQueries({ queryKey: ['case', id] });
              void queryClient.invalidateQueries({ queryKey: ['cases'] });
            }}
          />
          <ConsentSection overview={data} />
        </div>
      ) : null}
    </>
  );
}
