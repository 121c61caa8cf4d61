/**
 * Keys for linking a new intake to an open case for the same household.
 */

/** Lowercase, diacritics stripped, whitespace collapsed and trimmed. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * One `${normalizedName}|${birthDate}` key per member. Members without a name or
 * birth date are skipped: an empty part would match unrelated people and link an
 * intake to someone else's case.
 */
export function householdMatchKeys(members: { name: string; birthDate: string }[]): string[] {
  return members.map(memberMatchKey).filter((k): k is string => k !== null);
}

/** The key of one member, or null when the name or birth date is empty. */
export function memberMatchKey(member: { name: string; birthDate: string }): string | null {
  const name = normalizeName(member.name);
  const birthDate = member.birthDate.trim();
  return name === '' || birthDate === '' ? null : `${name}|${birthDate}`;
}
