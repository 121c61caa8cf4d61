import { requireUser } from '../platform/http/context.ts';
import { forbidden, Problem } from '../platform/http/problem.ts';
import { describeFindings, type Finding } from './model.ts';

/** Who may read the library, and the 422 that says what in a text still leads back to a household. */

/** Everyone who works for the municipality; partners outside it do not browse its library. */
export function libraryReader(c: Parameters<typeof requireUser>[0]) {
  const user = requireUser(c);
  if (!user.roles.some((r) => r !== 'partner')) throw forbidden('De oplossingenbibliotheek is voor medewerkers van de gemeente.');
  return user;
}

/** 422 naming per field what was found; the type says why, for a screen that wants to highlight it. */
export function refuseIdentifiers(checked: { field: string; findings: Finding[] }[]) {
  if (!checked.length) return;
  const errors = checked.map((c) => ({ field: c.field, message: describeFindings(c.findings) }));
  throw new Problem(422, 'herleidbare-gegevens', 'De tekst bevat gegevens die naar een huishouden leiden',
    errors.map((e) => `${e.field}: ${e.message}`).join(' '), errors);
}

