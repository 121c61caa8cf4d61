// The six steps of the method, each with its state and a link to its page. The step where the case
// stands has aria-current="step"; on a step page the link of that page has aria-current="page".
import { AppLink } from '../../components/Link';
import { stepKey } from '../../i18n';
import { useT } from '../../lang';
import type { CaseStep } from '../../types';
import { stepProgress, type StepState } from '../../types-steps';
import { progressKey } from '../workflow/steps/labels';

export function StepList({ caseId, steps, current }: { caseId: string; steps: StepState[]; current: CaseStep }) {
  const t = useT();
  return (
    <ol className="doorbraak-steps">
      {steps.map((s) => {
        const progress = stepProgress(s, current);
        const isCurrent = s.number === current;
        return (
          <li
            key={s.number}
            className={`doorbraak-steps__item doorbraak-steps__item--${progress}${isCurrent ? ' doorbraak-steps__item--current' : ''}`}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="doorbraak-steps__marker" aria-hidden="true">
              {progress === 'complete' ? '✓' : s.number}
            </span>
            <span className="doorbraak-steps__body">
              <AppLink to="/casussen/$id/stap/$step" params={{ id: caseId, step: String(s.number) }}>
                {t('step.numbered', { n: s.number, name: t(stepKey(s.number)) })}
              </AppLink>
              <span className="doorbraak-steps__state">
                {t(progressKey(progress))}
                {isCurrent ? ` ${t('case.currentStep')}` : ''}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
