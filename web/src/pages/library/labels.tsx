// What the library pages share: labels for sharing states, kinds and life domains in the user's
// language, who may change or judge an entry, and what the identifier check found, per field.
import { hasRole } from '../../auth';
import { Badge } from '../../components/Badges';
import type { FieldErrors } from '../../components/fieldIds';
import { domainKey, type MessageKey, type Translate } from '../../i18n';
import { useLang } from '../../lang';
import type { LifeDomain, Me } from '../../types';
import type { BlockerKind } from '../../types-breakthrough';
import type { EntryTextField, Finding, IdentifierKind, LibraryEntry, Sharing } from '../../types-library';

export const sharingKey = (s: Sharing) => `library.sharing.${s}` as const satisfies MessageKey;
export const fieldKey = (f: EntryTextField) => `library.field.${f}` as const satisfies MessageKey;
const identifierKey = (k: IdentifierKind) => `library.identifier.${k}` as const satisfies MessageKey;
export const kindLabel = (t: Translate, k: BlockerKind) => t(`blocker.kind.${k}`);
export const domainLabel = (t: Translate, d: LifeDomain) => t(domainKey(d));

const sharingTone = { local: 'neutral', requested: 'warning', approved: 'success', refused: 'inactive' } as const;

/** Whether the entry is shared with other municipalities, in words; colour only supports it. */
export function SharingBadge({ sharing }: { sharing: Sharing }) {
  const { t } = useLang();
  return <Badge tone={sharingTone[sharing]}>{t(sharingKey(sharing))}</Badge>;
}

/** Coordinators and administrators of the municipality that owns the entry change its texts, sharing and existence. */
export const mayEdit = (me: Me | null | undefined, e: LibraryEntry) => e.own && (hasRole(me, 'coordinator') || hasRole(me, 'administrator'));

/** The privacy officer of the owning municipality decides on a request to share. */
export const mayJudge = (me: Me | null | undefined, e: LibraryEntry) => e.own && e.sharing === 'requested' && hasRole(me, 'privacy_officer');

/** Per field one sentence: what still leads back to the household, and what to do about it. */
export function findingMessages(findings: Finding[], t: Translate): FieldErrors {
  const byField = new Map<string, string[]>();
  for (const f of findings) byField.set(f.field, [...(byField.get(f.field) ?? []), t('library.found.item', { kind: t(identifierKey(f.kind)), text: f.text })]);
  return Object.fromEntries([...byField].map(([field, items]) => [field, t('library.found.field', { items: items.join(', ') })]));
}
