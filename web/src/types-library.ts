// Types of the solutions library (server: src/library/schema.ts). Money is integer cents; instants
// are ISO strings (UTC).
import type { IsoDateTime, LifeDomain } from './types';
import type { BlockerKind } from './types-breakthrough';

export const SHARING_STATES = ['local', 'requested', 'approved', 'refused'] as const;
export type Sharing = (typeof SHARING_STATES)[number];

export const IDENTIFIER_KINDS = ['name', 'bsn', 'address', 'postcode', 'phone', 'email', 'date', 'iban'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** The texts of an entry, in the order a reader meets them. */
export const ENTRY_TEXT_FIELDS = ['title', 'problem', 'blocker', 'breakthrough', 'outcome'] as const;
export type EntryTextField = (typeof ENTRY_TEXT_FIELDS)[number];
export type EntryTexts = Record<EntryTextField, string>;

export interface EntryCosts {
  /** What the support before the breakthrough cost per year. */
  currentYearlyCents: number;
  oneOffCents: number;
  yearlyCents: number;
  /** Negative when breaking through cost more. */
  avoided1yCents: number;
  avoided5yCents: number;
}

export interface EntryRule {
  code: string;
  label: string;
}

export interface LibraryEntry {
  id: string;
  title: string;
  problem: string;
  blocker: string;
  breakthrough: string;
  outcome: string | null;
  /** Where the solution comes from: a case, or a publication. */
  origin: string | null;
  municipality: string;
  /** The entry belongs to the viewer's own municipality. */
  own: boolean;
  costs: EntryCosts;
  lifeDomains: LifeDomain[];
  blockerKinds: BlockerKind[];
  rules: EntryRule[];
  sharing: Sharing;
  /** The sharing state in the server's Dutch. */
  sharingLabel: string;
  /** Why sharing was refused; only for the own municipality. */
  sharingNote: string | null;
  sharingDecidedAt: IsoDateTime | null;
  /** Published from a closed case of the viewer's own municipality. */
  fromCase: boolean;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
  version: number;
}

export type LibraryScope = 'all' | 'own' | 'shared';

export interface LibrarySearch {
  q?: string;
  lifeDomain?: LifeDomain;
  kind?: BlockerKind;
  /** A code from the rules catalogue, e.g. BRP-2.39. */
  rule?: string;
  scope?: LibraryScope;
  /** Own entries in this sharing state only. */
  sharing?: Sharing;
  limit?: number;
  offset?: number;
}

export interface LibrarySearchResult {
  items: (LibraryEntry & { rank: number })[];
  total: number;
  /** False when the words were all too common to search on: only the filters applied. */
  textUsed: boolean;
}

export interface EntryPatch {
  title?: string;
  problem?: string;
  blocker?: string;
  breakthrough?: string;
  outcome?: string | null;
  version: number;
}

export type SharingDecision = 'request' | 'withdraw' | 'approve' | 'refuse';

export interface SharingInput {
  decision: SharingDecision;
  /** Required when refusing. */
  note?: string | null;
  version: number;
}

export interface Finding {
  field: string;
  kind: IdentifierKind;
  /** The kind in the server's Dutch. */
  label: string;
  /** What was found; a BSN only by its last digits. */
  text: string;
}

export interface CheckResult {
  clean: boolean;
  findings: Finding[];
}

export interface PublishInput {
  title: string;
  problem: string;
  blocker: string;
  breakthrough: string;
  outcome?: string | null;
  requestSharing: boolean;
}

export interface LibraryDraft {
  publishable: boolean;
  /** Why publishing is not possible (yet). */
  reason: string | null;
  existingEntryId: string | null;
  texts: EntryTexts;
  findings: Finding[];
  costs: EntryCosts;
  lifeDomains: LifeDomain[];
  blockerKinds: BlockerKind[];
  rules: EntryRule[];
}

export interface SimilarItem {
  entry: LibraryEntry;
  /** Between 0 and 1. */
  score: number;
  /** What the case and the entry share. */
  match: { ruleCodes: string[]; kinds: BlockerKind[]; lifeDomains: LifeDomain[]; text: boolean };
  /** Why suggested, in the server's Dutch. */
  reasons: string[];
}
