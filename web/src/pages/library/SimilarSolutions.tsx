// In step 4: the library entries most like this case (life domains, kind of blocker, rules and the
// words of the blocker, or of the story while step 4 is empty), each with why it was suggested.
// Saving the blocker changes its version, and with it the suggestions.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { libraryApi, libraryKeys } from '../../api-library';
import { isApiError } from '../../api';
import { isStaff, useMe } from '../../auth';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import type { Translate } from '../../i18n';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { SimilarItem } from '../../types-library';
import { EntryCard } from './EntryCard';
import { domainLabel, kindLabel } from './labels';
import './library.css';

/** Why an entry was suggested, named in the user's language. */
function reasons(t: Translate, { match }: SimilarItem): string[] {
  return [
    ...(match.ruleCodes.length ? [t('library.similar.rules', { rules: match.ruleCodes.join(', ') })] : []),
    ...(match.kinds.length ? [t('library.similar.kinds', { kinds: match.kinds.map((k) => kindLabel(t, k)).join(', ') })] : []),
    ...(match.lifeDomains.length ? [t('library.similar.domains', { domains: match.lifeDomains.map((d) => domainLabel(t, d)).join(', ') })] : []),
    ...(match.text ? [t('library.similar.text')] : []),
  ];
}

export function SimilarSolutions({ overview }: { overview: CaseOverview }) {
  const { t } = useLang();
  const me = useMe().data;
  const staff = isStaff(me);
  const blocker = useQuery({ queryKey: breakthroughKeys.blocker(overview.id), queryFn: () => breakthroughApi.blocker(overview.id), enabled: staff });
  const similar = useQuery({
    queryKey: libraryKeys.similar(overview.id, blocker.data?.version),
    queryFn: () => libraryApi.similar(overview.id),
    enabled: staff && !blocker.isPending,
    placeholderData: keepPreviousData,
  });
  // Partners at other agencies do not browse the municipality's library, and policy staff see no cases in detail.
  if (!staff || isApiError(similar.error, 403)) return null;
  const items = similar.data?.items ?? [];
  return (
    <section className="doorbraak-section doorbraak-library-similar" aria-labelledby="library-similar-title">
      <Heading level={2} id="library-similar-title">{t('library.similar.title')}</Heading>
      <Paragraph>{t('library.similar.intro')}</Paragraph>
      <QueryFeedback query={similar} />
      {similar.data && items.length === 0 ? <Paragraph>{t('library.similar.none')}</Paragraph> : null}
      {items.length ? (
        <ul className="doorbraak-cards">
          {items.map((item) => (
            <EntryCard key={item.entry.id} entry={item.entry}>
              <Paragraph className="doorbraak-library-why">{t('library.similar.why')}</Paragraph>
              <ul className="doorbraak-library-reasons">
                {reasons(t, item).map((r) => <li key={r}>{r}</li>)}
              </ul>
            </EntryCard>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
