// The facts an entry takes over from its case: the cost sum after one and five years, the life
// domains, the kinds of blocker and the rules. On the entry page and on the publish page.
import { DataList } from '../../components/DataList';
import { useLang } from '../../lang';
import type { LifeDomain } from '../../types';
import type { BlockerKind } from '../../types-breakthrough';
import type { EntryCosts, EntryRule } from '../../types-library';
import { useEuros } from '../decisions/labels';
import { HorizonsTable } from '../workflow/breakthrough/CostSumTable';
import { domainLabel, kindLabel } from './labels';

interface Facts {
  costs: EntryCosts;
  lifeDomains: LifeDomain[];
  blockerKinds: BlockerKind[];
  rules: EntryRule[];
}

/** Muddling on against breaking through, as the cost sum of step 4 shows it, for one and five years. */
export function CostsTable({ costs: c }: { costs: EntryCosts }) {
  const { t } = useLang();
  const horizons = [{ years: 1, avoidedCents: c.avoided1yCents }, { years: 5, avoidedCents: c.avoided5yCents }].map((h) => ({
    ...h, muddlingOnCents: c.currentYearlyCents * h.years, breakthroughCents: c.oneOffCents + c.yearlyCents * h.years,
  }));
  return <HorizonsTable caption={t('library.costs.caption')} horizons={horizons} />;
}

export function EntryFacts({ facts: f }: { facts: Facts }) {
  const { t } = useLang();
  const euros = useEuros();
  const none = t('library.facts.none');
  return (
    <>
      <DataList
        items={[
          { key: t('common.lifeDomains'), value: f.lifeDomains.map((d) => domainLabel(t, d)).join(', ') || none },
          { key: t('blocker.kinds'), value: f.blockerKinds.map((k) => kindLabel(t, k)).join(', ') || none },
          {
            key: t('library.facts.rules'),
            value: f.rules.length ? (
              <ul className="doorbraak-library-rules">
                {f.rules.map((r) => <li key={r.code}>{r.label === r.code ? r.code : `${r.code} — ${r.label}`}</li>)}
              </ul>
            ) : none,
          },
          { key: t('library.facts.costsBefore'), value: t('library.facts.perYear', { amount: euros(f.costs.currentYearlyCents) }) },
          { key: t('library.facts.costsAfter'), value: t('library.facts.oneOffYearly', { oneOff: euros(f.costs.oneOffCents), yearly: euros(f.costs.yearlyCents) }) },
        ]}
      />
      <CostsTable costs={f.costs} />
    </>
  );
}
