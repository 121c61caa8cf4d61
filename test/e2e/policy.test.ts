import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoCases } from '../../src/cli/demo-cases.ts';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// The policy view in the browser. The policy user logs in and lands on the figures; every figure
// has its data table with a caption and a CSV link; a count from 1 to 4 reads "minder dan 5" and
// never as a number; one CSV is downloaded and read; the figures are brought up to date on request;
// and a case's address shows no personal data, with the reason said plainly. Axe runs on every
// page. Residents' names never go into test names or messages: the run scans all output.

let server: Running;
let browser: Browser;
let page: Page;

const FIGURES: [title: string, caption: RegExp][] = [
  ['Aanmeldingen per week', /^Aanmeldingen per week, de laatste 26 weken$/],
  ['Doorlooptijden', /^Eerste contact binnen 5 en start binnen 10 werkdagen, per kwartaal$/],
  ['Open casussen per stap', /^Open casussen per stap, nu$/],
  ['Doorbraken', /^Afgesloten casussen en doorbraken per kwartaal$/],
  ['Kosten: doormodderen of doorbreken', /^Huidige kosten, kosten van doorbraken en vermeden kosten per kwartaal$/],
  ['Terugkeer', /^Nieuwe casussen en terugkeer per kwartaal$/],
  ['Belangrijkste systeemknelpunten', /^Systeemknelpunten met hun status en aantal casussen$/],
];

before(async () => {
  server = await startDemoServer();
  ({ browser, page } = await openBrowser({ acceptDownloads: true }));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await server?.db.close();
});

describe('the policy view in the browser', () => {
  test('the policy user lands on the figures, each with its data table, the norms and a CSV link', async () => {
    await logIn(page, server.url, 'beleid@voorbeeld.nl');
    await page.waitForURL((url) => url.pathname === '/beleid');
    await page.getByRole('heading', { level: 1, name: 'Cijfers voor beleid' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Beleid' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Casussen' }).count(), 0, 'no way into cases from the menu');
    for (const [title, caption] of FIGURES) {
      const region = page.getByRole('region', { name: title, exact: true });
      await region.getByRole('table', { name: caption }).waitFor();
      assert.equal(await region.getByRole('link', { name: new RegExp(`^Download deze tabel als CSV\\s*: ${title}$`) }).count(), 1, `a CSV link for ${title}`);
    }
    const norms = page.getByRole('region', { name: 'Normen' });
    await norms.getByText('Binnen 5 werkdagen na de aanmelding (bij spoed binnen 1 werkdag).').waitFor();
    await norms.getByText('Binnen 10 werkdagen na de aanmelding.').waitFor();
    await page.getByText(/^Cijfers bijgewerkt op \d+ \w+ \d{4} om \d{2}:\d{2}\./).waitFor();
    await expectAccessible(page);
  });

  test('a small count reads "minder dan 5", never as a number', async () => {
    // Four demo intakes wait for a first contact: too few to show.
    const table = page.getByRole('table', { name: 'Open casussen per stap, nu' });
    const row = table.getByRole('row', { name: /^Aangemeld, wacht op eerste contact/ });
    assert.equal((await row.getByRole('cell').innerText()).trim(), 'minder dan 5');
    // Nowhere in any table a count from 1 to 4 in a count column of the open cases.
    for (const text of await table.getByRole('cell').allInnerTexts()) {
      assert.ok(!/^[1-4]$/.test(text.trim()), `a small count shown as a number: ${text}`);
    }
    await page.getByText(/Aantallen van 1 tot en met 4 tonen wij niet/).waitFor();
  });

  test('downloads a figure as CSV for a spreadsheet', async () => {
    const region = page.getByRole('region', { name: 'Open casussen per stap', exact: true });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('link', { name: /Download deze tabel als CSV/ }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^open-per-step-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await fs.readFile(await download.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM, so spreadsheets read UTF-8');
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    assert.equal(lines[0], 'Fase;Open casussen');
    assert.equal(lines[1], 'Aangemeld, wacht op eerste contact;onderdrukt (minder dan 5)');
    assert.equal(lines.filter((l) => /^Stap \d: /.test(l)).length, 6, 'a line per step');
  });

  test('brings the figures up to date on request, with progress', async () => {
    await page.getByRole('button', { name: 'Cijfers nu bijwerken' }).click();
    await page.getByRole('status').filter({ hasText: /De cijfers zijn bijgewerkt op .* Er zijn \d+ casussen opnieuw geteld\./ }).waitFor();
    await expectAccessible(page);
  });

  test('a case address shows no personal data and says why', async () => {
    const kase = await server.db.kysely.selectFrom('cases').select(['id', 'reference']).where('status', '=', 'active').executeTakeFirstOrThrow();
    const api = await page.request.get(`${server.url}/api/cases/${kase.id}`);
    assert.equal(api.status(), 403, 'the case API refuses the policy role');
    const links = await page.request.get(`${server.url}/api/cases/${kase.id}/involvement-contacts`);
    assert.equal(links.status(), 403);
    assert.match((await links.json()).detail, /alleen cijfers zonder persoonsgegevens/);

    await page.goto(`${server.url}/casussen/${kase.id}`);
    await page.getByText('Met de rol beleid ziet u alleen cijfers zonder persoonsgegevens. Gegevens over casussen en huishoudens zijn voor het casusteam.').waitFor();
    const text = await page.locator('main').innerText();
    assert.ok(!text.includes(kase.reference), 'no case reference on the page');
    for (const c of demoCases) {
      for (const m of c.household.members) assert.ok(!text.includes(m.name), 'no resident name on the page');
    }
    await expectAccessible(page);
  });
});
