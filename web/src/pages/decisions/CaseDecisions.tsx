// The decisions of one case: on step 5 with their route along the mandate ladder (so the requester
// sees an escalation), and on the case page as short lines with the budget entries beside them.
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { Table, TBody, THead, Td, Th, Tr } from '../../components/Table';
import { formatDate, formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { BudgetEntry, Decision, DecisionSummary, DecisionsOverview } from '../../types-decisions';
import type { StepsOverview } from '../../types-steps';
import { DecisionBadge, LetterLinkList, skippedText, useEuros } from './labels';
import './decisions.css';

/** Where the request lies now and how it got there: routed past levels, and escalated when late. */
export function RouteHistory({ decision }: { decision: Decision }) {
  const { t, locale } = useLang();
  return (
    <ol className="doorbraak-decision-history">
      {decision.route.map((s, i) => (
        <li key={`${s.at}-${i}`}>
          {s.reason === 'overdue'
            ? t('decisions.history.escalated', { level: s.level.name, at: formatDateTime(s.at, locale), due: formatDate(s.dueOn, locale) })
            : t('decisions.history.routed', { level: s.level.name, at: formatDateTime(s.at, locale), due: formatDate(s.dueOn, locale) })}
          {s.skipped.length ? (
            <ul>
              {s.skipped.map((x) => <li key={x.levelId}>{skippedText(t, x)}</li>)}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/** The line that matters most for a pending request: with whom it lies, until when, and whether it went up. */
export function PendingLine({ level, dueOn, overdue, escalations }: { level: string; dueOn: string; overdue: boolean; escalations: number }) {
  const { t, locale } = useLang();
  return (
    <Paragraph>
      {escalations > 0 ? <strong>{t('decisions.escalatedTo', { level })} </strong> : null}
      {t(overdue ? 'decisions.lateAt' : 'decisions.waitsAt', { level, due: formatDate(dueOn, locale) })}
    </Paragraph>
  );
}

export function DecisionCard({ decision: d, headingLevel = 3 }: { decision: Decision; headingLevel?: 3 | 4 }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  const about = t('decisions.letter.about', { date: formatDate(d.requestedAt, locale) });
  return (
    <li className="doorbraak-card doorbraak-decision-card">
      <Heading level={headingLevel} look={4}>
        <AppLink to="/casussen/$id/besluiten/$decisionId" params={{ id: d.caseId, decisionId: d.id }}>{d.question}</AppLink>
      </Heading>
      <Paragraph>
        <DecisionBadge status={d.status} outcome={d.decision?.outcome ?? null} overdue={d.overdue} />{' '}
        {t('decisions.requestedBy', { name: d.requestedBy.name, at: formatDateTime(d.requestedAt, locale), amount: euros(d.amountCents) })}
      </Paragraph>
      {d.status === 'pending' ? <PendingLine level={d.level.name} dueOn={d.dueOn} overdue={d.overdue} escalations={d.escalations} /> : null}
      <details className="doorbraak-details">
        <summary>{t('decisions.history.title')}</summary>
        <RouteHistory decision={d} />
      </details>
      {d.decision ? (
        <Paragraph>
          {t('decisions.decidedBy', { name: d.decision.decidedBy.name, level: d.decision.level.name, at: formatDateTime(d.decision.decidedAt, locale) })}
          {d.decision.approvedCents !== null ? ` ${t('decisions.approvedAmount', { amount: euros(d.decision.approvedCents) })}` : ''}
        </Paragraph>
      ) : null}
      {d.withdrawnReason ? <Paragraph>{t('decisions.withdrawnBecause', { reason: d.withdrawnReason })}</Paragraph> : null}
      {d.letter ? <LetterLinkList letter={d.letter} about={about} /> : null}
    </li>
  );
}

/** The case page: each request in a line, its letter, and the budget entries of the case. */
export function CaseDecisionsSection({ caseId, decisions, entries }: { caseId: string; decisions: DecisionSummary[]; entries: BudgetEntry[] | null }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  return (
    <section aria-labelledby="section-decisions" className="doorbraak-section">
      <Heading level={2} id="section-decisions">{t('decisions.case.title')}</Heading>
      {decisions.length === 0 ? <Paragraph>{t('decisions.case.none')}</Paragraph> : (
        <ul className="doorbraak-cards">
          {decisions.map((d) => (
            <li className="doorbraak-card doorbraak-decision-card" key={d.id}>
              <Heading level={3} look={4}>
                <AppLink to="/casussen/$id/besluiten/$decisionId" params={{ id: caseId, decisionId: d.id }}>{d.question}</AppLink>
              </Heading>
              <Paragraph>
                <DecisionBadge status={d.status} outcome={d.outcome} overdue={d.overdue} />{' '}
                {t('decisions.case.asked', { at: formatDateTime(d.requestedAt, locale), amount: euros(d.amountCents) })}
              </Paragraph>
              {d.status === 'pending' ? (
                <Paragraph>{t(d.overdue ? 'decisions.lateAt' : 'decisions.waitsAt', { level: d.level.name, due: formatDate(d.dueOn, locale) })}</Paragraph>
              ) : null}
              {d.decidedAt ? (
                <Paragraph>
                  {t('decisions.decidedBy', { name: d.decidedBy ?? '', level: d.level.name, at: formatDateTime(d.decidedAt, locale) })}
                  {d.approvedCents !== null ? ` ${t('decisions.approvedAmount', { amount: euros(d.approvedCents) })}` : ''}
                </Paragraph>
              ) : null}
              {d.letter ? <LetterLinkList letter={d.letter} about={t('decisions.letter.about', { date: formatDate(d.requestedAt, locale) })} /> : null}
            </li>
          ))}
        </ul>
      )}
      {entries && entries.length ? <EntriesTable entries={entries} caption={t('decisions.case.entries')} /> : null}
    </section>
  );
}

/** Budget entries in a table: date, kind, amount, to whom. `withCase` adds the case reference. */
export function EntriesTable({ entries, caption, withCase = false }: { entries: BudgetEntry[]; caption: string; withCase?: boolean }) {
  const { t, locale } = useLang();
  const euros = useEuros();
  return (
    <Table caption={caption}>
      <THead>
        <Th>{t('budget.entry.date')}</Th>
        <Th>{t('budget.entry.kind')}</Th>
        <Th className="doorbraak-number">{t('budget.entry.amount')}</Th>
        {withCase ? <Th>{t('common.reference')}</Th> : null}
        <Th>{t('budget.entry.payee')}</Th>
        <Th>{t('budget.entry.note')}</Th>
      </THead>
      <TBody>
        {entries.map((e) => (
          <Tr key={e.id}>
            <Td>{formatDate(e.date, locale)}</Td>
            <Td>{t(`budget.kind.${e.kind}`)}</Td>
            <Td className="doorbraak-number">{euros(e.amountCents)}</Td>
            {withCase ? <Td>{e.reference}</Td> : null}
            <Td>{e.kind !== 'payment' ? '' : e.payeeKind === 'resident' ? t('budget.payee.resident') : e.payee ?? ''}</Td>
            <Td>{e.note ?? ''}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

/** The case page's section; absent when decisions are not shared with the viewer. */
export function CaseDecisions({ overview }: { overview: StepsOverview }) {
  const o = overview as DecisionsOverview;
  if (!o.decisions) return null;
  return <CaseDecisionsSection caseId={o.id} decisions={o.decisions} entries={o.budgetEntries} />;
}
