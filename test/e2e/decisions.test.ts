import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { escalateOverdue } from '../../src/decisions/escalation.ts';
import type { Running } from '../../src/main.ts';
import { Crypto } from '../../src/platform/crypto/index.ts';
import { addWorkingDays, amsterdamDate } from '../../src/platform/time/working-days.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// Decisions with mandate in the browser. The coordinator asks for a decision on the Portakabin case
// in step 5; the amount is above the coordinator level's mandate, so the request goes past that
// level to the team lead. A request that was not decided in time goes up a level and its requester
// sees that. The team lead approves with conditions (after a refusal without reasons), the
// coordinator downloads the letter PDF and registers a payment (paying more than committed is
// refused at the field), the budget page shows the commitment, and the administrator's pages for the
// mandate ladder and the values triangle open. Axe runs on every page. Residents' names never go
// into test names or messages: the run scans all output.

let server: Running;
let coordinatorBrowser: Browser;
let deciderBrowser: Browser;
let page: Page;
let decider: Page;
let caseId: string;
let reference: string;
let decisionId: string;

const QUESTION = 'Mag de gemeente de eerste huur en de plaatsing van een geluidsarme unit in de achtertuin betalen?';
const CONDITIONS = 'De unit wordt gehuurd, niet gekocht. Na zes maanden bekijken we samen met het gezin of de unit helpt.';
const REASONS = 'Een eigen rustige plek thuis past bij het doel van de Jeugdwet: opgroeien in het eigen gezin. Het kost veel minder dan een plek in een instelling.';

before(async () => {
  server = await startDemoServer();
  // The Portakabin case of the demo: at step 5, without a request yet.
  const row = (await sql<{ id: string; reference: string; step: number }>`
    select c.id, c.reference, c.step from cases c join blocker b on b.case_id = c.id
    where b.proposed_step like '%Portakabin%' and c.status = 'active'
      and not exists (select 1 from decision_request d where d.case_id = c.id)
    limit 1`.execute(server.db.kysely)).rows[0];
  assert.ok(row, 'the Portakabin demo case without a request');
  assert.equal(row.step, 5);
  ({ id: caseId, reference } = row);
  ({ browser: coordinatorBrowser, page } = await openBrowser());
  ({ browser: deciderBrowser, page: decider } = await openBrowser());
});
after(async () => {
  await coordinatorBrowser?.close();
  await deciderBrowser?.close();
  await server?.close();
  await server?.db.close();
});

describe('decisions with mandate in the browser', () => {
  test('the coordinator asks for a decision in step 5; the amount routes it past the coordinator level', async () => {
    await logIn(page, server.url, 'regisseur@voorbeeld.nl');
    await page.goto(`${server.url}/casussen/${caseId}/stap/5`);
    const form = page.getByRole('form', { name: 'Besluit aanvragen' });
    await form.waitFor();
    await page.getByRole('heading', { name: 'Besluiten in deze casus' }).waitFor();
    await page.getByText('Er is nog geen besluit gevraagd.').waitFor();
    // Prefilled from step 4: the breakthrough, and the rules of the blocker with their purpose.
    assert.match(await form.getByLabel('De voorgestelde doorbraak').inputValue(), /Portakabin/);
    assert.ok((await form.getByLabel(/^Doel van de regel:/).count()) >= 2, 'a purpose field per rule of the blocker');
    await expectAccessible(page);

    // Nothing filled in: the server's 422 at the fields and in the summary.
    await form.getByRole('button', { name: 'Besluit aanvragen' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Vul de vraag aan de beslisser in/ }).waitFor();
    await expectAccessible(page);

    await form.getByLabel('Wat is uw vraag aan de beslisser?').fill(QUESTION);
    await form.getByLabel('Welke andere oplossingen heeft u overwogen?').fill('Een plek in een instelling: duurder, en Thijs wil thuis blijven. Een verbouwing binnen: het huis is te klein.');
    await form.getByRole('button', { name: 'Besluit aanvragen' }).click();
    // Now the weighing: each corner of the values triangle needs its own text.
    await page.getByRole('alert').getByRole('link', { name: /Schrijf de afweging voor ‘Rechtmatig’ op/ }).waitFor();

    await form.getByLabel('Gevraagd bedrag in euro’s').fill('2.400');
    await form.getByLabel('Gevraagd bedrag in euro’s').blur();
    await form.getByRole('status').filter({ hasText: 'Dit verzoek gaat naar: Teamleider' }).waitFor();
    await form.getByText(/Regisseur overgeslagen: het bedrag is hoger dan het mandaat/).waitFor();
    await form.getByLabel('Rechtmatig', { exact: true }).fill('Artikel 4:84 Awb laat afwijken toe; het doel van de Jeugdwet is opgroeien in het eigen gezin.');
    await form.getByLabel('Doelmatig', { exact: true }).fill('De unit kost een fractie van een jaar verblijf in een instelling.');
    await form.getByLabel('Rechtvaardig', { exact: true }).fill('Het gezin wil dit zelf, en andere gezinnen in dezelfde situatie zouden hetzelfde krijgen.');
    assert.ok((await form.getByLabel('Wat vindt de inwoner er zelf van?').inputValue()).length > 10, 'the resident’s own words from step 3');
    await form.getByRole('button', { name: 'Besluit aanvragen' }).click();
    await page.getByRole('status').filter({ hasText: 'Uw verzoek is verstuurd. Het ligt nu bij: Teamleider' }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: QUESTION }) });
    await card.getByText('Wacht op besluit').waitFor();
    await page.getByText(/Er loopt al een verzoek om een besluit/).waitFor();
    await expectAccessible(page);

    const row = await server.db.kysely.selectFrom('decision_request').select(['id', 'amount_cents']).where('case_id', '=', caseId).executeTakeFirstOrThrow();
    assert.equal(Number(row.amount_cents), 240_000, 'euros typed become integer cents');
    decisionId = row.id;
  });

  test('a request not decided in time goes up a level, and the requester sees it', async () => {
    // The babysitter request of the demo waits with the team lead; its due date passes.
    const sitter = await server.db.kysely.selectFrom('decision_request').select('id').where('question', 'like', '%vaste oppas%').where('status', '=', 'pending').executeTakeFirstOrThrow();
    await server.db.kysely.updateTable('decision_request').set({ due_on: addWorkingDays(amsterdamDate(new Date()), -1) }).where('id', '=', sitter.id).execute();
    const report = await escalateOverdue(server.db.kysely, new Crypto(loadConfig({ DOORBRAAK_DEMO: '1' }).secret), new Date());
    assert.ok(report.escalated >= 1);

    await page.goto(`${server.url}/besluiten`);
    const mine = page.getByRole('region', { name: 'Door mij gevraagd' });
    const escalated = mine.getByRole('listitem').filter({ hasText: 'vaste oppas' });
    await escalated.getByText('Doorgezet naar Manager, omdat er niet op tijd is besloten.').waitFor();
    await mine.getByRole('listitem').filter({ hasText: QUESTION }).getByText(/Ligt bij: Teamleider/).waitFor();
    await expectAccessible(page);
  });

  test('the team lead opens the request with its precedent and approves it with conditions, reasons required', async () => {
    await logIn(decider, server.url, 'beslisser@voorbeeld.nl');
    await decider.goto(`${server.url}/besluiten`);
    const waiting = decider.getByRole('region', { name: 'Wachten op uw besluit' });
    await waiting.getByRole('link', { name: QUESTION }).waitFor();
    // The escalated request no longer waits with the team lead.
    assert.equal(await waiting.getByRole('listitem').filter({ hasText: 'vaste oppas' }).count(), 0);
    await expectAccessible(decider);

    await waiting.getByRole('link', { name: QUESTION }).click();
    await decider.getByRole('heading', { level: 1, name: `Verzoek om een besluit, casus ${reference}` }).waitFor();
    await decider.getByText(/Regisseur overgeslagen: het bedrag is hoger dan het mandaat/).waitFor();
    const precedents = decider.getByRole('region', { name: 'Eerdere besluiten' });
    await precedents.getByRole('listitem').first().waitFor();
    await precedents.getByText(/Gelijk aan dit verzoek:/).first().waitFor();
    await decider.getByRole('region', { name: 'De afweging met de waardendriehoek' }).getByRole('heading', { name: 'Rechtvaardig' }).waitFor();
    await expectAccessible(decider);

    // With conditions, but no reasons and no conditions: 422 at both fields.
    const form = decider.getByRole('form', { name: 'Beslissen' });
    await form.getByRole('radio', { name: 'Toegekend met voorwaarden' }).check();
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await decider.getByRole('alert').getByRole('link', { name: /Geef de redenen/ }).waitFor();
    await expectAccessible(decider);

    await form.getByLabel('Redenen', { exact: true }).fill(REASONS);
    await form.getByLabel('Voorwaarden', { exact: true }).fill(CONDITIONS);
    await form.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await decider.getByRole('status').filter({ hasText: 'Uw besluit is vastgelegd: toegekend met voorwaarden' }).waitFor();
    await decider.getByRole('region', { name: 'Het besluit' }).getByText(CONDITIONS).waitFor();
    await expectAccessible(decider);
  });

  test('the coordinator sees the decision on the case and downloads the letter as PDF', async () => {
    await page.goto(`${server.url}/casussen/${caseId}`);
    const section = page.getByRole('region', { name: 'Besluiten en maatwerkbudget' });
    const item = section.getByRole('listitem').filter({ has: page.getByRole('link', { name: QUESTION }) });
    await item.getByText('Toegekend met voorwaarden').waitFor();
    await section.getByRole('table', { name: 'Boekingen uit het maatwerkbudget' }).getByRole('row', { name: /Vastgelegd €\s2\.400\b/ }).waitFor();
    await page.getByText(/Besluit genomen: toegekend met voorwaarden/).waitFor();
    await expectAccessible(page);

    const html = await item.getByRole('link', { name: /Brief als webpagina/ }).getAttribute('href');
    assert.ok(html, 'a link to the letter as a web page');
    await page.goto(new URL(html, server.url).toString());
    await page.getByRole('heading', { name: 'Wat wij besluiten' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${server.url}/casussen/${caseId}`);
    const href = await page.getByRole('link', { name: /Brief als pdf/ }).first().getAttribute('href');
    assert.ok(href, 'a link to the letter PDF');
    const response = await page.request.get(new URL(href, server.url).toString());
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
    const parser = new PDFParse({ data: new Uint8Array(await response.body()) });
    const { text } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, ' ');
    for (const s of ['Besluit over uw aanvraag', reference, 'Wat u vroeg', 'Wij zeggen ja, maar er zijn voorwaarden.', '2.400', CONDITIONS, 'Waarom',
      'Wat er nu gebeurt', 'Uw contactpersoon', 'Bent u het niet eens met dit besluit?']) {
      assert.ok(flat.includes(s), `missing in the letter PDF: ${s}`);
    }
  });

  test('the coordinator registers a payment; paying more than committed is refused at the field', async () => {
    await page.goto(`${server.url}/casussen/${caseId}/besluiten/${decisionId}`);
    const money = page.getByRole('region', { name: 'Geld op dit besluit' });
    await money.waitFor();
    const pay = page.getByRole('form', { name: 'Betaling vastleggen' });
    await pay.getByLabel('Bedrag').fill('3.000');
    await pay.getByLabel('Betaald aan').fill('Unitverhuur Zuid');
    await pay.getByRole('button', { name: 'Betaling vastleggen' }).click();
    await pay.getByText(/U betaalt meer dan er is vastgelegd/).first().waitFor();
    await expectAccessible(page);

    await pay.getByLabel('Bedrag').fill('1.200,50');
    await pay.getByRole('button', { name: 'Betaling vastleggen' }).click();
    await page.getByRole('status').filter({ hasText: /De betaling is vastgelegd\. Er staat nog .{1,3}1\.199,50 open/ }).waitFor();
    await money.getByRole('table').getByRole('row', { name: /Betaald.*1\.200,50.*Unitverhuur Zuid/ }).waitFor();
    await expectAccessible(page);
  });

  test('the budget page shows the commitment, per month, with the CSV export', async () => {
    await decider.goto(`${server.url}/budget`);
    await decider.getByRole('heading', { level: 1, name: 'Maatwerkbudget' }).waitFor();
    const entries = decider.getByRole('table', { name: /Alle boekingen in \d{4}/ });
    await entries.getByRole('row', { name: new RegExp(`Vastgelegd €\\s2\\.400\\b.*${reference}`) }).waitFor();
    await decider.getByRole('table', { name: /per maand/ }).getByRole('row', { name: /^Totaal/ }).waitFor();
    const year = Number(amsterdamDate(new Date()).slice(0, 4));
    const committed = await server.db.kysely.selectFrom('budget_entry as e').innerJoin('budget as b', 'b.id', 'e.budget_id')
      .select((eb) => eb.fn.sum<string>('e.amount_cents').as('sum')).where('e.kind', '=', 'commitment').where('b.year', '=', year).executeTakeFirstOrThrow();
    const cents = Number(committed.sum);
    const euros = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: cents % 100 ? 2 : 0, maximumFractionDigits: 2 }).format(cents / 100);
    await decider.getByRole('region', { name: `Stand ${year}` }).getByText(euros).first().waitFor();
    assert.ok(await decider.getByRole('link', { name: /downloaden als CSV/ }).getAttribute('href'));
    await expectAccessible(decider);
  });

  test('the administrator keeps the mandate ladder and the values triangle', async () => {
    await logIn(decider, server.url, 'beheer@voorbeeld.nl');
    await decider.goto(`${server.url}/beheer`);
    await decider.getByRole('link', { name: 'Mandaten' }).click();
    await decider.getByRole('heading', { level: 1, name: 'Mandaten' }).waitFor();
    await decider.getByRole('heading', { name: '2. Teamleider' }).waitFor();
    await expectAccessible(decider);
    await decider.getByRole('button', { name: 'Wijzigen Teamleider' }).click();
    await decider.getByRole('form', { name: 'Niveau Teamleider wijzigen' }).waitFor();
    await expectAccessible(decider);

    await decider.goto(`${server.url}/beheer/waardendriehoek`);
    await decider.getByRole('heading', { level: 1, name: 'Waardendriehoek en termijnen' }).waitFor();
    assert.equal(await decider.getByLabel('Naam', { exact: true }).first().inputValue(), 'Rechtmatig');
    await expectAccessible(decider);
  });
});
