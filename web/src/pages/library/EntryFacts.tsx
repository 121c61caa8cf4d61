// The facts an entry takes over from its case: the cost sum after one and five years, the life
// domains, the kinds of blocker and the rules. On the entry page and on the publish page.
import { DataList } from '../../components/DataList';
import { Table, TBody, THead, Td, Th, Tr } from '../../components/Table';
import { useLang } from '../../lang';
import type { LifeDomain } from '../../types';
import type { BlockerKind } from '../../types-breakthrough';
import type { EntryCosts, EntryRule } from '../../types-library';
import { useEuros } from '../decisions/labels';
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
  const euros = useEuros();
  const rows = [{ years: 1, avoided: c.avoided1yCents }, { years: 5, avoided: c.avoided5yCents }];
  return (
    <Table caption={t('library.costs.caption')}>
      <THead>
        <Th>{t('costSum.horizon')}</Th>
        <Th className="doorbraak-number">{t('costSum.muddlingOn')}</Th>
        <Th className="doorbraak-number">{t('costSum.breakthrough')}</Th>
        <Th className="doorbraak-number">{t('costSum.avoided')}</Th>
      </THead>
      <TBody>
        {rows.map((r) => (
          <Tr key={r.years}>
            <Th scope="row">{t(r.years === 1 ? 'costSum.oneYear' : 'costSum.years', { n: r.years })}</Th>
            <Td className="doorbraak-number">{euros(c.currentYearlyCents * r.years)}</Td>
            <Td className="doorbraak-number">{euros(c.oneOffCents + c.yearlyCents * r.years)}</Td>
            <Td className="doorbraak-number">{r.avoided < 0 ? t('costSum.extra', { amount: euros(-r.avoided) }) : euros(r.avoided)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
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
