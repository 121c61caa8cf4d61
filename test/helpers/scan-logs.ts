/**
 * Reads the output of a test run on stdin and fails when it contains personal data of the demo
 * residents: their names, BSNs or contact details must never reach a log line, a URL in a log or an
 * error message. Test names count too.
 */
import { pathToFileURL } from 'node:url';
import { demoCases } from '../../src/cli/demo-cases.ts';

interface Needle { kind: string; value: string }

export function personalValues(): Needle[] {
  const needles: Needle[] = [];
  for (const c of demoCases) {
    for (const m of c.household.members) {
      needles.push({ kind: 'naam van een inwoner', value: m.name });
      if (m.bsn) needles.push({ kind: 'BSN', value: m.bsn });
    }
    const { address, phone, email } = c.household.contact;
    if (address) needles.push({ kind: 'adres van een inwoner', value: address });
    if (phone) needles.push({ kind: 'telefoonnummer van een inwoner', value: phone });
    if (email) needles.push({ kind: 'e-mailadres van een inwoner', value: email });
  }
  return needles;
}

export interface Leak extends Needle { count: number; line: string }

export function findLeaks(output: string, needles = personalValues()): Leak[] {
  const lines = output.split('\n');
  const leaks: Leak[] = [];
  for (const n of needles) {
    const value = n.value.toLowerCase();
    const hits = lines.filter((l) => l.toLowerCase().includes(value));
    if (hits.length) leaks.push({ ...n, count: hits.length, line: hits[0].trim().slice(0, 200) });
  }
  return leaks;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const leaks = findLeaks(Buffer.concat(chunks).toString('utf8'));
  if (leaks.length) {
    console.error('\nPersoonsgegevens in de uitvoer van de tests (logregels, foutmeldingen of testnamen):');
    // Printing the value is fine here: it is fictional demo data, and it tells where to look.
    for (const l of leaks) console.error(`  - ${l.kind} "${l.value}" in ${l.count} regel(s), bijvoorbeeld: ${l.line}`);
    process.exit(1);
  }
  console.log(`Geen persoonsgegevens van demo-inwoners in de testuitvoer (${personalValues().length} waarden gecontroleerd).`);
}
