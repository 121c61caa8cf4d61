// What the viewer may see of a case and why: the banner for partners and break-glass viewers,
// and the text that replaces a section that is not shared with them.
import { Alert } from '../../components/Alert';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { CaseSection, SharedCaseOverview } from '../../types-access';
import { Section } from '../cases/CaseSections';
import { recallBreakGlass } from './breakGlassMemory';
import { sectionNames } from './shared';

/** Shown above the case for a partner (what is shared) or a break-glass viewer (reason, end time). */
export function AccessBanner({ overview }: { overview: SharedCaseOverview }) {
  const { t, locale } = useLang();
  const { access } = overview;
  if (access.via === 'break_glass') {
    const until = formatDateTime(access.until, locale);
    const opened = recallBreakGlass(overview.id);
    return (
      <Alert type="warning">
        <Heading level={2} look={3}>
          {t('breakGlass.bannerTitle')}
        </Heading>
        <Paragraph>{t('breakGlass.bannerUntil', { until })}</Paragraph>
        {opened ? (
          <Paragraph className="doorbraak-prewrap">{t('breakGlass.bannerReason', { reason: opened.reason })}</Paragraph>
        ) : (
          <Paragraph>{t('breakGlass.bannerReasonKept')}</Paragraph>
        )}
        <Paragraph>{t('breakGlass.bannerLogged')}</Paragraph>
      </Alert>
    );
  }
  if (access.partner) {
    return (
      <Alert type="info">
        <Heading level={2} look={3}>
          {t('partner.bannerTitle')}
        </Heading>
        {access.sections.length ? (
          <Paragraph>{t('partner.bannerShared', { sections: sectionNames(t, access.sections) })}</Paragraph>
        ) : (
          <Paragraph>{t('partner.bannerNothing')}</Paragraph>
        )}
        <Paragraph>{t('partner.bannerWhy')}</Paragraph>
        {access.until ? (
          <Paragraph>{t('partner.bannerEmergency', { until: formatDateTime(access.until, locale) })}</Paragraph>
        ) : null}
      </Alert>
    );
  }
  return null;
}

/** True when the viewer sees this section of the case. */
export const sees = (overview: SharedCaseOverview, section: CaseSection) => overview.access.sections.includes(section);

/** The sentence that says why a section is missing. */
export function NotSharedText({ overview, section }: { overview: SharedCaseOverview; section: CaseSection }) {
  const { t } = useLang();
  const internal = overview.internalSections.includes(section);
  return (
    <Paragraph className="doorbraak-not-shared">
      <strong>{t('partner.notShared')}</strong>{' '}
      {internal ? t('partner.notSharedInternal') : overview.access.partner ? t('partner.notSharedConsent') : t('partner.notSharedOther')}
    </Paragraph>
  );
}

/** A whole case section that is not shared with the viewer: the heading stays, the content does not. */
export function NotSharedSection({
  id,
  title,
  overview,
  section,
}: {
  id: string;
  title: string;
  overview: SharedCaseOverview;
  section: CaseSection;
}) {
  return (
    <Section id={id} title={title}>
      <NotSharedText overview={overview} section={section} />
    </Section>
  );
}
