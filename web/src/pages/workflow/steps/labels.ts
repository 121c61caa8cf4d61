// Typed keys for the values of the steps API, and who may do what on a case.
import type { Lang, MessageKey, Translate } from '../../../i18n';
import type { CaseStep } from '../../../types';
import type { FollowUpResult, Outcome, StepProgress, StepState, StepsOverview } from '../../../types-steps';

export const progressKey = (p: StepProgress) => `steps.progress.${p}` as const satisfies MessageKey;
export const outcomeKey = (o: Outcome) => `closure.outcome.${o}` as const satisfies MessageKey;
export const resultKey = (r: FollowUpResult) => `followUp.result.${r}` as const satisfies MessageKey;

/** The missing essentials: the server's Dutch text, or the English one by code. */
export function missingTexts(step: Pick<StepState, 'missing' | 'missingCodes'>, t: Translate, lang: Lang): string[] {
  if (lang === 'nl') return step.missing;
  return step.missing.map((text, i) => {
    const key = `steps.missing.${step.missingCodes[i]}`;
    return key === t(key as MessageKey) ? text : t(key as MessageKey);
  });
}

/** The messages of a refused completion, in English when the server's Dutch text is a known essential. */
export function refusalTexts(messages: string[], step: StepState | undefined, t: Translate, lang: Lang): string[] {
  if (lang === 'nl' || !step) return messages;
  return messages.map((m) => {
    const code = step.missingCodes[step.missing.indexOf(m)];
    const key = `steps.missing.${code}` as MessageKey;
    return code && t(key) !== key ? t(key) : m;
  });
}

type Viewer = Pick<StepsOverview, 'status' | 'access'>;

const onTeam = (o: Viewer) => o.access.via === 'team' && !o.access.partner;

/** Completing and reopening steps: the coordinator and colleagues who work on a running case. */
export const canMoveSteps = (o: Viewer) => onTeam(o) && o.access.role !== 'reader' && o.status === 'active';

/** Kind, closure and handover: the coordinator of a running case. */
export const canManage = (o: Viewer) => o.access.via === 'team' && o.access.role === 'coordinator' && o.status === 'active';

/** Follow-up after closure: the coordinator and colleagues who work on the case. */
export const canFollowUp = (o: Viewer) => onTeam(o) && o.access.role !== 'reader';

export const stepNumbers = (n: CaseStep) => ({ prev: n > 1 ? ((n - 1) as CaseStep) : null, next: n < 6 ? ((n + 1) as CaseStep) : null });
