// The case timeline, newest first: when, who, what.
import { Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { TimelineEvent } from '../../types';

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t, locale } = useLang();
  if (!events.length) return <Paragraph>{t('case.timelineEmpty')}</Paragraph>;
  const sorted = [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <ol className="doorbraak-timeline" reversed>
      {sorted.map((event) => (
        <li key={event.id} className="doorbraak-timeline__item">
          <p className="utrecht-paragraph doorbraak-timeline__meta">
            <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            {' · '}
            <span>{event.actor ?? t('case.systemActor')}</span>
          </p>
          <p className="utrecht-paragraph doorbraak-timeline__summary">{event.summary}</p>
        </li>
      ))}
    </ol>
  );
}
