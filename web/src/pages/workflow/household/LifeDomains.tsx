// The twelve life domains of step 1 as a compact grid: for each its current state in words and
// colour, what is going on and who said so, its earlier assessments, and a way to assess it again.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { householdApi, householdKeys } from '../../../api-household';
import { Button } from '../../../components/Button';
import { QueryFeedback } from '../../../components/Feedback';
import { Heading, Paragraph } from '../../../components/Heading';
import { formatDateTime } from '../../../format';
import { domainKey } from '../../../i18n';
import { useLang } from '../../../lang';
import { LIFE_DOMAINS, type LifeDomain } from '../../../types';
import type { Assessment, LifeDomainsView } from '../../../types-household';
import { SavedStatus } from '../breakthrough/forms';
import { AssessForm } from './AssessForm';
import { StateBadge } from './shared';
import { BurningLine } from './Summary';

function Meta({ a }: { a: Assessment }) {
  const { t, locale } = useLang();
  return (
    <p className="utrecht-paragraph doorbraak-domain__meta">
      {a.reportedBy ? <>{t('household.domains.reportedByValue', { who: a.reportedBy })}<br /></> : null}
      {t('household.domains.assessedAt', { at: formatDateTime(a.assessedAt, locale), name: a.assessedBy?.name ?? t('case.systemActor') })}
    </p>
  );
}

function History({ items }: { items: Assessment[] }) {
  const { t } = useLang();
  if (!items.length) return null;
  return (
    <details className="doorbraak-details doorbraak-domain__history">
      <summary>{t('household.domains.history', { n: items.length })}</summary>
      <ul className="doorbraak-timeline">
        {items.map((a) => (
          <li key={a.id} className="doorbraak-timeline__item">
            <StateBadge state={a.state} />
            {a.note ? <p className="utrecht-paragraph doorbraak-timeline__summary">{a.note}</p> : null}
            <Meta a={a} />
          </li>
        ))}
      </ul>
    </details>
  );
}

interface GridProps {
  caseId: string;
  view: LifeDomainsView;
  /** The domains named at the intake. */
  named: LifeDomain[];
  editable: boolean;
}

function Grid({ caseId, view, named, editable }: GridProps) {
  const { t } = useLang();
  const [open, setOpen] = useState<LifeDomain | null>(null);
  const [saved, setSaved] = useState('');
  return (
    <>
      <ul className="doorbraak-domains" aria-label={t('household.domains.gridLabel')}>
        {LIFE_DOMAINS.map((d) => {
          const current = view.current.find((a) => a.domain === d) ?? null;
          const earlier = view.history.filter((a) => a.domain === d && a.id !== current?.id);
          const name = t(domainKey(d));
          return (
            <li key={d} className={`doorbraak-domain doorbraak-domain--${current?.state ?? 'none'}${open === d ? ' doorbraak-domain--open' : ''}`}>
              <Heading level={3} look={4} className="doorbraak-domain__name">{name}</Heading>
              <p className="utrecht-paragraph doorbraak-domain__state">
                <StateBadge state={current?.state ?? null} />
                {named.includes(d) ? <span className="doorbraak-domain__named">{t('household.domains.named')}</span> : null}
              </p>
              {current?.note ? <p className="utrecht-paragraph doorbraak-domain__note">{current.note}</p> : null}
              {current ? <Meta a={current} /> : null}
              <History items={earlier} />
              {open === d ? (
                <AssessForm
                  caseId={caseId}
                  domain={d}
                  current={current}
                  returnTo={`assess-${d}`}
                  onDone={(message) => {
                    setOpen(null);
                    if (message) setSaved(message);
                  }}
                />
              ) : editable ? (
                <Button id={`assess-${d}`} appearance="subtle" onClick={() => { setSaved(''); setOpen(d); }}>
                  {t('household.domains.assess')}
                  <span className="doorbraak-visually-hidden">: {name}</span>
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <SavedStatus message={saved} />
    </>
  );
}

export function LifeDomains({ caseId, named, editable }: { caseId: string; named: LifeDomain[]; editable: boolean }) {
  const { t } = useLang();
  const view = useQuery({ queryKey: householdKeys.lifeDomains(caseId), queryFn: () => householdApi.lifeDomains(caseId) });
  return (
    <>
      <Paragraph>{t('household.domains.intro')}</Paragraph>
      <QueryFeedback query={view} />
      {view.data ? (
        <>
          <BurningLine current={view.data.current} />
          <Grid caseId={caseId} view={view.data} named={named} editable={editable} />
        </>
      ) : null}
    </>
  );
}
