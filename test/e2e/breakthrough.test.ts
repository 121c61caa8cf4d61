import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// Steps 3 to 5, the perspectiefplan and the rules catalogue in the browser: the coordinator fills in
// the perspective and the breakthrough, sees the cost sum, builds the plan and downloads its PDF; a
// second session runs into a 409 and gets the stored version; the administrator adds a rule.
// Residents' names never go into test names or messages: the run scans all output.

let server: Running;
let browser: Browser;
/** A second browser (Chromium here may share cookies between contexts): the same coordinator elsewhere, then the administrator. */
let other: Browser;
let page: Page;
let second: Page;
/** An active breakthrough case of the coordinator with nothing yet in steps 3 and 4. */
let caseId: string;

before(async () => {
  server = await startDemoServer();
  const found = await sql<{ id: string }>`
    select c.id from cases c join app_user u on u.id = c.coordinator_id
    where u.email = 'regisseur@voorbeeld.nl' and c.status = 'active' and c.kind = 'breakthrough'
      and not exists (select 1 from perspective p where p.case_id = c.id)
      and not exists (select 1 from blocker b where b.case_id = c.id)
      and not exists (select 1 from plan_goal g where g.case_id = c.id)
    order by c.reported_at limit 1`.execute(server.db.kysely);
  assert.ok(found.rows[0], 'a demo case without a perspective, a blocker or a plan');
  caseId = found.rows[0].id;
  ({ browser, page } = await openBrowser());
  ({ browser: other, page: second } = await openBrowser());
});
after(async () => {
  await browser?.close();
  await other?.close();
  await server?.close();
  await server?.db.close();
});

const login = (p: Page, email: string) => logIn(p, server.url, email);

async function openStep(p: Page, step: number, form?: string) {
  await p.goto(`${server.url}/casussen/${caseId}/stap/${step}`);
  await p.getByRole('heading', { level: 1, name: new RegExp(`^Stap ${step}`) }).waitFor();
  if (form) await p.getByRole('form', { name: form }).waitFor();
}

const OWN_WORDS = 'Over een jaar heb ik werk en kan ik de huur zelf betalen.';

describe('steps 3 to 5 and the perspectiefplan in the browser', () => {
  test('the coordinator fills in step 3 and saves it', async () => {
    await login(page, 'regisseur@voorbeeld.nl');
    await openStep(page, 3, 'Perspectief');
    await expectAccessible(page);
    await page.getByLabel('Waar wil het huishouden over een jaar staan?').fill(OWN_WORDS);
    await page.getByLabel('Wat heeft het huishouden nodig?').fill('Rust over de rekeningen en hulp bij het zoeken naar werk.');
    await page.getByRole('button', { name: 'Perspectief opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Het perspectief is opgeslagen' }).waitFor();
    await expectAccessible(page);
  });

  test('a second session that saves step 3 late gets a 409 and the stored version, and loses nothing', async () => {
    await login(second, 'regisseur@voorbeeld.nl');
    await openStep(second, 3, 'Perspectief');
    // Meanwhile the first session saves again.
    await page.getByLabel('Wat kan het netwerk doen?').fill('Een buurman helpt met sollicitatiebrieven.');
    await page.getByRole('button', { name: 'Perspectief opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Het perspectief is opgeslagen' }).waitFor();

    const mine = 'Mijn zus past twee middagen per week op.';
    await second.getByLabel('Wat kan het netwerk doen?').fill(mine);
    await second.getByRole('button', { name: 'Perspectief opslaan' }).click();
    await second.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit net gewijzigd' }).waitFor();
    assert.equal(await second.getByLabel('Wat kan het netwerk doen?').inputValue(), mine, 'the text typed stays in the form');
    await second.getByRole('button', { name: 'Haal de nieuwste versie op' }).click();
    const latest = second.getByRole('region', { name: 'Zo staat het nu opgeslagen' });
    await latest.getByText('Een buurman helpt met sollicitatiebrieven.').waitFor();
    await expectAccessible(second);
    await second.getByRole('button', { name: 'Houd mijn tekst' }).click();
    await second.getByRole('button', { name: 'Perspectief opslaan' }).click();
    await second.getByRole('status').filter({ hasText: 'Het perspectief is opgeslagen' }).waitFor();
  });

  test('step 4: kinds, a rule with its purpose, costs in euros and the cost sum on screen', async () => {
    await openStep(page, 4, 'Knelpunt en doorbraak');
    await expectAccessible(page);
    await page.getByLabel('Wat is het knelpunt?').fill('Zonder oppas kan zij niet werken, en zonder werk geen kinderopvangtoeslag.');
    await page.getByRole('group', { name: 'Soort blokkade' }).getByRole('checkbox', { name: 'Geld', exact: true }).check();
    await page.getByRole('group', { name: 'Soort blokkade' }).getByRole('checkbox', { name: 'Een regel', exact: true }).check();
    await page.getByLabel('Zoek een regel').fill('bijzondere');
    await page.getByRole('status').filter({ hasText: /van de \d+ regels getoond/ }).waitFor();
    const rule = page.getByRole('checkbox', { name: /^Bijzondere bijstand \(Participatiewet/ });
    await rule.check();
    await page.getByText(/De wet noemt geen vaste lijst van kosten/).waitFor();
    await page.getByLabel('De voorgestelde doorbraak').fill('De gemeente betaalt een jaar lang een vaste oppas.');
    await page.getByLabel('Eenmalige kosten').fill('1.970');
    await page.getByLabel('Kosten per jaar').fill('11.500');
    await page.getByRole('button', { name: 'Knelpunt en doorbraak opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De kostensom hieronder is bijgewerkt' }).waitFor();

    const table = page.getByRole('table', { name: /Kosten als alles blijft zoals het is/ });
    // One-off 1,970 plus 11,500 a year: 13,470 after one year, 36,470 after three, 59,470 after five.
    await table.getByRole('row', { name: /^1 jaar .*13\.470/ }).waitFor();
    await table.getByRole('row', { name: /^3 jaar .*36\.470/ }).waitFor();
    await table.getByRole('row', { name: /^5 jaar .*59\.470/ }).waitFor();
    await page.getByText(/De doorbraak kost eenmalig .{1,3}1\.970 en daarna .{1,3}11\.500 per jaar/).waitFor();
    await expectAccessible(page);

    // Amounts that are no amounts are caught before anything is sent.
    await page.getByLabel('Eenmalige kosten').fill('twaalf');
    await page.getByRole('button', { name: 'Knelpunt en doorbraak opslaan' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Dit is geen bedrag/ }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Eenmalige kosten').fill('1.970');
  });

  test('step 5 shows what the decision will rest on, and the way to ask for it', async () => {
    await openStep(page, 5);
    await page.getByRole('heading', { name: 'De regels en hun doel' }).waitFor();
    await page.getByRole('heading', { name: /^Bijzondere bijstand/ }).waitFor();
    await page.getByRole('heading', { name: 'Besluiten in deze casus' }).waitFor();
    await page.getByText('Er is nog geen besluit gevraagd.').waitFor();
    await page.getByRole('form', { name: 'Besluit aanvragen' }).waitFor();
    await page.getByRole('paragraph').filter({ hasText: 'De gemeente betaalt een jaar lang een vaste oppas.' }).waitFor();
    await page.getByRole('table', { name: /Kosten als alles blijft zoals het is/ }).waitFor();
    // The request form starts from the breakthrough of step 4.
    assert.equal(await page.getByRole('textbox', { name: 'De voorgestelde doorbraak' }).inputValue(), 'De gemeente betaalt een jaar lang een vaste oppas.');
    await expectAccessible(page);
  });

  test('the plan: a proposal from steps 3 and 4, a goal and an action, print view and PDF', async () => {
    await page.goto(`${server.url}/casussen/${caseId}/plan`);
    await page.getByRole('heading', { level: 1, name: /^Perspectiefplan/ }).waitFor();
    await page.getByRole('heading', { name: 'Doelen' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Maak een voorstel uit stap 3 en 4' }).click();
    await page.getByRole('status').filter({ hasText: 'Het voorstel staat in het plan' }).waitFor();
    const goals = page.getByRole('region', { name: 'Doelen' });
    await goals.getByText(OWN_WORDS).waitFor();

    await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByLabel('Doel', { exact: true }).fill('Lucas gaat met plezier naar een vaste oppas.');
    await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het doel is toegevoegd.' }).waitFor();
    await goals.getByText('Lucas gaat met plezier naar een vaste oppas.').waitFor();
    await expectAccessible(page);

    const actions = page.getByRole('region', { name: 'Wie doet wat' });
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('alert').getByRole('link').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Wat gebeurt er?').fill('Een oppas zoeken en kennismaken');
    await page.getByRole('radio', { name: 'Iemand uit het netwerk' }).check();
    await page.getByLabel('Wie uit het netwerk?').fill('Buurvrouw Ineke');
    const goalSelect = page.getByLabel('Bij welk doel?');
    const goalValue = await goalSelect.locator('option', { hasText: 'Lucas gaat met plezier' }).getAttribute('value');
    await goalSelect.selectOption(goalValue!);
    await page.getByLabel('Wanneer klaar?').fill('2030-03-01');
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is toegevoegd.' }).waitFor();
    const row = actions.getByRole('row').filter({ hasText: 'Buurvrouw Ineke' });
    await row.getByText(/^Doel \d$/).waitFor();
    await row.getByText('1 maart 2030').waitFor();
    await expectAccessible(page);

    // Change the status of the new action.
    await row.getByRole('button', { name: /^Wijzigen/ }).click();
    await page.getByRole('form', { name: 'Actie wijzigen' }).getByLabel('Status').selectOption({ label: 'Bezig' });
    await page.getByRole('button', { name: 'Actie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is opgeslagen.' }).waitFor();
    await row.getByText('Bezig').waitFor();

    const href = await page.getByRole('link', { name: /plan als PDF/ }).getAttribute('href');
    assert.ok(href, 'a link to the PDF');
    const pdf = await page.request.get(new URL(href, server.url).toString());
    assert.equal(pdf.status(), 200);
    assert.match(pdf.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false, 'no buttons on paper');
    assert.equal(await page.getByRole('link', { name: 'Terug naar casus', exact: false }).isVisible(), false);
    assert.ok(await actions.getByRole('table').isVisible(), 'the actions are on paper');
    await page.emulateMedia({ media: 'screen' });
  });

  test('the administrator adds a rule to the catalogue and switches it off', async () => {
    await page.goto(`${server.url}/beheer/regels`);
    await page.getByText('U heeft geen toegang tot deze pagina.').waitFor();

    await second.getByRole('button', { name: 'Uitloggen' }).click();
    await second.waitForURL(/\/inloggen/);
    await login(second, 'beheer@voorbeeld.nl');
    await second.goto(`${server.url}/beheer/regels`);
    const table = second.getByRole('table', { name: /Alle regels in de catalogus/ });
    await table.waitFor();
    await expectAccessible(second);
    const before = await table.getByRole('row').count();

    await second.getByRole('button', { name: 'Regel toevoegen' }).click();
    await second.getByRole('form', { name: 'Nieuwe regel' }).waitFor();
    await second.getByRole('button', { name: 'Regel toevoegen' }).click();
    const summary = second.getByRole('alert').filter({ hasText: 'Controleer het volgende' });
    await summary.getByRole('link').first().waitFor();
    assert.ok((await summary.getByRole('link').count()) >= 3, 'name, law and code are missing');
    await expectAccessible(second);

    await second.getByLabel('Naam van de regel').fill('Maatwerk bij de energietoeslag');
    await second.getByLabel('Wet of verordening').fill('Verordening energietoeslag Gemeente Voorbeeld');
    await second.getByLabel('Artikel').fill('art. 3');
    await second.getByLabel('Code', { exact: true }).fill('ET-3');
    await second.getByLabel('Doel van de regel').fill('Huishoudens met een laag inkomen kunnen hun energierekening betalen.');
    await second.getByLabel('Link naar de wettekst').fill('https://lokaleregelgeving.overheid.nl/');
    await second.getByRole('button', { name: 'Regel toevoegen' }).click();
    await second.getByRole('status').filter({ hasText: 'is toegevoegd' }).waitFor();
    await table.getByRole('row').nth(before).waitFor();
    const added = table.getByRole('row').filter({ hasText: 'ET-3' });
    await added.getByText('Actief', { exact: true }).waitFor();
    await expectAccessible(second);

    await added.getByRole('button', { name: /^Uitzetten/ }).click();
    await second.getByRole('status').filter({ hasText: 'is uitgezet' }).waitFor();
    await added.getByText('Uitgezet', { exact: true }).waitFor();
    await expectAccessible(second);
  });
});
