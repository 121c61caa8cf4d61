/** A recurring job: every so many seconds, or daily at a wall-clock time in a time zone. */
export type Schedule = { name: string; kind: string } & (
  | { everySeconds: number; dailyAt?: never; timeZone?: never }
  | { dailyAt: string; timeZone?: string; everySeconds?: never }
);

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

interface WallClock { year: number; month: number; day: number; hour: number; minute: number }

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): WallClock {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a wall-clock time happens in a zone. When the clock falls back and the time happens
 * twice, the first; when it springs forward and the time is skipped, the moment just after the gap.
 */
function zonedInstant(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  const DAY = 86_400_000;
  const offsets = [offsetMinutes(new Date(naive - DAY), timeZone), offsetMinutes(new Date(naive + DAY), timeZone)];
  const matching = offsets
    .map((o) => new Date(naive - o * 60_000))
    .filter((t) => {
      const w = wallClock(t, timeZone);
      return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) === naive;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  return matching[0] ?? new Date(naive - offsets[0] * 60_000);
}

/** The first moment strictly after `after` at which the schedule is due. */
export function nextRun(schedule: Schedule, after: Date, previous?: Date): Date {
  if (schedule.everySeconds !== undefined) {
    const step = schedule.everySeconds * 1000;
    if (!previous) return new Date(after.getTime() + step);
    // Stay on the original rhythm; after downtime, skip the missed periods instead of catching up.
    const missed = Math.floor((after.getTime() - previous.getTime()) / step) + 1;
    return new Date(previous.getTime() + Math.max(1, missed) * step);
  }
  const [hour, minute] = schedule.dailyAt.split(':').map(Number);
  const zone = schedule.timeZone ?? DEFAULT_TIME_ZONE;
  const today = wallClock(after, zone);
  for (let i = 0; ; i++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + i));
    const t = zonedInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), hour, minute, zone);
    if (t > after) return t;
  }
}

/** When a schedule first runs: interval jobs at once, daily jobs at their next time. */
export function firstRun(schedule: Schedule, now: Date): Date {
  return schedule.everySeconds !== undefined ? now : nextRun(schedule, now);
}

/** How a schedule is shown to operators: 'elke 60 min' or 'dagelijks 02:30 (Europe/Amsterdam)'. */
export function describeSchedule(row: { every_seconds: number | null; daily_at: string | null; time_zone: string }): string {
  const s = row.every_seconds;
  if (s === null) return `dagelijks ${row.daily_at} (${row.time_zone})`;
  if (s % 3600 === 0) return `elke ${s / 3600} uur`;
  return s % 60 === 0 ? `elke ${s / 60} min` : `elke ${s} s`;
}
