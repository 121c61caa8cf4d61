import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, test } from 'node:test';
import { PDFParse } from 'pdf-parse';
import type { PdfDocument } from './document.ts';
import { renderPdf } from './render.ts';

const model: PdfDocument = {
  title: 'Overzicht voor José Müller',
  author: 'Gemeente Voorbeeld',
  subject: 'Proefdocument',
  footer: 'Gemeente Voorbeeld',
  blocks: [
    { type: 'heading', level: 2, text: 'Wat wij hebben afgesproken' },
    { type: 'paragraph', text: 'Wij betalen € 500 voor de reparatie van de auto. Daarna kan Zoë haar café weer bereiken.' },
    { type: 'list', items: ['Eerste stap: één gesprek', 'Tweede stap: naïeve vragen mogen'] },
    { type: 'keyValue', items: [{ label: 'Naam', value: 'Noël Brontë' }, { label: 'Bedrag', value: '€ 1.250,00' }] },
    {
      type: 'table', caption: 'Afspraken', headers: ['Datum', 'Wat', 'Wie'], widths: [1, 3, 1],
      // Enough rows to run over a page, so the repeated header and page numbers are exercised.
      rows: Array.from({ length: 70 }, (_, i) => [`2026-01-${String((i % 28) + 1).padStart(2, '0')}`, `Afspraak ${i + 1} over de één-op-één begeleiding`, 'Regisseur']),
    },
  ],
};

/** The PDF's objects with their streams inflated, so structure entries can be searched as text. */
function inflated(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index! + m[0].length;
    const end = raw.indexOf('endstream', start);
    try { parts.push(zlib.inflateSync(pdf.subarray(start, end)).toString('latin1')); } catch { /* not deflated */ }
  }
  return parts.join('\n');
}

describe('toegankelijke pdf', () => {
  test('the text comes out with Dutch diacritics and the euro sign, with page numbers', async () => {
    const pdf = await renderPdf(model);
    assert.equal(pdf.subarray(0, 8).toString(), '%PDF-1.7');
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text, total } = await parser.getText();
    await parser.destroy();
    assert.ok(total >= 2, `expected the table to run over a page, got ${total}`);
    for (const s of ['Overzicht voor José Müller', 'Wat wij hebben afgesproken', '€ 500', 'Zoë', 'café', 'één gesprek', 'naïeve',
      'Noël Brontë', '€ 1.250,00', 'Afspraak 70 over de één-op-één begeleiding', `Pagina 1 van ${total}`, `Pagina ${total} van ${total}`]) {
      assert.ok(text.includes(s), `missing: ${s}`);
    }
  });

  test('it is tagged: structure tree, marked, language, title shown, headings, lists and tables in the tree', async () => {
    const body = inflated(await renderPdf(model));
    for (const s of ['/StructTreeRoot', '/MarkInfo', '/Marked true', '/Lang (nl-NL)', '/DisplayDocTitle true']) {
      assert.ok(body.includes(s), `missing ${s}`);
    }
    for (const tag of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Caption']) {
      assert.match(body, new RegExp(`/S /${tag}\\b`), `missing structure element ${tag}`);
    }
    assert.match(body, /\/Scope \/Column/);
    assert.match(body, /\/Scope \/Row/);
    assert.match(body, /\/Artifact <<\s*\/Type \/Pagination/);
    assert.match(body, /\/FontFile2/, 'fonts are embedded');
    assert.ok(!/\/BaseFont \/Helvetica/.test(body), 'no standard (unembedded) font');
  });

  test('title and author are in the document information', async () => {
    const parser = new PDFParse({ data: new Uint8Array(await renderPdf(model)) });
    const info = await parser.getInfo();
    await parser.destroy();
    assert.equal(info.info?.Title, 'Overzicht voor José Müller');
    assert.equal(info.info?.Author, 'Gemeente Voorbeeld');
  });
});
