import type { Block, PdfDocument } from '../platform/pdf/document.ts';
import {
  actionLabel, domainLabel, dutchDate, dutchDateTime, fieldLabel, kindLabel, label, legalBasisLabel, methodLabel, requestKindLabel,
  requestStatusLabel, shortDateTime, statusLabel,
} from './labels.ts';
import { LEGAL_MINIMUM_YEARS } from './model.ts';
import type { Report } from './report.ts';

const none = (text: string): Block => ({ type: 'paragraph', text });

/** The article 15 report as a document a resident can read: plain Dutch, headings, short tables. */
export function accessReportDocument(r: Report): PdfDocument {
  const p = r.person;
  const blocks: Block[] = [
    { type: 'paragraph', text: `U heeft gevraagd welke gegevens ${r.municipality} over u heeft. In dit document staat alles wat wij over u hebben vastgelegd. U leest ook wie uw gegevens heeft gebruikt, wanneer en waarom. Dit is uw recht volgens de Algemene verordening gegevensbescherming (AVG), artikel 15.` },
    { type: 'paragraph', text: `Gemaakt op ${dutchDateTime(r.producedAt)}.` },

    { type: 'heading', level: 2, text: 'Uw gegevens' },
    {
      type: 'keyValue', items: [
        { label: 'Naam', value: p.name },
        { label: 'Geboortedatum', value: p.birthDate ? dutchDate(p.birthDate) : 'Niet (meer) vastgelegd' },
        { label: 'Burgerservicenummer (BSN)', value: p.bsn ?? 'Niet vastgelegd' },
        { label: 'Uw plaats in het huishouden', value: p.relation ?? 'Niet vastgelegd' },
        { label: 'Vastgelegd op', value: dutchDate(p.recordedAt) },
      ],
    },
    ...(p.bsn ? [{ type: 'paragraph' as const, strong: true, text: 'Let op: in dit document staat uw burgerservicenummer. Bewaar het op een veilige plek en geef het niet aan anderen.' }] : []),
    ...(r.otherRecords.length ? [none(`Wij hebben u ${r.otherRecords.length + 1} keer vastgelegd, bijvoorbeeld omdat u later opnieuw bent aangemeld. In dit document staan de gegevens van al deze keren.`)] : []),

    { type: 'heading', level: 2, text: 'Uw huishouden' },
    r.household.length
      ? { type: 'list', items: r.household.map((m) => (m.relation ? `${m.name} (${m.relation})` : m.name)) }
      : none('Er staan geen andere mensen in uw huishouden.'),
    ...(r.household.length ? [none('Van uw huisgenoten noemen wij alleen de naam. Hun andere gegevens zijn van henzelf. Zij kunnen die zelf opvragen.')] : []),

    { type: 'heading', level: 2, text: 'Uw casussen' },
  ];

  if (r.cases.length === 0) blocks.push(none('Er is geen casus over u.'));
  else {
    blocks.push(none('Een casus is de hulp die wij u geven als u op meer plekken vastloopt. Per casus ziet u wat wij hebben vastgelegd.'));
    blocks.push({
      type: 'table', headers: ['Casus', 'Soort', 'Stand', 'Aangemeld', 'Afgesloten', 'Bewaren tot'], widths: [1.2, 1, 1.1, 1.3, 1.3, 1.3],
      rows: r.cases.map((c) => [
        c.reference, label(kindLabel, c.kind), label(statusLabel, c.status), dutchDate(c.reportedAt), c.closedAt ? dutchDate(c.closedAt) : '-',
        c.retentionEndsOn ? dutchDate(c.retentionEndsOn) : `Loopt nog; daarna minstens ${LEGAL_MINIMUM_YEARS} jaar`,
      ]),
    });
  }
  for (const c of r.cases) {
    blocks.push({ type: 'heading', level: 3, text: `Casus ${c.reference}` });
    blocks.push({
      type: 'keyValue', items: [
        { label: 'Onderwerpen', value: c.lifeDomains.map((d) => label(domainLabel, d)).join(', ') },
        { label: 'Waarom wij dit mogen', value: label(legalBasisLabel, c.legalBasis) },
        { label: 'Adres', value: c.contact.address ?? '-' },
        { label: 'Telefoon', value: c.contact.phone ?? '-' },
        { label: 'E-mail', value: c.contact.email ?? '-' },
      ],
    });
    for (const i of c.intakes) {
      blocks.push({ type: 'paragraph', strong: true, text: `Aanmelding van ${dutchDate(i.reportedAt)}, gemeld door: ${i.source}` });
      blocks.push({ type: 'paragraph', text: i.story });
    }
    if (c.timeline.length) {
      blocks.push({
        type: 'table', caption: `Wat er in casus ${c.reference} is gebeurd`, headers: ['Datum', 'Wat'], widths: [1, 3],
        rows: c.timeline.map((e) => [dutchDate(e.at), e.summary]),
      });
    }
  }

  blocks.push({ type: 'heading', level: 2, text: 'Uw toestemming' });
  blocks.push(r.consents.length
    ? {
      type: 'table', headers: ['Casus', 'Waarvoor', 'Met wie', 'Hoe', 'Gegeven op', 'Ingetrokken op'], widths: [1, 2, 2, 1, 1.2, 1.2],
      rows: r.consents.map((k) => [k.caseReference, k.purpose, k.organisations.join(', '), label(methodLabel, k.method), dutchDate(k.givenOn),
        k.withdrawnAt ? dutchDate(k.withdrawnAt) : '-']),
    }
    : none('U heeft ons geen aparte toestemming gegeven om uw gegevens te delen.'));

  if (r.rectifications.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Verbeterde gegevens' });
    blocks.push({
      type: 'table', headers: ['Datum', 'Wat is verbeterd', 'Waarom', 'Wat er eerst stond'], widths: [1, 1, 2, 2],
      rows: r.rectifications.map((h) => [
        dutchDate(h.changedAt), h.fields.map((f) => label(fieldLabel, f)).join(', '), h.reason,
        h.oldValues ? Object.entries(h.oldValues).map(([k, v]) => `${label(fieldLabel, k)}: ${v ?? 'leeg'}`).join('; ') : '-',
      ]),
    });
  }

  if (r.requests.length) {
    blocks.push({ type: 'heading', level: 2, text: 'Uw eerdere verzoeken' });
    blocks.push({
      type: 'table', headers: ['Datum', 'Verzoek', 'Uitkomst', 'Reden als wij het niet deden'], widths: [1, 1, 1, 3],
      rows: r.requests.map((q) => [dutchDate(q.handledAt), label(requestKindLabel, q.kind), label(requestStatusLabel, q.status), q.legalGround ?? '-']),
    });
  }

  blocks.push({ type: 'heading', level: 2, text: 'Wie heeft uw gegevens gebruikt' });
  if (r.recipients.length) {
    blocks.push(none('Deze organisaties hebben uw gegevens gezien of gebruikt:'));
    blocks.push({ type: 'list', items: r.recipients });
  }
  blocks.push(none('Hieronder staat elke keer dat iemand uw gegevens heeft gebruikt. Wij noemen de organisatie van de medewerker, niet zijn of haar naam.'));
  blocks.push(r.processing.length
    ? {
      type: 'table', headers: ['Wanneer', 'Waarom', 'Wat', 'Wie (organisatie)', 'Grondslag'], widths: [1.3, 2.6, 1.2, 1.7, 1.5],
      rows: r.processing.map((l) => [shortDateTime(l.at), l.purpose, label(actionLabel, l.action), l.organisation ?? '-', label(legalBasisLabel, l.legalBasis)]),
    }
    : none('Niemand heeft uw gegevens gebruikt.'));

  blocks.push({ type: 'heading', level: 2, text: 'Uw rechten' });
  blocks.push({
    type: 'list', items: [
      'Klopt er iets niet? Dan kunt u vragen om het te verbeteren (AVG artikel 16).',
      'Wilt u dat wij uw gegevens wissen? Dat kan als wij ze niet meer nodig hebben en geen wet zegt dat wij ze moeten bewaren (AVG artikel 17).',
      'Bent u het niet eens met hoe wij uw gegevens gebruiken? Dan kunt u bezwaar maken (AVG artikel 21).',
      'Bent u niet tevreden over hoe wij met uw vraag omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
    ],
  });
  blocks.push(none(`Heeft u vragen over dit document? Neem dan contact op met de functionaris gegevensbescherming van ${r.municipality}.`));

  return {
    title: 'Uw gegevens bij de gemeente', author: r.municipality, subject: 'Inzage in persoonsgegevens (AVG artikel 15)',
    lang: 'nl-NL', footer: r.municipality, blocks,
  };
}
