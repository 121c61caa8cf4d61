// Step 1 — Aanmelding & verhaal: the household's story as it was reported, who belongs to the
// household, and the twelve life domains at a glance: where it burns and who said so.
import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { UrgencyText } from '../../components/Badges';
import { Button } from '../../components/Button';
import { DataList } from '../../components/DataList';
import { Paragraph } from '../../components/Heading';
import { excerpt, formatDateTime } from '../../format';
import { domainKey, legalBasisKey } from '../../i18n';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { HouseholdOverview } from '../../types-household';
import { Section } from '../cases/CaseSections';
import { canChange } from './breakthrough/forms';
import { LifeDomains } from './household/LifeDomains';
import { Members } from './household/Members';
import { NotShared } from './household/shared';

/** Longer stories open in full on request, so the members and domains stay in view. */
const EXCERPT = 400;

function Story({ o }: { o: HouseholdOverview }) {
  const { t, locale } = useLang();
  const [full, setFull] = useState(false);
  const story = o.story ?? '';
  const long = story.length > EXCERPT;
  const reporter = o.reporter;
  return (
    <Section id="step1-story" title={t('household.story.title')}>
      {o.story === null ? <NotShared /> : (
        <>
          <Paragraph id="step1-story-text" className="doorbraak-prewrap doorbraak-story">
            {full || !long ? story : excerpt(story, EXCERPT)}
          </Paragraph>
          {long ? (
            <Button appearance="subtle" aria-expanded={full} aria-controls="step1-story-text" onClick={() => setFull((f) => !f)}>
              {full ? t('household.story.less') : t('household.story.more')}
            </Button>
          ) : null}
          <DataList
            items={[
              ...(reporter ? [{
                key: t('household.story.reportedBy'),
                value: reporter.organisation ? `${reporter.name} (${reporter.organisation})` : reporter.name,
              }] : []),
              { key: t('common.reportedAt'), value: formatDateTime(o.reportedAt, locale) },
              { key: t('cases.urgency'), value: <UrgencyText urgency={o.urgency} /> },
              { key: t('case.legalBasis'), value: t(legalBasisKey(o.legalBasis)) },
              {
                key: t('household.story.namedDomains'),
                value: o.lifeDomains.length ? o.lifeDomains.map((d) => t(domainKey(d))).join(', ') : t('common.notProvided'),
              },
            ]}
          />
        </>
      )}
    </Section>
  );
}

export function Step1({ overview }: { overview: CaseOverview }) {
  const { t } = useLang();
  const o = overview as unknown as HouseholdOverview;
  const editable = canChange(o);
  const sees = (section: string) => o.access.sections.some((s) => s === section);
  return (
    <>
      <Paragraph lead>{t('household.step1.intro')}</Paragraph>
      {!editable ? (
        <Alert type="info">
          <Paragraph>{t('household.readOnly')}</Paragraph>
        </Alert>
      ) : null}
      <Story o={o} />
      <Section id="step1-household" title={t('case.household')}>
        {sees('household') ? <Members caseId={o.id} editable={editable} bsnHidden={o.access.partner} /> : <NotShared />}
      </Section>
      <Section id="step1-domains" title={t('common.lifeDomains')}>
        {sees('life_domains') ? <LifeDomains caseId={o.id} named={o.lifeDomains} editable={editable} /> : <NotShared />}
      </Section>
    </>
  );
}
