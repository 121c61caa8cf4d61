// /casussen/$id/stap/$step — one step of the breakthrough method: the six steps with their state,
// this step's fields, what is still missing, complete or reopen, and the way to the steps around it.
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api';
import { stepsApi, stepsKeys } from '../../api-steps';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { stepKey } from '../../i18n';
import { useLang } from '../../lang';
import type { CaseOverview, CaseStep } from '../../types';
import type { StepsOverview } from '../../types-steps';
import { usePageTitle } from '../../usePageTitle';
import { useCaseMissingText } from '../policy/access';
import { StepList } from '../cases/StepList';
import { Step1 } from './Step1';
import { Step2 } from './Step2';
import { Step3 } from './Step3';
import { Step4 } from './Step4';
import { Step5 } from './Step5';
import { Step6 } from './Step6';
import { stepNumbers } from './steps/labels';
import { StepStatus } from './steps/StepStatus';
import './steps/steps.css';

const STEPS: Record<CaseStep, (p: { overview: CaseOverview }) => React.ReactNode> = {
  1: Step1, 2: Step2, 3: Step3, 4: Step4, 5: Step5, 6: Step6,
};

/** The step components take the overview as CaseOverview; each reads the parts of its own area from it. */
const asCaseOverview = (o: StepsOverview) => o as unknown as CaseOverview;

function Neighbours({ id, step }: { id: string; step: CaseStep }) {
  const { t } = useLang();
  const { prev, next } = stepNumbers(step);
  return (
    <nav aria-label={t('steps.neighbours')} className="doorbraak-step-neighbours">
      {prev ? (
        <AppLink to="/casussen/$id/stap/$step" params={{ id, step: String(prev) }} rel="prev">
          {t('steps.previous', { n: prev, name: t(stepKey(prev)) })}
        </AppLink>
      ) : <span />}
      {next ? (
        <AppLink to="/casussen/$id/stap/$step" params={{ id, step: String(next) }} rel="next">
          {t('steps.next', { n: next, name: t(stepKey(next)) })}
        </AppLink>
      ) : null}
    </nav>
  );
}

export function StepPage({ id, step }: { id: string; step: CaseStep }) {
  const { t } = useLang();
  const overview = useQuery({ queryKey: stepsKeys.case(id), queryFn: () => stepsApi.case(id) });
  const data = overview.data;
  const Content = STEPS[step];
  const title = t('step.numbered', { n: step, name: t(stepKey(step)) });
  const caseMissing = useCaseMissingText();
  const missing = overview.isError && [400, 403, 404, 422].some((status) => isApiError(overview.error, status));
  usePageTitle(data ? `${title} — ${t('case.title', { reference: data.reference })}` : missing ? t('case.notFound') : title);

  return (
    <>
      <Paragraph>
        <AppLink to="/casussen/$id" params={{ id }}>
          {data ? t('steps.backToCase', { reference: data.reference }) : t('steps.backToCaseLoading')}
        </AppLink>
      </Paragraph>
      <Heading level={1}>{title}</Heading>
      {data ? <Paragraph lead>{t('case.title', { reference: data.reference })}</Paragraph> : null}
      <QueryFeedback query={overview} missing={{ when: missing, message: caseMissing }} />
      {data ? (
        <>
          <nav aria-label={t('steps.navLabel')} className="doorbraak-step-nav">
            <StepList caseId={id} steps={data.steps} current={data.step} />
          </nav>
          <StepStatus key={step} overview={data} step={step} />
          <div className="doorbraak-step-content">
            <Content overview={asCaseOverview(data)} />
          </div>
          <Neighbours id={id} step={step} />
        </>
      ) : null}
    </>
  );
}
