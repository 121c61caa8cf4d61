/** Pure rules about the members of a household: no I/O. */
import { memberMatchKey } from './matching.ts';

/**
 * Relations to the person the case is about, in the Dutch words the household uses. Stored as
 * the word itself; older intakes may hold other free-text words, which stay as they are.
 */
export const relations = [
  'zelf', 'partner', 'zoon', 'dochter', 'pleegkind', 'ouder', 'broer of zus', 'grootouder', 'ander familielid', 'huisgenoot',
] as const;
export type Relation = (typeof relations)[number];

/** The fields of a member someone can change, named as in the API. */
export const memberFields = ['name', 'birthDate', 'relation', 'bsn'] as const;
export type MemberField = (typeof memberFields)[number];

/**
 * The key that links a new intake to this person: name and birth date. Without a birth date the
 * person gets a key that can never equal a real one, so an intake about a namesake is not linked.
 */
export function matchKeyFor(personId: string, name: string, birthDate: string | null): string {
  return memberMatchKey({ name, birthDate: birthDate ?? '' }) ?? `zonder-geboortedatum:${personId}`;
}

export interface MemberValues {
  name: string;
  birthDate: string | null;
  relation: string | null;
  /** The BSN in clear: only compared, never stored this way. */
  bsn: string | null;
}

/** The fields whose wanted value differs from the current one: what a change really changes. */
export function changedFields(current: MemberValues, wanted: Partial<MemberValues>): MemberField[] {
  return memberFields.filter((f) => wanted[f] !== undefined && wanted[f] !== current[f]);
}
