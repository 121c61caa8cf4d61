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
  const keys: string[] = [];
  for (const member of members) {
    const name = normalizeName(member.name);
    const birthDate = member.birthDate.trim();
    if (name === '' || birthDate === '') continue;
    keys.push(`${name}|${birthDate}`);
  }
  return keys;
}
