// The cost sum: muddling on against breaking through over 1, 3 and 5 years, and the sentence a
// council member understands.
import { Heading, Paragraph } from '../../../components/Heading';
import { Table, TBody, THead, Td, Th, Tr } from '../../../components/Table';
import { useLang } from '../../../lang';
import type { CostSum } from '../../../types-breakthrough';
import { formatEuros } from './money';

export interface Horizon { years: number; muddlingOnCents: number; breakthroughCents: number; avoidedCents: number }

/** Muddling on against breaking through per horizon; also on library entries, which keep the sum of their case. */
export function HorizonsTable({ caption, horizons }: { caption: string; horizons: Horizon[] }) {
  const { t, locale } = useLang();
  const eur = (cents: number) => formatEuros(cents, locale);
  return (
    <Table caption={caption}>
      <THead>
        <Th>{t('costSum.horizon')}</Th>
        <Th className="doorbraak-number">{t('costSum.muddlingOn')}</Th>
        <Th className="doorbraak-number">{t('costSum.breakthrough')}</Th>
        <Th className="doorbraak-number">{t('costSum.avoided')}</Th>
      </THead>
      <TBody>
        {horizons.map((h) => (
          <Tr key={h.years}>
            <Th scope="row">{t(h.years === 1 ? 'costSum.oneYear' : 'costSum.years', { n: h.years })}</Th>
            <Td className="doorbraak-number">{eur(h.muddlingOnCents)}</Td>
            <Td className="doorbraak-number">{eur(h.breakthroughCents)}</Td>
            <Td className="doorbraak-number">
              {h.avoidedCents < 0 ? t('costSum.extra', { amount: eur(-h.avoidedCents) }) : eur(h.avoidedCents)}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

export function CostSumTable({ sum, headingLevel = 2 }: { sum: CostSum; headingLevel?: 2 | 3 }) {
  const { t, locale } = useLang();
  const eur = (cents: number) => formatEuros(cents, locale);
  return (
    <section className="doorbraak-cost-sum" aria-labelledby="cost-sum-title">
      <Heading level={headingLevel} id="cost-sum-title">{t('costSum.title')}</Heading>
      <Paragraph lead>{sum.sentence}</Paragraph>
      <HorizonsTable caption={t('costSum.caption')} horizons={sum.horizons} />
      <Paragraph>
        {t('costSum.inputs', {
          current: eur(sum.currentYearlyCents),
          agencies: sum.agencies,
          oneOff: eur(sum.oneOffCents),
          yearly: eur(sum.yearlyCents),
        })}
      </Paragraph>
    </section>
  );
}
