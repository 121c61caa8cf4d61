// Step 5 — Onderbouwing & besluit. First, read-only, what the decision rests on: the blocker, the
// rules with their purpose, the proposed step and the cost sum — each with the way back to fill it
// in; then this case's decisions and the form to ask whoever holds the mandate for one.
import { Alert } from '../../components/Alert';
import { DataList } from '../../components/DataList';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { BreakthroughOverview, RuleRef } from '../../types-breakthrough';
import { Step5Decisions } from '../decisions/Step5Decisions';
import { CostSumTable } from './breakthrough/CostSumTable';
import { formatEuros } from './breakthrough/money';
import { LawLink, ruleTitle } from './breakthrough/RulePicker';
import './breakthrough/breakthrough.css';
import { Section as Part } from '../cases/CaseSections';

const filled = (s: string | null | undefined): s is string => !!s && s.trim() !== '';

/** Where an empty part is filled in. */
function Missing({ caseId, step, text }: { caseId: string; step: '3' | '4'; text: string }) {
  const { t } = useLang();
  return (
    <Paragraph>
      {text}{' '}
      <AppLink to="/casussen/$id/stap/$step" params={{ id: caseId, step }}>
        {t('decision.goToStep', { n: step })}
      </AppLink>
    </Paragraph>
  );
}

function Rules({ rules }: { rules: RuleRef[] }) {
  const { t } = useLang();
  return (
    <ul className="doorbraak-rule-list">
      {rules.map((r) => (
        <li key={r.id} className="doorbraak-rule-option">
          <Heading level={3} look={4}>{ruleTitle(r)}</Heading>
          <Paragraph>
            <strong>{t('rules.purpose')}:</strong> {r.purpose ?? t('decision.noPurpose')}
          </Paragraph>
          {r.url ? <Paragraph><LawLink rule={r} /></Paragraph> : null}
        </li>
      ))}
    </ul>
  );
}

export function Step5({ overview }: { overview: CaseOverview }) {
  const { t, locale } = useLang();
  const o = overview as unknown as BreakthroughOverview;
  if (!o.access.sections.includes('breakthrough')) {
    return (
      <Alert type="info">
        <Paragraph>{t('breakthrough.notShared')}</Paragraph>
      </Alert>
    );
  }
  const b = o.blocker;
  const eur = (cents: number | null) => (cents === null ? t('common.notProvided') : formatEuros(cents, locale, true));
  const ownWords = o.perspective?.ownWords;
  const hasBlocker = !!b && (filled(b.problem) || filled(b.blockedBy) || b.kinds.length > 0);

  return (
    <div className="doorbraak-printable">
      <Paragraph lead>{t('decision.intro')}</Paragraph>

      <Part id="decision-perspective" title={t('decision.perspective')}>
        {filled(ownWords) ? (
          <blockquote className="doorbraak-quote doorbraak-prewrap">{ownWords}</blockquote>
        ) : (
          <Missing caseId={o.id} step="3" text={t('decision.perspectiveMissing')} />
        )}
      </Part>

      <Part id="decision-blocker" title={t('decision.blocker')}>
        {b && hasBlocker ? (
          <DataList
            items={[
              { key: t('blocker.problem'), value: <span className="doorbraak-prewrap">{b.problem || t('common.notProvided')}</span> },
              { key: t('blocker.blockedBy'), value: <span className="doorbraak-prewrap">{b.blockedBy || t('common.notProvided')}</span> },
              {
                key: t('blocker.kinds'),
                value: b.kinds.length ? b.kinds.map((k) => t(`blocker.kind.${k}`)).join(', ') : t('common.notProvided'),
              },
            ]}
          />
        ) : (
          <Missing caseId={o.id} step="4" text={t('decision.blockerMissing')} />
        )}
      </Part>

      <Part id="decision-rules" title={t('decision.rules')}>
        <Paragraph>{t('decision.rulesIntro')}</Paragraph>
        {b?.rules.length ? <Rules rules={b.rules} /> : <Missing caseId={o.id} step="4" text={t('decision.rulesMissing')} />}
      </Part>

      <Part id="decision-step" title={t('decision.proposedStep')}>
        {b && filled(b.proposedStep) ? (
          <>
            <Paragraph className="doorbraak-prewrap">{b.proposedStep}</Paragraph>
            <DataList
              items={[
                { key: t('blocker.oneOff'), value: eur(b.oneOffCents) },
                { key: t('blocker.yearly'), value: eur(b.yearlyCents) },
              ]}
            />
          </>
        ) : (
          <Missing caseId={o.id} step="4" text={t('decision.proposedStepMissing')} />
        )}
      </Part>

      {o.costSum ? <CostSumTable sum={o.costSum} /> : null}
      <Paragraph className="doorbraak-no-print">
        <AppLink to="/casussen/$id/stap/$step" params={{ id: o.id, step: '4' }}>{t('decision.changeInStep4')}</AppLink>
      </Paragraph>
      <div className="doorbraak-no-print">
        <Step5Decisions overview={o} />
      </div>
    </div>
  );
}
