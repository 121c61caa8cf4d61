// In step 6, for the coordinator of a case closed with a breakthrough: the way to the library.
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useLang } from '../../lang';
import type { StepsOverview } from '../../types-steps';

export function PublishLink({ overview: o }: { overview: StepsOverview }) {
  const { t } = useLang();
  if (o.status !== 'closed' || o.outcome !== 'breakthrough' || o.access.via !== 'team' || o.access.role !== 'coordinator') return null;
  return (
    <section className="doorbraak-section" aria-labelledby="library-publish-link-title">
      <Heading level={2} id="library-publish-link-title">{t('library.publishLink.title')}</Heading>
      <Paragraph>{t('library.publishLink.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/casussen/$id/bibliotheek" params={{ id: o.id }}>{t('library.publishLink.link')}</AppLink>
      </Paragraph>
    </section>
  );
}
