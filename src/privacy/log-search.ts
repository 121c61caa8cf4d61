import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { invalid, notFound } from '../platform/http/problem.ts';
import { logProcessing, type ProcessingContext } from '../platform/log/processing.ts';
import { type LogLine, presentLogRow } from './export.ts';
import type { ProcessingFilter } from './schema.ts';
import { caseIdByReference, cursorOf, decodeCursor, encodeCursor, getPerson, type LogFilter, logPage } from './store.ts';

/** The officer's filter in database terms: a person becomes their pseudonym, a case reference its id. */
export async function resolveFilter(tx: Tx, crypto: Crypto, f: ProcessingFilter): Promise<LogFilter> {
  if (f.from && f.to && f.from > f.to) throw invalid([{ field: 'to', message: "'Tot en met' mag niet voor 'van' liggen" }]);
  if (f.person && !(await getPerson(tx, f.person))) throw notFound();
  let caseId: string | undefined;
  if (f.case) {
    const c = await caseIdByReference(tx, f.case);
    if (!c) throw invalid([{ field: 'case', message: 'Er is geen casus met dit nummer' }]);
    caseId = c.id;
  }
  return {
    subject: f.person ? crypto.pseudonym('person', f.person) : undefined,
    actorId: f.user, caseId, activity: f.activity, from: f.from, to: f.to,
  };
}

/**
 * Reading the log is itself a processing of the (pseudonymised) data of everyone on the page: one
 * line per data subject, with the officer's legal obligation (AVG art. 39) as the basis. `logged`
 * carries the subjects already logged in this request, so an export logs each subject once.
 */
export async function logReading(tx: Tx, pc: ProcessingContext, lines: LogLine[], logged = new Set<string>()) {
  const subjects = [...new Set(lines.map((l) => l.subjectPseudonym))].filter((s) => !logged.has(s));
  for (const s of subjects) logged.add(s);
  // Bounded statements: an export can touch many subjects, and one insert has a parameter limit.
  for (let i = 0; i < subjects.length; i += 1000) {
    await logProcessing(tx, pc, {
      activity: 'verwerkingen-inzien', action: 'read', objectType: 'processing_log', legalBasis: 'legal_obligation',
      subjects: subjects.slice(i, i + 1000),
    });
  }
}

/** One page of the log for the privacy officer, newest first, logged. */
export async function searchLog(tx: Tx, crypto: Crypto, pc: ProcessingContext, f: ProcessingFilter, cursor: string | undefined, limit: number) {
  const filter = await resolveFilter(tx, crypto, f);
  const rows = await logPage(tx, filter, cursor ? decodeCursor(cursor) : null, limit + 1);
  const page = rows.slice(0, limit);
  const items = page.map(presentLogRow);
  await logReading(tx, pc, items);
  return { items, nextCursor: rows.length > limit ? encodeCursor(cursorOf(page[page.length - 1])) : null };
}
