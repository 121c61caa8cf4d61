// The six steps of the method as an ordered list; the current one has aria-current="step".
import { stepKey } from '../../i18n';
import { useT } from '../../lang';
import { CASE_STEPS, type CaseStep } from '../../types';

export function StepList({ current }: { current: CaseStep }) {
  const t = useT();
  return (
    <ol className="utrecht-ordered-list doorbraak-steps">
      {CASE_STEPS.map((step) => {
        const state = step < current ? 'done' : step === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`utrecht-ordered-list__item doorbraak-steps__item doorbraak-steps__item--${state}`}
            aria-current={step === current ? 'step' : undefined}
          >
            {t(stepKey(step))}
            {step === current ? <span className="doorbraak-steps__current"> {t('case.currentStep')}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
