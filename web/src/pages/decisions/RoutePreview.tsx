// Where a request goes: the mandate level for this amount, the levels passed over and why, and
// whether the custom-solutions budget still has room. Announced politely when the amount changes.
import { Alert } from '../../components/Alert';
import { Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { RoutePreview } from '../../types-decisions';
import { skippedText, useEuros } from './labels';

export function RoutePreviewText({ route, dueWorkingDays }: { route: RoutePreview; dueWorkingDays: number }) {
  const { t } = useLang();
  const euros = useEuros();
  return (
    <div className="doorbraak-decision-route" role="status" aria-live="polite">
      {route.level ? (
        <Paragraph>
          <strong>{t('decisions.route.goesTo', { level: route.level.name, mandate: route.level.mandate })}</strong>{' '}
          {t('decisions.route.due', { days: dueWorkingDays })}
        </Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('decisions.route.none')}</Paragraph>
        </Alert>
      )}
      {route.skipped.length ? (
        <ul className="doorbraak-decision-skipped">
          {route.skipped.map((s) => <li key={s.levelId}>{skippedText(t, s)}</li>)}
        </ul>
      ) : null}
      {route.unheld ? <Paragraph>{t('decisions.route.unheld')}</Paragraph> : null}
      {route.overdraws ? <Paragraph>{t('decisions.route.overdraws')}</Paragraph> : null}
      {route.remainingCents === null ? (
        <Paragraph>{t('decisions.route.noBudget', { year: route.budgetYear })}</Paragraph>
      ) : (
        <Paragraph>{t('decisions.route.remaining', { year: route.budgetYear, amount: euros(route.remainingCents) })}</Paragraph>
      )}
    </div>
  );
}
