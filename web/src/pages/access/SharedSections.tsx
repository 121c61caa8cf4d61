// The personal parts of the case overview, each shown only when it is shared with the viewer;
// otherwise the heading stays with a plain sentence saying it is not shared and why.
import { useLang } from '../../lang';
import type { SharedCaseOverview } from '../../types-access';
import { Household, LinkedIntakes, ReporterAndBasis, Section, Story } from '../cases/CaseSections';
import { Timeline } from '../cases/Timeline';
import { NotSharedSection, NotSharedText, sees } from './AccessNotice';

export function SharedSections({ overview }: { overview: SharedCaseOverview }) {
  const { t } = useLang();
  const story = sees(overview, 'story');
  const domains = sees(overview, 'life_domains');
  return (
    <>
      {overview.household && sees(overview, 'household') ? (
        <Household household={overview.household} bsnHidden={overview.access.partner} />
      ) : (
        <NotSharedSection id="section-household" title={t('case.household')} overview={overview} section="household" />
      )}
      {story || domains ? (
        <Story
          overview={{ story: overview.story ?? '', lifeDomains: overview.lifeDomains }}
          storyNote={story ? undefined : <NotSharedText overview={overview} section="story" />}
          lifeDomainsNote={domains ? undefined : <NotSharedText overview={overview} section="life_domains" />}
        />
      ) : (
        <NotSharedSection id="section-story" title={t('case.story')} overview={overview} section="story" />
      )}
      {overview.reporter && story ? (
        <ReporterAndBasis overview={{ ...overview, reporter: overview.reporter }} />
      ) : (
        <NotSharedSection id="section-reporter" title={t('case.reporter')} overview={overview} section="story" />
      )}
      {story ? (
        <LinkedIntakes intakes={overview.linkedIntakes} />
      ) : (
        <NotSharedSection id="section-linked" title={t('case.linked')} overview={overview} section="story" />
      )}
      <Section id="section-timeline" title={t('case.timeline')}>
        {sees(overview, 'timeline') ? (
          <Timeline events={overview.timeline} />
        ) : (
          <NotSharedText overview={overview} section="timeline" />
        )}
      </Section>
    </>
  );
}
