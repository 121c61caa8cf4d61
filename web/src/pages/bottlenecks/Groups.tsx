// The blockers recorded in cases, grouped by rule, by organisation involved and by kind of blocker,
// in the counting window: where proposals come from, and what stays under the threshold.
import { useQuery } from '@tanstack/react-query';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDate } from '../../format';
import { useLang } from '../../lang';
import type { Group } from '../../types-bottlenecks';
import { CountTable } from './CountTable';
import { kindText } from './labels';

function GroupTable({ caption, column, groups, label }: { caption: string; column: string; groups: Group[]; label?: (g: Group) => string }) {
  const { t } = useLang();
  if (groups.length === 0) return <Paragraph>{t('bottlenecks.groups.empty', { what: caption.toLowerCase() })}</Paragraph>;
  return <CountTable caption={caption} column={column} rows={label ? groups.map((g) => ({ ...g, label: label(g) })) : groups} />;
}

export function Groups() {
  const { t, locale } = useLang();
  const query = useQuery({ queryKey: bottlenecksKeys.groups, queryFn: () => bottlenecksApi.groups() });
  const g = query.data;
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-groups">
      <Heading level={2} id="bottleneck-groups">{t('bottlenecks.groups.title')}</Heading>
      <QueryFeedback query={query} />
      {g ? (
        <>
          <Paragraph>{t('bottlenecks.groups.intro', { since: formatDate(g.since, locale) })}</Paragraph>
          <GroupTable caption={t('bottlenecks.groups.byRule')} column={t('bottlenecks.col.rule')} groups={g.rules} />
          <GroupTable caption={t('bottlenecks.groups.byOrganisation')} column={t('bottlenecks.col.organisation')} groups={g.organisations} />
          <GroupTable caption={t('bottlenecks.groups.byKind')} column={t('bottlenecks.col.kind')} groups={g.kinds}
            label={(k) => kindText(t, k.key, k.label)} />
        </>
      ) : null}
    </section>
  );
}
