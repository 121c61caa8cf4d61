// On the case page: that the household came back within a year of an earlier closed case, and for
// a closed case the outcome and the next follow-up, with the way to step 6.
import { Alert } from '../../../components/Alert';
import { DataList } from '../../../components/DataList';
import { Heading, Paragraph } from '../../../components/Heading';
import { AppLink } from '../../../components/Link';
import { formatDate, formatInstantDate } from '../../../format';
import { useLang } from '../../../lang';
import type { StepsOverview } from '../../../types-steps';
import { Section } from '../../cases/CaseSections';
import { outcomeKey } from './labels';

export function RecurrenceNotice({ overview }: { overview: StepsOverview }) {
  const { t, locale } = useLang();
  const r = overview.recurrence;
  if (!r) return null;
  return (
    <Alert type="warning">
      <Heading level={2} look={3}>{t('recurrence.title')}</Heading>
      <Paragraph>
        {r.closedAt
          ? t('recurrence.text', { reference: r.reference, date: formatInstantDate(r.closedAt, locale) })
          : t('recurrence.textNoDate', { reference: r.reference })}{' '}
        <AppLink to="/casussen/$id" params={{ id: r.of }}>{t('recurrence.link', { reference: r.reference })}</AppLink>
      </Paragraph>
    </Alert>
  );
}

export function ClosureSummary({ overview }: { overview: StepsOverview }) {
  const { t, locale } = useLang();
  if (overview.status !== 'closed') return null;
  const next = [...overview.followUps].sort((a, b) => a.months - b.months).find((f) => !f.doneAt);
  const done = overview.followUps.filter((f) => f.doneAt).length;
  return (
    <Section id="section-closure" title={t('closure.title')}>
      <DataList
        items={[
          { key: t('closure.closedAt'), value: formatInstantDate(overview.closedAt, locale) || t('common.notProvided') },
          { key: t('closure.outcome'), value: overview.outcome ? t(outcomeKey(overview.outcome)) : t('common.notProvided') },
          {
            key: t('followUp.title'),
            value: next
              ? t('followUp.next', { months: next.months, date: formatDate(next.dueOn, locale), done, total: overview.followUps.length })
              : t('followUp.allDone'),
          },
        ]}
      />
      <Paragraph>
        <AppLink to="/casussen/$id/stap/$step" params={{ id: overview.id, step: '6' }}>{t('closure.toStep6')}</AppLink>
      </Paragraph>
    </Section>
  );
}
