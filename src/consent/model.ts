/** Consent and other legal bases for sharing a case with a partner organisation: pure rules. */

export const consentMethods = ['verbal', 'written', 'digital'] as const;
export const otherLegalBases = ['legal_obligation', 'public_task', 'vital_interest'] as const;

/** Organisation names are typed by people: compare them without case and extra spaces. */
export function sameOrganisation(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

export interface Ground { organisations: string[]; sections: string[]; active: boolean }

/** The sections that active consents and legal bases cover for one organisation. */
export function covered(grounds: Ground[], organisation: string): string[] {
  const out = new Set<string>();
  for (const g of grounds) {
    if (g.active && g.organisations.some((o) => sameOrganisation(o, organisation))) g.sections.forEach((s) => out.add(s));
  }
  return [...out];
}
