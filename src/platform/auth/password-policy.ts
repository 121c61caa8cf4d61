import fs from 'node:fs';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_DISTINCT = 5;

/** Lower-cased, one per line; '#' starts a comment. */
const breached: ReadonlySet<string> = new Set(
  fs.readFileSync(new URL('./breached-passwords.txt', import.meta.url), 'utf8')
    .split('\n').map((l) => l.trim().toLowerCase()).filter((l) => l && !l.startsWith('#')),
);

const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '3': 'e', '5': 's', $: 's', '7': 't' };

/** Lower case without accents, so 'Wélkom' and 'welkom' are the same word. */
const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** Only the letters: 'Regisseur-2024!' → 'regisseur'. */
const letters = (s: string) => fold(s).replace(/[^\p{L}]/gu, '');
/** Without the digits and symbols people put before or after a word: 'Welkom123!' → 'welkom'. */
const core = (s: string) => fold(s).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
/** The unit of a repeated password: 'welkomwelkom' → 'welkom'. */
const unit = (s: string) => /^(.+?)\1+$/u.exec(s)?.[1] ?? s;

function variants(password: string): string[] {
  const lower = fold(password);
  const c = core(password);
  const leet = c.replace(/[@4013$57]/g, (ch) => LEET[ch]);
  // Only the letters, for a word with digits in between: 'Welkom123!welkom' → 'welkomwelkom'.
  const only = letters(password);
  const candidates = [lower, unit(lower), c, unit(c), leet, unit(leet), ...(only.length >= 4 ? [only, unit(only)] : [])];
  return [...new Set(candidates)].filter((v) => v.length > 0);
}

function personalWords(who: { email?: string | null; name?: string | null }): Set<string> {
  const words = new Set<string>();
  const email = who.email?.trim().toLowerCase();
  if (email) {
    const local = email.split('@')[0];
    words.add(letters(email));
    words.add(letters(local));
    for (const part of local.split(/[._+-]+/)) words.add(letters(part));
  }
  if (who.name) {
    words.add(letters(who.name));
    for (const part of who.name.split(/[\s-]+/)) words.add(letters(part));
  }
  return new Set([...words].filter((w) => w.length >= 3));
}

/**
 * The rules for a new password, after NIST SP 800-63B: long enough, not absurdly long, not one of
 * the passwords everybody tries first (also not with digits or symbols around it, or written
 * with @ for a), and not the person's own name or e-mail address. Returns the reason in Dutch, or
 * null when the password may be used. Deliberately no rules about capitals or digits: those make
 * passwords harder to remember, not harder to guess.
 */
export function checkPasswordPolicy(password: string, who: { email?: string | null; name?: string | null } = {}): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Kies een wachtwoord van minstens ${PASSWORD_MIN_LENGTH} tekens.`;
  if (length > PASSWORD_MAX_LENGTH) return `Een wachtwoord mag hoogstens ${PASSWORD_MAX_LENGTH} tekens lang zijn.`;
  if (new Set(fold(password)).size < MIN_DISTINCT) return 'Gebruik meer verschillende tekens in uw wachtwoord.';
  const personal = personalWords(who);
  const email = who.email?.trim().toLowerCase();
  const bare = letters(password);
  if ((email && fold(password).trim() === email) || personal.has(bare) || personal.has(unit(bare))) {
    return 'Gebruik niet uw naam of e-mailadres als wachtwoord.';
  }
  if (variants(password).some((v) => breached.has(v))) {
    return 'Dit wachtwoord wordt veel gebruikt of is bekend uit een datalek. Kies een ander wachtwoord.';
  }
  return null;
}
