// Types of the network directory (sociale kaart) and its links to involvements (server:
// src/network/schema.ts). Professionals' work contact details only; no residents' data.
import type { IsoDateTime, LifeDomain } from './types';

export const ORGANISATION_KINDS = [
  'municipality', 'ind', 'cak', 'uwv', 'svb', 'belastingdienst_toeslagen', 'cjib', 'duo', 'housing', 'mental_health', 'debt_help',
  'police', 'youth_care', 'health_insurer', 'welfare', 'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Contact {
  id: string;
  name: string;
  organisation: string;
  organisationKind: OrganisationKind;
  /** The kind in the server's Dutch. */
  organisationKindLabel: string;
  department: string | null;
  role: string;
  /** What this person can decide or arrange. */
  canDecide: string | null;
  lifeDomains: LifeDomain[];
  phone: string | null;
  email: string | null;
  /** How and when to reach them. */
  reach: string | null;
  notes: string | null;
  active: boolean;
  version: number;
  updatedAt: IsoDateTime;
}

export interface ContactDetail extends Contact {
  links: {
    /** How many involvements in cases point at this contact (a count only). */
    involvements: number;
    bottlenecks: { id: string; title: string; status: string }[];
  };
}

export interface Contacts {
  items: Contact[];
  total: number;
}

export interface ContactsQuery {
  q?: string;
  organisationKind?: OrganisationKind;
  lifeDomain?: LifeDomain;
  /** Default 'true': active contacts only. */
  active?: 'true' | 'false' | 'all';
  limit?: number;
  offset?: number;
}

export interface ContactInput {
  name: string;
  organisation: string;
  organisationKind: OrganisationKind | '';
  department?: string | null;
  role: string;
  canDecide?: string | null;
  lifeDomains?: LifeDomain[];
  phone?: string | null;
  email?: string | null;
  reach?: string | null;
  notes?: string | null;
  active?: boolean;
}

export type ContactPatch = Partial<ContactInput> & { version: number };

export interface InvolvementContacts {
  /** Only involvements with a linked contact are listed. */
  items: { involvementId: string; contact: Contact }[];
}
