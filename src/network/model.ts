/**
 * Pure rules of the network directory (sociale kaart): the kinds of organisation a professional
 * needs to know someone at, and who may maintain it. No I/O.
 */

export const organisationKinds = [
  'municipality', 'ind', 'cak', 'uwv', 'svb', 'belastingdienst_toeslagen', 'cjib', 'duo', 'housing', 'mental_health', 'debt_help',
  'police', 'youth_care', 'health_insurer', 'welfare', 'other',
] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

export const organisationKindLabel: Record<OrganisationKind, string> = {
  municipality: 'Gemeente (afdeling)', ind: 'IND', cak: 'CAK', uwv: 'UWV', svb: 'SVB', belastingdienst_toeslagen: 'Belastingdienst / Dienst Toeslagen',
  cjib: 'CJIB', duo: 'DUO', housing: 'Woningcorporatie', mental_health: 'Geestelijke gezondheidszorg (ggz)', debt_help: 'Schuldhulpverlening',
  police: 'Politie', youth_care: 'Jeugdhulp', health_insurer: 'Zorgverzekeraar', welfare: 'Welzijn en sociaal werk', other: 'Andere organisatie',
};

/** Administrators and coordinators keep the directory up to date. */
export const MAINTAINERS = ['administrator', 'coordinator'] as const;

/** Everyone who works for the municipality reads the directory; partners outside it do not. */
export function mayReadDirectory(roles: readonly string[]): boolean {
  return roles.some((r) => r !== 'partner');
}

/** For LIKE: the user's % and _ are letters, not wildcards. */
export function likePattern(q: string): string {
  return `%${q.toLocaleLowerCase('nl-NL').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
