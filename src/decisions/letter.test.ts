import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { renderPdf } from '../platform/pdf/render.ts';
import { type LetterData, letterDocument, letterHtml, objectionDeadline } from './letter.ts';

const base: LetterData = {
  municipality: 'Gemeente Voorbeeld', reference: '2026-00042', date: '2026-11-20', names: ['Jan Testpersoon'], address: 'Teststraat 1, 1234 AB Voorbeeld',
  question: 'Mag de gemeente een rustige unit in de tuin betalen in plaats van een plek in een instelling?',
  proposedStep: 'De gemeente plaatst een geluidsarme unit in de achtertuin.', requestedCents: 240_000,
  outcome: 'approved_with_conditions', reasons: 'Thuis blijven is beter voor het kind en goedkoper dan een instelling.',
  conditions: 'De jeugdhulp komt eens per maand kijken hoe het gaat.', approvedCents: 200_000, nextSteps: null,
  decider: { name: 'Bea Beslisser', level: 'Teamleider' },
  coordinator: { name: 'Rachid Regisseur', phone: '070 353 00 01', email: 'regisseur@voorbeeld.nl', organisation: 'Doorbraakteam' },
  objectionAddress: 'Gemeente Voorbeeld, Postbus 1, 1234 AA Voorbeeld',
};

test('the last day to object is six weeks later, moved past weekends and holidays', () => {
  assert.equal(objectionDeadline('2026-11-20'), '2027-01-04', 'six weeks is New Year’s Day, then comes the weekend');
  assert.equal(objectionDeadline('2026-03-02'), '2026-04-13', '13 April 2026 is a Monday');
  assert.equal(objectionDeadline('2026-03-03'), '2026-04-14');
});

test('the letter says what was asked, what was decided, why, what happens next, who to call and how to object', () => {
  const html = letterHtml(letterDocument(base));
  assert.match(html, /^<!doctype html>\n<html lang="nl">/);
  for (const heading of ['Wat u vroeg', 'Wat wij besluiten', 'Waarom', 'Wat er nu gebeurt', 'Uw contactpersoon', 'Bent u het niet eens met dit besluit?']) {
    assert.ok(html.includes(`<h2>${heading}</h2>`), heading);
  }
  assert.match(html, /Wij zeggen ja, maar er zijn voorwaarden\. De gemeente betaalt hiervoor ten hoogste € 2\.000,00\./);
  assert.match(html, /De jeugdhulp komt eens per maand kijken/);
  assert.match(html, /binnen 6 weken\. De laatste dag is 4 januari 2027\./);
  assert.match(html, /Postbus 1, 1234 AA Voorbeeld/);
  assert.match(html, /070 353 00 01/);
  assert.match(html, /Rachid Regisseur neemt binnen een week contact met u op/);
  assert.ok(!/<script|<link|src=/.test(html), 'self-contained');
});

test('a no reads as a no, with its reasons, and all text is escaped', () => {
  const html = letterHtml(letterDocument({ ...base, outcome: 'declined', conditions: null, approvedCents: null, reasons: 'Dit kan via de <standaard> route & sneller.' }));
  assert.match(html, /Wij zeggen nee tegen dit voorstel\./);
  assert.match(html, /Dit kan via de &lt;standaard&gt; route &amp; sneller\./);
  assert.match(html, /bespreekt met u wat wel kan/);
  assert.ok(!html.includes('ten hoogste'));
});

test('the PDF carries the same text', async () => {
  const pdf = await renderPdf(letterDocument(base));
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  const text = (await parser.getText()).text.replace(/\s+/g, ' ');
  await parser.destroy();
  assert.match(text, /Besluit over uw aanvraag/);
  assert.match(text, /Wij zeggen ja, maar er zijn voorwaarden/);
  assert.match(text, /bezwaar maken/);
  assert.match(text, /2026-00042/);
});
