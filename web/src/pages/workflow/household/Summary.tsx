// Read-only summaries of steps 1 and 2 for the case page: where it burns across the life domains,
// and what the current support costs a year from how many agencies. Each brings no heading of its
// own (the page puts them in its sections) and says so when its part is not shared with the viewer.
import { Paragraph } from '../../../components/Heading';
import { AppLink } from '../../../components/Link';
import { domainKey } from '../../../i18n';
import { useLang } from '../../../lang';
import { LIFE_DOMAINS } from '../../../types';
import type { CaseAccess } from '../../../types-access';
import { ASSESSMENT_STATES, type Assessment, type AssessmentState, type Involvements } from '../../../types-household';
import { formatEuros } from '../breakthrough/money';
import { NotShared, StateBadge } from './shared';

/** What the summaries read from the case overview; the older overview types lack these fields. */
interface SummaryInput {
  id: string;
  access?: Pick<CaseAccess, 'sections'>;
  lifeDomainAssessments?: Assessment[];
  involvements?: Involvements | null;
}

const severity: Record<AssessmentState, number> = { crisis: 0, under_pressure: 1, stable: 2 };

/** Crisis first, then under pressure, then stable; the fixed domain order within a state. */
export function bySeverity(current: Assessment[]): Assessment[] {
  return [...current].sort(
    (a, b) => severity[a.state] - severity[b.state] || LIFE_DOMAINS.indexOf(a.domain) - LIFE_DOMAINS.indexOf(b.domain),
  );
}

/** One sentence per state, e.g. "Crisis: Wonen, Inkomen." and how many are not assessed yet. */
export function BurningLine({ current }: { current: Assessment[] }) {
  const { t } = useLang();
  const parts = ASSESSMENT_STATES.map((s) => ({ state: s, names: current.filter((a) => a.state === s).map((a) => t(domainKey(a.domain))) }))
    .filter((p) => p.names.length);
  const open = LIFE_DOMAINS.length - current.length;
  return (
    <ul className="doorbraak-burning" aria-label={t('household.domains.atAGlance')}>
      {parts.map((p) => (
        <li key={p.state}>
          <StateBadge state={p.state} />{' '}
          {p.names.join(', ')}
        </li>
      ))}
      {open ? <li>{t('household.domains.notAssessedCount', { n: open })}</li> : null}
    </ul>
  );
}

const StepLink = ({ id, step, children }: { id: string; step: 1 | 2; children: string }) => (
  <Paragraph>
    <AppLink to="/casussen/$id/stap/$step" params={{ id, step: String(step) }}>{children}</AppLink>
  </Paragraph>
);

/** The life domains that were assessed, from crisis to stable, each with its state in words and colour. */
export function LifeDomainsAtAGlance({ overview }: { overview: SummaryInput }) {
  const { t } = useLang();
  if (overview.access && !overview.access.sections.includes('life_domains')) return <NotShared />;
  const current = bySeverity(overview.lifeDomainAssessments ?? []);
  return (
    <div className="doorbraak-glance">
      {current.length ? (
        <ul className="doorbraak-glance__list">
          {current.map((a) => (
            <li key={a.domain} className={`doorbraak-glance__item doorbraak-domain--${a.state}`}>
              <StateBadge state={a.state} /> <span className="doorbraak-glance__name">{t(domainKey(a.domain))}</span>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('household.domains.noneAssessed')}</Paragraph>
      )}
      {current.length && current.length < LIFE_DOMAINS.length ? (
        <Paragraph>{t('household.domains.notAssessedCount', { n: LIFE_DOMAINS.length - current.length })}</Paragraph>
      ) : null}
      <StepLink id={overview.id} step={1}>{t('household.domains.toStep')}</StepLink>
    </div>
  );
}

/** What the current support costs a year, from how many agencies, and who accounts for most of it. */
export function InvolvementsSummary({ overview }: { overview: SummaryInput }) {
  const { t, locale } = useLang();
  if (overview.access && !overview.access.sections.includes('involvements')) return <NotShared />;
  const inv = overview.involvements;
  if (!inv) return <NotShared />;
  const eur = (cents: number) => formatEuros(cents, locale);
  return (
    <div className="doorbraak-glance">
      {inv.items.length ? (
        <>
          <Paragraph lead>
            {t('household.costs.sentence', { amount: eur(inv.yearlyTotalCents), n: inv.agencies })}
          </Paragraph>
          {inv.byOrganisation.length ? (
            <ul className="doorbraak-glance__list">
              {inv.byOrganisation.map((g) => (
                <li key={g.organisation} className="doorbraak-glance__item">
                  {t('household.costs.partOf', { organisation: g.organisation, amount: eur(g.yearlyCents), share: g.sharePercent })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : (
        <Paragraph>{t('household.involvements.empty')}</Paragraph>
      )}
      <StepLink id={overview.id} step={2}>{t('household.involvements.toStep')}</StepLink>
    </div>
  );
}
