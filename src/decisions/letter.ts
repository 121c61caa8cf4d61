/**
 * The decision letter for the resident, in plain Dutch (B1): what was asked, what was decided and
 * why, what happens next, who their contact is, and how to object. One document model feeds both
 * the tagged PDF and the HTML page, so the two never say different things.
 */
import { formatCents } from '../budgets/model.ts';
import type { Block, PdfDocument } from '../platform/pdf/document.ts';
import { addWorkingDays } from '../platform/time/working-days.ts';
import { dutchDate } from '../privacy/labels.ts';
import { OBJECTION_WEEKS, type Outcome } from './model.ts';

export interface LetterData {
  municipality: string;
  reference: string;
  /** The day of the decision (YYYY-MM-DD): the letter's date. */
  date: string;
  /** Names of the resident(s) the letter is for; empty when the reader may not see them. */
  names: string[];
  address: string | null;
  question: string;
  proposedStep: string;
  requestedCents: number;
  outcome: Outcome;
  reasons: string;
  conditions: string | null;
  approvedCents: number | null;
  nextSteps: string | null;
  decider: { name: string; level: string };
  coordinator: { name: string; phone: string | null; email: string; organisation: string | null } | null;
  objectionAddress: string | null;
}

/**
 * The last day to object: six weeks after the letter's date, moved to the next working day when it
 * falls on a weekend or public holiday (Algemene termijnenwet).
 */
export function objectionDeadline(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + OBJECTION_WEEKS * 7);
  return addWorkingDays(d.toISOString().slice(0, 10), 0);
}

const joinNames = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`);

function decisionBlocks(d: LetterData): Block[] {
  const pays = d.approvedCents && d.approvedCents > 0 ? ` De gemeente betaalt hiervoor ten hoogste ${formatCents(d.approvedCents)}.` : '';
  if (d.outcome === 'declined') {
    return [{ type: 'paragraph', strong: true, text: 'Wij zeggen nee tegen dit voorstel.' }];
  }
  if (d.outcome === 'approved') return [{ type: 'paragraph', strong: true, text: `Wij zeggen ja.${pays}` }];
  return [
    { type: 'paragraph', strong: true, text: `Wij zeggen ja, maar er zijn voorwaarden.${pays}` },
    { type: 'paragraph', text: `Dit zijn de voorwaarden: ${d.conditions ?? ''}` },
  ];
}

function nextStepsText(d: LetterData): string {
  if (d.nextSteps?.trim()) return d.nextSteps.trim();
  const who = d.coordinator?.name ?? 'Uw contactpersoon';
  return d.outcome === 'declined'
    ? `${who} bespreekt met u wat wel kan. U staat er niet alleen voor: wij blijven samen met u zoeken naar een oplossing.`
    : `${who} neemt binnen een week contact met u op. Samen spreekt u af hoe en wanneer het geregeld wordt. Deze afspraak staat ook in uw perspectiefplan.`;
}

export function letterDocument(d: LetterData): PdfDocument {
  const greeting = d.names.length ? `Beste ${joinNames(d.names)},` : 'Beste heer of mevrouw,';
  const objectionTo = d.objectionAddress?.trim() || `${d.municipality}, ter attentie van het college van burgemeester en wethouders`;
  const coordinator = d.coordinator;
  const blocks: Block[] = [
    { type: 'keyValue', items: [
      ...(d.names.length ? [{ label: 'Aan', value: [joinNames(d.names), d.address].filter(Boolean).join(', ') }] : []),
      { label: 'Datum', value: dutchDate(d.date) },
      { label: 'Kenmerk', value: d.reference },
      { label: 'Onderwerp', value: 'Besluit over uw aanvraag' },
    ] },
    { type: 'paragraph', text: greeting },
    { type: 'paragraph', text: 'Wij hebben uw situatie bekeken. In deze brief leest u wat wij hebben besloten en waarom. U leest ook wat er nu gebeurt.' },
    { type: 'heading', level: 2, text: 'Wat u vroeg' },
    { type: 'paragraph', text: `De vraag was: “${d.question.trim()}”` },
    { type: 'paragraph', text: `Het voorstel was: ${d.proposedStep.trim()}${d.requestedCents > 0 ? ` Dit kost ${formatCents(d.requestedCents)}.` : ''}` },
    { type: 'heading', level: 2, text: 'Wat wij besluiten' },
    ...decisionBlocks(d),
    { type: 'heading', level: 2, text: 'Waarom' },
    { type: 'paragraph', text: d.reasons.trim() },
    { type: 'paragraph', text: 'Wij hebben gekeken of het mag volgens de regels en wat die regels willen bereiken. Wij hebben gekeken wat het kost en wat het oplevert. En wij hebben gekeken of het eerlijk is, voor u en voor anderen.' },
    { type: 'heading', level: 2, text: 'Wat er nu gebeurt' },
    { type: 'paragraph', text: nextStepsText(d) },
    { type: 'heading', level: 2, text: 'Uw contactpersoon' },
  ];
  if (coordinator) {
    blocks.push({ type: 'paragraph', text: `${coordinator.name} is uw vaste contactpersoon. Heeft u een vraag over deze brief? Bel of mail dan gerust.` });
    blocks.push({ type: 'keyValue', items: [
      { label: 'Naam', value: coordinator.name },
      ...(coordinator.organisation ? [{ label: 'Organisatie', value: `${coordinator.organisation}, ${d.municipality}` }] : []),
      { label: 'Telefoon', value: coordinator.phone ?? 'Bel het algemene nummer van de gemeente' },
      { label: 'E-mail', value: coordinator.email },
    ] });
  } else {
    blocks.push({ type: 'paragraph', text: `Heeft u een vraag over deze brief? Neem dan contact op met ${d.municipality}.` });
  }
  blocks.push(
    { type: 'heading', level: 2, text: 'Bent u het niet eens met dit besluit?' },
    { type: 'paragraph', text: `Dan kunt u bezwaar maken. Dat doet u binnen ${OBJECTION_WEEKS} weken. De laatste dag is ${dutchDate(objectionDeadline(d.date))}.` },
    { type: 'paragraph', text: 'Schrijf een brief. Zet daarin:' },
    { type: 'list', items: ['uw naam en adres', 'de datum', `het kenmerk ${d.reference}`, 'waarom u het niet eens bent met dit besluit', 'uw handtekening'] },
    { type: 'paragraph', text: `Stuur uw brief naar: ${objectionTo}.` },
    { type: 'paragraph', text: `Twijfelt u? Bel dan eerst ${coordinator?.name ?? 'uw contactpersoon'}. Vaak kunnen wij het samen oplossen.` },
    { type: 'paragraph', text: 'Met vriendelijke groet,' },
    { type: 'paragraph', text: `${d.decider.name}, ${d.decider.level}, namens het college van burgemeester en wethouders van ${d.municipality}` },
  );
  return { title: 'Besluit over uw aanvraag', author: d.municipality, subject: `Besluit, kenmerk ${d.reference}`, lang: 'nl-NL', footer: d.municipality, blocks };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function blockHtml(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level}>${escape(b.text)}</h${b.level}>`;
    case 'paragraph':
      return b.strong ? `<p><strong>${escape(b.text)}</strong></p>` : `<p>${escape(b.text)}</p>`;
    case 'list': {
      const tag = b.numbered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${escape(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return `<table>${b.caption ? `<caption>${escape(b.caption)}</caption>` : ''}<thead><tr>${b.headers.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`
        + `<tbody>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
    case 'keyValue':
      return `<dl>${b.items.map((i) => `<div><dt>${escape(i.label)}</dt><dd>${escape(i.value)}</dd></div>`).join('')}</dl>`;
  }
}

const style = `
body{font-family:"Noto Sans",Arial,sans-serif;font-size:1.0625rem;line-height:1.6;color:#1a1a1a;background:#fff;margin:0}
main{max-width:42rem;margin:0 auto;padding:2rem 1.25rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 1.25rem}
h2{font-size:1.3rem;margin:1.75rem 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 1.25rem}
dl div{display:contents}dt{font-weight:700}dd{margin:0}
footer{max-width:42rem;margin:0 auto;padding:1rem 1.25rem 2rem;border-top:1px solid #767676;font-size:.9rem}
@media print{main{padding:0}footer{padding:1rem 0 0}}`;

/** A self-contained page: no scripts, no outside files; the language is Dutch for screen readers. */
export function letterHtml(doc: PdfDocument): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.title)} – ${escape(doc.author)}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escape(doc.title)}</h1>
${doc.blocks.map(blockHtml).join('\n')}
</main>
<footer><p>${escape(doc.footer)}</p></footer>
</body>
</html>
`;
}
