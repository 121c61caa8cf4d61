import type { z } from '@hono/zod-openapi';
import type { ProcessingRow } from './schema.ts';
import type { LogRow } from './store.ts';

export type LogLine = z.infer<typeof ProcessingRow>;

/** A log row as the privacy officer sees it: BIO fields (action, object, result, origin, actor, time) and the Logboek's ids. */
export function presentLogRow(r: LogRow): LogLine {
  return {
    id: r.id, at: new Date(r.at).toISOString(), traceId: r.trace_id, spanId: r.span_id, activity: r.activity, purpose: r.purpose,
    action: r.action, objectType: r.object_type, objectId: r.object_id, caseReference: r.case_reference ?? null,
    actor: r.actor_id ? { id: r.actor_id, name: r.actor_name ?? '', organisation: r.actor_organisation ?? null } : null,
    legalBasis: r.legal_basis, result: r.result, origin: r.origin, subjectPseudonym: r.subject_pseudonym,
  };
}

export const CSV_HEADER = [
  'tijdstip', 'trace_id', 'span_id', 'activiteit', 'doel', 'handeling', 'objecttype', 'object_id', 'casus', 'medewerker_id',
  'medewerker', 'organisatie', 'grondslag', 'resultaat', 'herkomst', 'betrokkene_pseudoniem',
];

/**
 * One CSV line for Dutch Excel: ';' between fields, quotes where needed. A value that starts like a
 * formula (the origin is a browser's user agent, so anyone can choose it) gets a leading apostrophe.
 */
export function csvLine(values: (string | null)[]): string {
  return `${values.map((v) => {
    let s = v ?? '';
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(';')}\r\n`;
}

export function csvFields(l: LogLine): (string | null)[] {
  return [
    l.at, l.traceId, l.spanId, l.activity, l.purpose, l.action, l.objectType, l.objectId, l.caseReference, l.actor?.id ?? null,
    l.actor?.name ?? null, l.actor?.organisation ?? null, l.legalBasis, l.result, l.origin, l.subjectPseudonym,
  ];
}

/** The byte-order mark that makes Excel read the file as UTF-8 (so é and ë survive). */
export const BOM = '\uFEFF';

/**
 * Writes every matching line, page by page. `nextPage` reads the next page (empty at the end) and logs
 * it in its own committed transaction before anything is written, so no line leaves without its
 * processing-log entry, and a long export never holds a transaction open while the client reads.
 * Returns the number of lines.
 */
export async function writeExport(
  format: 'csv' | 'json',
  nextPage: () => Promise<LogLine[]>,
  write: (chunk: string) => Promise<void>,
): Promise<number> {
  let count = 0;
  await write(format === 'csv' ? BOM + csvLine(CSV_HEADER) : '[');
  for (;;) {
    const lines = await nextPage();
    if (lines.length === 0) break;
    const body = format === 'csv'
      ? lines.map((l) => csvLine(csvFields(l))).join('')
      : lines.map((l, i) => `${count + i === 0 ? '\n' : ',\n'}${JSON.stringify(l)}`).join('');
    await write(body);
    count += lines.length;
  }
  if (format === 'json') await write(count ? '\n]\n' : ']\n');
  return count;
}
