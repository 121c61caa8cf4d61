// What was asked, as the decider needs it: the question, the breakthrough and the alternatives,
// the rules with the purpose behind each, the cost sum as it stood, the amount, the weighing per
// corner of the values triangle and the resident's own view.
import { DataList } from '../../components/DataList';
import { Heading, Paragraph } from '../../components/Heading';
import { domainKey } from '../../i18n';
import { useLang } from '../../lang';
import type { Decision, Precedent } from '../../types-decisions';
import { CostSumTable } from '../workflow/breakthrough/CostSumTable';
import { ruleTitle } from '../workflow/breakthrough/RulePicker';
import { formatDateTime } from '../../format';
import { DecisionBadge, useEuros } from './labels';
import { Section as Part } from '../cases/CaseSections';

const Text = ({ children }: { children: string }) => <Paragraph className="doorbraak-prewrap">{children}</Paragraph>;

export function RequestContent({ decision: d }: { decision: Decision }) {
  const { t } = useLang();
  const euros = useEuros();
  return (
    <>
      <Part id="request-question" title={t('decisions.page.question')}>
        <Text>{d.question}</Text>
        <DataList
          items={[
            { key: t('decisions.page.amount'), value: euros(d.amountCents) },
            { key: t('common.lifeDomains'), value: d.lifeDomains.map((x) => t(domainKey(x))).join(', ') || t('common.notProvided') },
            { key: t('blocker.kinds'), value: d.blockerKinds.map((k) => t(`blocker.kind.${k}`)).join(', ') || t('common.notProvided') },
          ]}
        />
      </Part>
      <Part id="request-step" title={t('decisions.request.proposedStep')}>
        <Text>{d.proposedStep}</Text>
        <Heading level={3}>{t('decisions.request.alternatives')}</Heading>
        <Text>{d.alternatives ?? t('common.notProvided')}</Text>
      </Part>
      <Part id="request-rules" title={t('decisions.request.rules')}>
        {d.rules.length ? (
          <ul className="doorbraak-rule-list">
            {d.rules.map((r) => (
              <li key={r.id} className="doorbraak-rule-option">
                <Heading level={3} look={4}>{ruleTitle(r)}</Heading>
                <Paragraph><strong>{t('rules.purpose')}:</strong> {r.purpose || t('decision.noPurpose')}</Paragraph>
              </li>
            ))}
          </ul>
        ) : <Paragraph>{t('decisions.request.noRules')}</Paragraph>}
      </Part>
      <CostSumTable sum={d.costSum} />
      <Part id="request-weighing" title={t('decisions.request.weighing')}>
        {d.weighing.map((w) => (
          <div key={w.corner} className="doorbraak-decision-corner">
            <Heading level={3}>{w.name}</Heading>
            <Paragraph className="doorbraak-decision-corner__question">{w.description}</Paragraph>
            <Text>{w.text}</Text>
          </div>
        ))}
      </Part>
      <Part id="request-resident" title={t('decisions.request.residentView')}>
        {d.residentView ? <blockquote className="doorbraak-quote doorbraak-prewrap">{d.residentView}</blockquote> : <Paragraph>{t('common.notProvided')}</Paragraph>}
      </Part>
    </>
  );
}

/** Earlier decisions in other cases on the same rule or kind of blocker: like cases, like answers. */
export function Precedents({ items }: { items: Precedent[] }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  return (
    <section className="doorbraak-section doorbraak-decision-precedents" aria-labelledby="request-precedents">
      <Heading level={2} id="request-precedents">{t('decisions.precedents.title')}</Heading>
      <Paragraph>{t('decisions.precedents.intro')}</Paragraph>
      {items.length === 0 ? <Paragraph>{t('decisions.precedents.none')}</Paragraph> : (
        <ul className="doorbraak-cards">
          {items.map((p) => (
            <li key={p.id} className="doorbraak-card">
              <Heading level={3} look={4}>{p.question}</Heading>
              <Paragraph>
                <DecisionBadge status="decided" outcome={p.outcome} />{' '}
                {t('decisions.precedents.when', { at: formatDateTime(p.decidedAt, locale), level: p.level ?? '—', amount: euros(p.amountCents) })}
                {p.approvedCents !== null ? ` ${t('decisions.approvedAmount', { amount: euros(p.approvedCents) })}` : ''}
              </Paragraph>
              <Paragraph>
                {t('decisions.precedents.shared', {
                  what: [...p.sharedRules.map((r) => `${r.name} (${r.code})`), ...p.sharedKinds.map((k) => t(`blocker.kind.${k}`))].join(', '),
                })}
              </Paragraph>
              <Paragraph className="doorbraak-prewrap"><strong>{t('decisions.decide.reasons')}:</strong> {p.reasons}</Paragraph>
              {p.conditions ? <Paragraph className="doorbraak-prewrap"><strong>{t('decisions.decide.conditions')}:</strong> {p.conditions}</Paragraph> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
