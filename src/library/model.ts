/**
 * Pure rules of the solutions library: what may not stand in a published entry (anything that leads
 * back to a household), and the entry's fields. No I/O.
 */
import { isValidBsn, maskBsn, normalizeBsn } from '../households/bsn.ts';

export const identifierKinds = ['name', 'bsn', 'address', 'postcode', 'phone', 'email', 'date', 'iban'] as const;
export type IdentifierKind = (typeof identifierKinds)[number];

export const identifierLabel: Record<IdentifierKind, string> = {
  name: 'een naam', bsn: 'een BSN', address: 'een adres', postcode: 'een postcode', phone: 'een telefoonnummer',
  email: 'een e-mailadres', date: 'een precieze datum (zoals een geboortedatum)', iban: 'een rekeningnummer',
};

export interface Finding {
  kind: IdentifierKind;
  /** What was found, as the writer can look it up in the text; a BSN only by its last digits. */
  text: string;
}

const L = '\\p{L}';
const start = `(?<![${L}\\p{N}])`;
const end = `(?![${L}\\p{N}])`;
const PARTICLES = "(?:(?:van|de|der|den|te|ter|ten|het|op|in|'t|la|le|du|da|di|el|al|bin|ben)\\s+)*";
const SURNAME = `[A-Z\\u00C0-\\u00DE][${L}'\u2019-]+`;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec';
// City names end in -dam, -burg or -wijk too ("in Amsterdam 3 gezinnen"): those suffixes are left out.
const STREETS = 'straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|plantsoen|markt|baan|erf|haven|wal|ring|allee|boulevard|akker|kamp|poort|lei|vaart|wetering|tuin|hoeve|hage|gaarde|zijde';

/** In order of precedence: where two overlap, the first kind wins (an IBAN holds what looks like a phone number). */
const patterns: { kind: IdentifierKind; re: RegExp; accept?: (m: string) => boolean; show?: (m: string) => string }[] = [
  { kind: 'email', re: new RegExp(`[${L}\\p{N}._%+-]+@[${L}\\p{N}-]+(?:\\.[${L}\\p{N}-]+)*\\.[A-Za-z]{2,}`, 'gu') },
  { kind: 'iban', re: new RegExp(`${start}NL\\s?\\d{2}\\s?[A-Z]{4}\\s?(?:\\d\\s?){9}\\d${end}`, 'gu') },
  { kind: 'phone', re: new RegExp(`(?<![\\p{N}+])(?:\\+|00)31[\\s-]?(?:\\(0\\)[\\s-]?)?(?:\\d[\\s-]?){8}\\d(?!\\p{N})`, 'gu') },
  { kind: 'phone', re: /(?<!\p{N})0[89]00[\s-]?\d{4,7}(?!\p{N})/gu },
  { kind: 'phone', re: /(?<![\p{N}.,])0(?:[\s-]?\d){9}(?![\p{N}]|[.,]\d)/gu },
  {
    kind: 'bsn',
    re: /(?<![\p{N}.,])(?:\d{9}|\d{4}[.\s]\d{2}[.\s]\d{3}|\d{3}[.\s]\d{3}[.\s]\d{3}|\d{3}[.\s]\d{2}[.\s]\d{2}[.\s]\d{2})(?![\p{N}]|[.,]\d)/gu,
    accept: (m) => isValidBsn(normalizeBsn(m)), show: (m) => maskBsn(m),
  },
  { kind: 'date', re: /(?<![\p{N}])\d{4}-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])(?![\p{N}])/gu },
  {
    kind: 'date', re: /(?<![\p{N}.])(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2}(?![\p{N}])/gu,
  },
  { kind: 'date', re: new RegExp(`(?<![\\p{N}])(?:0?[1-9]|[12]\\d|3[01])\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2}(?![\\p{N}])`, 'giu') },
  { kind: 'postcode', re: /(?<![\p{L}\p{N}])[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}-])/gu },
  {
    kind: 'address',
    re: new RegExp(`${start}(?:[A-Z][${L}'-]*\\s+){0,2}[A-Z][${L}'-]*?[${L}](?:${STREETS})\\s+\\d{1,5}(?:\\s?[a-zA-Z](?![${L}]))?(?:-\\d{1,3})?(?!\\p{N})`, 'gu'),
  },
  // "J. de Vries", "A.B. Jansen": initials before a surname.
  { kind: 'name', re: new RegExp(`${start}(?:[A-Z]\\.\\s?){1,4}\\s?${PARTICLES}${SURNAME}`, 'gu') },
  // "mevrouw Jansen", "dhr. De Boer".
  { kind: 'name', re: new RegExp(`${start}(?:[Mm]evrouw|[Mm]eneer|[Mm]evr\\.|[Mm]w\\.|[Dd]hr\\.|[Dd]e heer)\\s+(?:[A-Z]\\.\\s?)*${PARTICLES}${SURNAME}`, 'gu') },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PARTICLE_WORDS = new Set(['van', 'de', 'der', 'den', 'te', 'ter', 'ten', 'het', "'t", 'op', 'in', 'la', 'le', 'du', 'da', 'di', 'el', 'al']);

/**
 * Ways a household member's name shows up in a text: the full name, the first name, the surname
 * with its particles ("de Graaf", "De Graaf") and the surname alone when capitalised ("Graaf"), so a
 * baker ("bakker") is not mistaken for Mrs Bakker.
 */
export function namePatterns(fullName: string): RegExp[] {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return [];
  const out: RegExp[] = [new RegExp(`${start}${parts.map(escape).join('\\s+')}${end}`, 'giu')];
  const [first, ...rest] = parts;
  if (first.length >= 2 && /^\p{Lu}/u.test(first)) out.push(new RegExp(`${start}${escape(first)}${end}`, 'gu'));
  const core = rest.filter((w) => !PARTICLE_WORDS.has(w.toLowerCase()));
  if (rest.length > core.length && core.length) out.push(new RegExp(`${start}${rest.map(escape).join('\\s+')}${end}`, 'giu'));
  for (const w of core) {
    if (w.length >= 3 && /^\p{Lu}/u.test(w)) out.push(new RegExp(`${start}${escape(w)}${end}`, 'gu'));
  }
  return out;
}

/**
 * Everything in the text that leads back to a person: names of the household's members (and any
 * name written with initials or a title), BSNs that pass the eleven-test, street and house number,
 * postcodes, phone numbers, e-mail addresses, bank accounts and precise dates. Order of appearance.
 */
export function findIdentifiers(text: string, names: readonly string[] = []): Finding[] {
  if (!text) return [];
  const taken: [number, number][] = [];
  const found: (Finding & { at: number })[] = [];
  const overlaps = (a: number, b: number) => taken.some(([x, y]) => a < y && x < b);
  const add = (kind: IdentifierKind, m: RegExpMatchArray, show: string) => {
    const a = m.index!;
    const b = a + m[0].length;
    if (overlaps(a, b)) return;
    taken.push([a, b]);
    found.push({ kind, text: show, at: a });
  };
  for (const p of patterns) {
    for (const m of text.matchAll(p.re)) {
      const raw = m[0].trim();
      if (p.accept && !p.accept(raw)) continue;
      add(p.kind, m, p.show ? p.show(raw) : raw);
    }
  }
  for (const name of names) {
    for (const re of namePatterns(name)) for (const m of text.matchAll(re)) add('name', m, m[0]);
  }
  const seen = new Set<string>();
  return found.sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(`${f.kind}:${f.text}`) && seen.add(`${f.kind}:${f.text}`))
    .map(({ kind, text: t }) => ({ kind, text: t }));
}

/** One sentence per field for a 422: what was found and what to do, in plain Dutch. */
export function describeFindings(findings: Finding[]): string {
  const parts = findings.map((f) => `${identifierLabel[f.kind]} (${f.text})`);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;
  return `Bevat ${list}. Haal dit weg of schrijf het algemeen ('de moeder', 'een woning in de wijk', 'in het voorjaar'), zodat niemand het huishouden herkent.`;
}

/** The texts of an entry, by field: what the detector reads before publishing or sharing. */
export const entryTextFields = ['title', 'problem', 'blocker', 'breakthrough', 'outcome'] as const;
export type EntryTextField = (typeof entryTextFields)[number];

export const entryFieldLabel: Record<EntryTextField, string> = {
  title: 'de titel', problem: 'het probleem', blocker: 'wat blokkeerde', breakthrough: 'de doorbraak', outcome: 'de uitkomst',
};

/** Per field what leads back to a person; an empty list when the texts may be published. */
export function checkTexts(texts: Partial<Record<string, string | null | undefined>>, names: readonly string[] = []) {
  return Object.entries(texts).flatMap(([field, value]) => {
    const findings = findIdentifiers(value ?? '', names);
    return findings.length ? [{ field, findings }] : [];
  });
}

export const sharingStates = ['local', 'requested', 'approved', 'refused'] as const;
export type Sharing = (typeof sharingStates)[number];

export const sharingLabel: Record<Sharing, string> = {
  local: 'Alleen binnen de gemeente', requested: 'Wacht op akkoord van de privacy officer voor delen met andere gemeenten',
  approved: 'Gedeeld met andere gemeenten', refused: 'Niet gedeeld met andere gemeenten',
};

/** Search input is free text: control characters go (the database refuses a NUL), and very long input is cut. */
export const MAX_QUERY = 300;
export function cleanQuery(q: string | undefined | null): string {
  // eslint-disable-next-line no-control-regex
  return (q ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
}

export interface SimilarityInput { lifeDomains: string[]; kinds: string[]; ruleCodes: string[] }

export interface SimilarityMatch { ruleCodes: string[]; kinds: string[]; lifeDomains: string[]; text: boolean }

/** What a case and a library entry share: the basis of a suggestion. */
export function similarityMatch(c: SimilarityInput, e: SimilarityInput, textMatch: boolean): SimilarityMatch {
  const shared = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
  return { ruleCodes: shared(c.ruleCodes, e.ruleCodes), kinds: shared(c.kinds, e.kinds), lifeDomains: shared(c.lifeDomains, e.lifeDomains), text: textMatch };
}

/** Why an entry was suggested, in words for the coordinator. */
export function similarityReasons(m: SimilarityMatch): string[] {
  const reasons: string[] = [];
  if (m.ruleCodes.length) reasons.push(`zelfde regel: ${m.ruleCodes.join(', ')}`);
  if (m.kinds.length) reasons.push(`zelfde soort blokkade (${m.kinds.length})`);
  if (m.lifeDomains.length) reasons.push(`${m.lifeDomains.length} gedeelde leefgebied${m.lifeDomains.length === 1 ? '' : 'en'}`);
  if (m.text) reasons.push('de beschrijving lijkt op die van deze casus');
  return reasons;
}
