/**
 * Working-day arithmetic for statutory deadlines (Awb-termijnen and the like).
 *
 * Dates are plain 'YYYY-MM-DD' strings and all arithmetic happens on UTC
 * midnights, so DST transitions can never shift a day.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(0);
  // setUTCFullYear instead of Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  d.setUTCFullYear(year, month - 1, day);
  // Reject dates like 2025-02-30 that Date would silently roll over.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    throw new RangeError(`Invalid date: ${date}`);
  }
  return d.getTime();
}

function formatIsoDate(ms: number): string {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

/** Easter Sunday as a UTC-midnight timestamp (anonymous Gregorian algorithm). */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  const dt = new Date(0);
  dt.setUTCFullYear(year, month - 1, day);
  return dt.getTime();
}

const holidayCache = new Map<number, ReadonlySet<string>>();

function holidaySet(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (set) return set;
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    // The Easter algorithm is only valid for the Gregorian calendar.
    throw new RangeError(`Unsupported year: ${year}`);
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  const fixed = (month: number, day: number) =>
    `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  const easter = easterSunday(year);
  const fromEaster = (offset: number) => formatIsoDate(easter + offset * DAY_MS);

  const kingsDay = parseIsoDate(fixed(4, 27));
  const dates = [
    fixed(1, 1), // Nieuwjaarsdag
    fromEaster(-2), // Goede Vrijdag
    fromEaster(0), // Eerste Paasdag
    fromEaster(1), // Tweede Paasdag
    // Koningsdag moves to the Saturday before when 27 April is a Sunday.
    new Date(kingsDay).getUTCDay() === 0 ? fixed(4, 26) : fixed(4, 27),
    fromEaster(39), // Hemelvaartsdag
    fromEaster(49), // Eerste Pinksterdag
    fromEaster(50), // Tweede Pinksterdag
    fixed(12, 25), // Eerste Kerstdag
    fixed(12, 26), // Tweede Kerstdag
  ];
  // Bevrijdingsdag is only a general day off in lustrum years (government/CAO practice).
  if (year % 5 === 0) dates.push(fixed(5, 5));

  set = new Set(dates.sort());
  holidayCache.set(year, set);
  return set;
}

/** ISO dates of Dutch public holidays that count as non-working days, sorted ascending. */
export function dutchHolidays(year: number): string[] {
  // Return a copy so callers can't corrupt the memoized set.
  return [...holidaySet(year)];
}

function isWorkingDayMs(ms: number): boolean {
  const d = new Date(ms);
  const weekday = d.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaySet(d.getUTCFullYear()).has(formatIsoDate(ms));
}

/** True when `date` is neither a weekend day nor a Dutch public holiday. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayMs(parseIsoDate(date));
}

/**
 * The date `n` working days after `date` (before it when `n` is negative).
 * With n = 0 this returns `date` if it is a working day, else the next working day.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer: ${n}`);
  let ms = parseIsoDate(date);
  if (n === 0) {
    while (!isWorkingDayMs(ms)) ms += DAY_MS;
    return formatIsoDate(ms);
  }
  const step = n > 0 ? DAY_MS : -DAY_MS;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    ms += step;
    if (isWorkingDayMs(ms)) remaining--;
  }
  return formatIsoDate(ms);
}

/**
 * Number of working days after `from` up to and including `to`.
 * Negative (the mirrored count) when `to` is before `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (end < start) return -workingDaysBetween(to, from);
  let count = 0;
  for (let ms = start + DAY_MS; ms <= end; ms += DAY_MS) {
    if (isWorkingDayMs(ms)) count++;
  }
  return count;
}

const amsterdamFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date (YYYY-MM-DD) of `instant` in Europe/Amsterdam. */
export function amsterdamDate(instant: Date): string {
  // formatToParts rather than format(): the en-CA pattern has changed across ICU versions.
  const parts = amsterdamFormatter.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => {
    const part = parts.find((p) => p.type === type);
    if (!part) throw new RangeError(`Cannot format instant: ${String(instant)}`);
    return part.value;
  };
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Whether a calendar date lies after today in Amsterdam (a date typed at 00:30 is today's, not tomorrow's). */
export function isAfterToday(date: string, now = new Date()): boolean {
  return date > amsterdamDate(now);
}
