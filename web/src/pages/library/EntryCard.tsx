// One entry as a card in a list: title as link, where it comes from, what the problem and the
// breakthrough were in short, and the money. Search results and suggestions in step 4 share it.
import type { ReactNode } from 'react';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { excerpt } from '../../format';
import { useLang } from '../../lang';
import type { LibraryEntry } from '../../types-library';
import { useEuros } from '../decisions/labels';
import { SharingBadge } from './labels';

/** The cost sum in one sentence: what breaking through cost, and what it avoided. */
export function CostLine({ entry: e }: { entry: LibraryEntry }) {
  const { t } = useLang();
  const euros = useEuros();
  const avoided = (cents: number) => (cents < 0 ? t('library.costs.extra', { amount: euros(-cents) }) : euros(cents));
  return (
    <Paragraph className="doorbraak-library-costs">
      {t('library.costs.line', { oneOff: euros(e.costs.oneOffCents), yearly: euros(e.costs.yearlyCents) })}{' '}
      {t('library.costs.avoidedLine', { one: avoided(e.costs.avoided1yCents), five: avoided(e.costs.avoided5yCents) })}
    </Paragraph>
  );
}

export function EntryCard({ entry: e, headingLevel = 3, children }: { entry: LibraryEntry; headingLevel?: 2 | 3 | 4; children?: ReactNode }) {
  const { t } = useLang();
  return (
    <li className="doorbraak-card doorbraak-library-card">
      <Heading level={headingLevel} look={4}>
        <AppLink to="/bibliotheek/$entryId" params={{ entryId: e.id }}>{e.title}</AppLink>
      </Heading>
      <Paragraph className="doorbraak-card__meta">
        {e.own ? t('library.card.own', { municipality: e.municipality }) : t('library.card.other', { municipality: e.municipality })}
        {e.own ? <> <SharingBadge sharing={e.sharing} /></> : null}
      </Paragraph>
      <Paragraph>{excerpt(e.problem, 200)}</Paragraph>
      <Paragraph>
        <strong>{t('library.card.breakthrough')}</strong> {excerpt(e.breakthrough, 200)}
      </Paragraph>
      <CostLine entry={e} />
      {children}
    </li>
  );
}
