/**
 * A small document model for letters, reports and plans: what a reader needs, nothing about looks.
 * The renderer turns it into a tagged PDF so a screen reader can follow headings, lists and tables.
 */

export type Block =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string; strong?: boolean }
  | { type: 'list'; items: string[]; numbered?: boolean }
  /** A table with column headers; `widths` are relative (e.g. [1, 3, 1]). */
  | { type: 'table'; caption?: string; headers: string[]; rows: string[][]; widths?: number[] }
  /** Label and value pairs, read as a table whose row headers are the labels. */
  | { type: 'keyValue'; items: { label: string; value: string }[] };

export interface PdfDocument {
  /** Shown at the top as the one level-1 heading and in the viewer's title bar. */
  title: string;
  author: string;
  subject?: string;
  /** BCP 47 language of the text. */
  lang?: string;
  /** Left part of every page's footer, e.g. the organisation's name. */
  footer: string;
  /** Right part of the footer. */
  pageLabel?: (page: number, pages: number) => string;
  blocks: Block[];
}

export const dutchPageLabel = (page: number, pages: number) => `Pagina ${page} van ${pages}`;
