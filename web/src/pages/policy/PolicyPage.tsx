// /beleid — figures for policy makers and management, without any personal data: intakes, lead
// times against the norms, open cases, breakthroughs, costs against what they avoid, recurrences
// and the systemic bottlenecks. Each chart has its data table beside it and leaves as CSV.
import { useQuery } from '@tanstack/react-query';
import { policyApi, policyKeys } from '../../api-policy';
import { DataList } from '../../components/DataList';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { Dashboard } from '../../types-policy';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { Breakthroughs, Costs, IntakesPerWeek, LeadTimes, OpenPerStep, Recurrences, TopBottlenecks } from './figures';
import { Refresh } from './Refresh';
import './policy.css';

function Norms({ d }: { d: Dashboard }) {
  const { t } = useLang();
  const n = d.norms;
  return (
    <section className="doorbraak-section" aria-labelledby="policy-norms">
      <Heading level={2} id="policy-norms">{t('policy.norms.title')}</Heading>
      <DataList
        items={[
          { key: t('policy.norms.contact'), value: t('policy.norms.contactValue', { n: n.firstContactWorkingDays, urgent: n.firstContactUrgentWorkingDays }) },
          { key: t('policy.norms.start'), value: t('policy.norms.startValue', { n: n.startWorkingDays }) },
        ]}
      />
      <Paragraph>{t('policy.privacy', { n: d.minCount })}</Paragraph>
    </section>
  );
}

function Figures() {
  const query = useQuery({ queryKey: policyKeys.dashboard, queryFn: policyApi.dashboard });
  const d = query.data;
  return (
    <>
      <QueryFeedback query={query} />
      {d ? (
        <>
          <Refresh d={d} />
          <Norms d={d} />
          <IntakesPerWeek d={d} />
          <LeadTimes d={d} />
          <OpenPerStep d={d} />
          <Breakthroughs d={d} />
          <Costs d={d} />
          <Recurrences d={d} />
          <TopBottlenecks d={d} />
        </>
      ) : null}
    </>
  );
}

export function PolicyPage() {
  const { t } = useLang();
  usePageTitle(t('policy.title'));
  return (
    <>
      <Heading level={1}>{t('policy.title')}</Heading>
      <Paragraph lead>{t('policy.intro')}</Paragraph>
      <RoleGate role="policy">
        <Figures />
      </RoleGate>
    </>
  );
}
