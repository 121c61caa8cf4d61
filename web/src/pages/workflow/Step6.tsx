// Step 6 — Uitvoeren, volgen & leren: carry out the perspectiefplan, set the kind of case, close
// with the resident's own words, and follow up after 3, 6 and 12 months.
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { Plan } from '../../types-breakthrough';
import type { StepsOverview } from '../../types-steps';
import { ClosureSection } from './steps/Closure';
import { KindSection } from './steps/KindForm';
import { PublishLink } from '../library/PublishLink';

/** How far the plan is, with the way to it; also on the case page. */
export function PlanProgress({ overview }: { overview: StepsOverview & { plan?: Plan | null } }) {
  const { t } = useLang();
  const actions = (overview.plan?.actions ?? []).filter((a) => a.status !== 'dropped');
  const done = actions.filter((a) => a.status === 'done').length;
  const busy = actions.filter((a) => a.status === 'in_progress').length;
  return (
    <section aria-labelledby="plan-progress-title" className="doorbraak-section">
      <Heading level={2} id="plan-progress-title">{t('step6.planTitle')}</Heading>
      {overview.plan === null ? (
        <Paragraph>{t('step6.planNotShared')}</Paragraph>
      ) : actions.length ? (
        <Paragraph>{t('step6.planProgress', { done, busy, total: actions.length })}</Paragraph>
      ) : (
        <Paragraph>{t('step6.planEmpty')}</Paragraph>
      )}
      <Paragraph>
        <AppLink to="/casussen/$id/plan" params={{ id: overview.id }}>{t('step6.planLink')}</AppLink>
      </Paragraph>
    </section>
  );
}

export function Step6({ overview }: { overview: CaseOverview }) {
  // The step page hands every step the whole overview; this step reads the kind, closure and follow-ups from it.
  const o = overview as unknown as StepsOverview & { plan?: Plan | null };
  return (
    <>
      <PlanProgress overview={o} />
      <KindSection overview={o} />
      <ClosureSection overview={o} />
      <PublishLink overview={o} />
    </>
  );
}
