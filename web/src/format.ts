// Dates for people: always in Europe/Amsterdam, in the user's language.
const TIME_ZONE = 'Europe/Amsterdam';

/** A calendar day 'YYYY-MM-DD' as a long date, e.g. "3 december 2025". */
export function formatDate(day: string | null | undefined, locale: string): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  // Noon UTC is the same calendar day in Amsterdam all year round.
  const date = match ? new Date(`${match[1]}-${match[2]}-${match[3]}T12:00:00Z`) : new Date(day);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** An instant (ISO with time) as date and time, e.g. "3 december 2025 om 14:05". */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

/** An instant as a date only (for tables). */
export function formatInstantDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TIME_ZONE }).format(date);
}

/** Today in Amsterdam as 'YYYY-MM-DD' (for the max of a birth date input). */
export function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date());
}

export function excerpt(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
