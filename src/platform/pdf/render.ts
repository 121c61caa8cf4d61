import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { type Block, dutchPageLabel, type PdfDocument } from './document.ts';

const require = createRequire(import.meta.url);
// Embedded, so the text looks the same everywhere and every character (é, ë, €) has a glyph and maps back to text.
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf');
// Fonts are selected by their path: pdfkit caches a font under the key it was first opened with, and
// a registered alias of an already open font would be parsed from disk again on every switch.
const FONT = { regular: FONT_REGULAR, bold: FONT_BOLD };

const MARGIN = 56;
const FOOTER_SPACE = 40;
const TEXT = '#1a1a1a';
const LINE = '#767676';
const HEADER_FILL = '#e8eef5';
const SIZE = { body: 11, h1: 20, h2: 15, h3: 12.5, footer: 9 };
const CELL_PAD = 4;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Writer = { doc: Doc; root: Struct; left: number; width: number };

/** Renders the document as an accessible tagged PDF (PDF 1.7, structure tree, language, embedded fonts). */
export function renderPdf(model: PdfDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4', margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    pdfVersion: '1.7', tagged: true, lang: model.lang ?? 'nl-NL', displayTitle: true, bufferPages: true,
    font: FONT_REGULAR,
    info: { Title: model.title, Author: model.author, ...(model.subject ? { Subject: model.subject } : {}) },
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const root = doc.struct('Document');
  doc.addStructure(root);
  const w: Writer = { doc, root, left: MARGIN, width: doc.page.width - 2 * MARGIN };
  doc.fillColor(TEXT);
  text(w, 'H1', model.title, 'bold', SIZE.h1, 0.6);
  for (const block of model.blocks) renderBlock(w, block);
  root.end();
  footers(doc, model);
  doc.end();
  return done;
}

function renderBlock(w: Writer, b: Block) {
  switch (b.type) {
    case 'heading': {
      const size = b.level === 2 ? SIZE.h2 : SIZE.h3;
      // A heading never ends a page alone: keep room for it and a few lines after it.
      ensureSpace(w, w.doc.font(FONT.bold).fontSize(size).heightOfString(b.text, { width: w.width }) + 4 * lineHeight(w));
      w.doc.moveDown(0.4);
      return text(w, b.level === 2 ? 'H2' : 'H3', b.text, 'bold', size, 0.3);
    }
    case 'paragraph':
      return text(w, 'P', b.text, b.strong ? 'bold' : 'regular', SIZE.body, 0.5);
    case 'list':
      return list(w, b.items, b.numbered ?? false);
    case 'table':
      return table(w, b.headers, b.rows, b.widths, b.caption);
    case 'keyValue':
      return keyValue(w, b.items);
  }
}

function lineHeight(w: Writer) {
  return w.doc.font(FONT.regular).fontSize(SIZE.body).currentLineHeight(true);
}

function ensureSpace(w: Writer, height: number) {
  if (w.doc.y + height > w.doc.page.maxY()) w.doc.addPage();
}

function text(w: Writer, tag: string, content: string, font: 'regular' | 'bold', size: number, after: number) {
  const { doc } = w;
  w.root.add(doc.struct(tag, {}, [() => {
    doc.font(FONT[font]).fontSize(size).text(content, w.left, doc.y, { width: w.width });
  }]));
  doc.moveDown(after);
}

function list(w: Writer, items: string[], numbered: boolean) {
  const { doc } = w;
  const indent = 18;
  const l = doc.struct('L');
  w.root.add(l);
  items.forEach((item, i) => {
    doc.font(FONT.regular).fontSize(SIZE.body);
    ensureSpace(w, Math.min(doc.heightOfString(item, { width: w.width - indent }), 2 * lineHeight(w)));
    const y = doc.y;
    const li = doc.struct('LI');
    l.add(li);
    li.add(doc.struct('Lbl', {}, [() => { doc.text(numbered ? `${i + 1}.` : '•', w.left, y, { width: indent, lineBreak: false }); }]));
    li.add(doc.struct('LBody', {}, [() => { doc.text(item, w.left + indent, y, { width: w.width - indent }); }]));
    li.end();
    doc.moveDown(0.2);
  });
  l.end();
  doc.x = w.left;
  doc.moveDown(0.3);
}

interface Cell { text: string; header?: 'Column' | 'Row' }

function columnWidths(w: Writer, count: number, relative?: number[]) {
  const parts = relative && relative.length === count ? relative : Array(count).fill(1);
  const sum = parts.reduce((a, b) => a + b, 0);
  return parts.map((p) => (p / sum) * w.width);
}

function rowHeight(w: Writer, row: Cell[], widths: number[]) {
  return Math.max(...row.map((c, i) => w.doc.font(c.header ? FONT.bold : FONT.regular).fontSize(SIZE.body)
    .heightOfString(c.text || ' ', { width: widths[i] - 2 * CELL_PAD }) + 2 * CELL_PAD));
}

/** Lines and fills are decoration: marked as artifacts so a screen reader skips them. */
function drawRowDecoration(w: Writer, row: Cell[], widths: number[], y: number, height: number) {
  const { doc } = w;
  doc.markContent('Artifact', { type: 'Layout' });
  let x = w.left;
  row.forEach((c, i) => {
    if (c.header === 'Column') doc.rect(x, y, widths[i], height).fill(HEADER_FILL);
    x += widths[i];
  });
  doc.moveTo(w.left, y + height).lineTo(w.left + w.width, y + height).lineWidth(0.5).stroke(LINE);
  doc.fillColor(TEXT);
  doc.endMarkedContent();
}

function drawCellText(w: Writer, c: Cell, x: number, y: number, width: number) {
  w.doc.font(c.header ? FONT.bold : FONT.regular).fontSize(SIZE.body).fillColor(TEXT)
    .text(c.text, x + CELL_PAD, y + CELL_PAD, { width: width - 2 * CELL_PAD });
}

/** A row of the structure tree: TR with TH (scope Column or Row) and TD cells. */
function tableRow(w: Writer, table: Struct, row: Cell[], widths: number[], header: Cell[] | null) {
  const { doc } = w;
  let height = rowHeight(w, row, widths);
  if (doc.y + height > doc.page.maxY()) {
    doc.addPage();
    // On a new page the column headers are repeated for sighted readers only: the tree has them once.
    if (header) {
      const hh = rowHeight(w, header, widths);
      const y = doc.y;
      drawRowDecoration(w, header, widths, y, hh);
      doc.markContent('Artifact', { type: 'Pagination' });
      let x = w.left;
      header.forEach((c, i) => { drawCellText(w, c, x, y, widths[i]); x += widths[i]; });
      doc.endMarkedContent();
      doc.y = y + hh;
    }
    height = rowHeight(w, row, widths);
  }
  const y = doc.y;
  drawRowDecoration(w, row, widths, y, height);
  const tr = doc.struct('TR');
  table.add(tr);
  let x = w.left;
  row.forEach((c, i) => {
    const cx = x;
    // pdfkit writes the Scope attribute of a header cell; its types do not list the option.
    const options = (c.header ? { scope: c.header } : {}) as Parameters<Doc['struct']>[1];
    tr.add(doc.struct(c.header ? 'TH' : 'TD', options, [() => drawCellText(w, c, cx, y, widths[i])]));
    x += widths[i];
  });
  tr.end();
  doc.x = w.left;
  doc.y = y + height;
}

function table(w: Writer, headers: string[], rows: string[][], relative: number[] | undefined, caption?: string) {
  const { doc } = w;
  const widths = columnWidths(w, headers.length, relative);
  const header: Cell[] = headers.map((h) => ({ text: h, header: 'Column' }));
  ensureSpace(w, (caption ? lineHeight(w) : 0) + rowHeight(w, header, widths) + (rows[0] ? rowHeight(w, rows[0].map((t) => ({ text: t })), widths) : 0));
  const t = doc.struct('Table');
  w.root.add(t);
  if (caption) t.add(doc.struct('Caption', {}, [() => { doc.font(FONT.bold).fontSize(SIZE.body).text(caption, w.left, doc.y, { width: w.width }); }]));
  tableRow(w, t, header, widths, null);
  for (const r of rows) tableRow(w, t, r.map((text) => ({ text })), widths, header);
  t.end();
  doc.moveDown(0.8);
}

function keyValue(w: Writer, items: { label: string; value: string }[]) {
  const { doc } = w;
  const widths = columnWidths(w, 2, [1, 2]);
  const t = doc.struct('Table');
  w.root.add(t);
  for (const item of items) tableRow(w, t, [{ text: item.label, header: 'Row' }, { text: item.value }], widths, null);
  t.end();
  doc.moveDown(0.8);
}

/** Footer and page number on every page, written last so the total is known; artifacts, not content. */
function footers(doc: Doc, model: PdfDocument) {
  const label = model.pageLabel ?? dutchPageLabel;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - SIZE.footer;
    const width = doc.page.width - 2 * MARGIN;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc.moveTo(MARGIN, y - 6).lineTo(MARGIN + width, y - 6).lineWidth(0.5).stroke(LINE);
    doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(TEXT);
    doc.text(model.footer, MARGIN, y, { width: width / 2, lineBreak: false });
    doc.text(label(i - range.start + 1, range.count), MARGIN + width / 2, y, { width: width / 2, align: 'right', lineBreak: false });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}
