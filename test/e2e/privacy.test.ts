import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { demoCases } from '../../src/cli/demo-cases.ts';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// The privacy officer in the browser: search the processing log of one case and export it, then
// find one resident by BSN and download everything held about them (article 15).
// Residents' names and BSNs never go into test names or messages: the run scans all output.

let server: Running;
let browser: Browser;
let page: Page;
/** A demo case whose household has a member with a BSN, and that member's BSN. */
let reference: string;
let bsn: string;

before(async () => {
  server = await startDemoServer();
  const withBsn = demoCases.find((c) => c.status === 'active' && c.household.members.some((m) => m.bsn))!;
  bsn = withBsn.household.members.find((m) => m.bsn)!.bsn!;
  const found = await sql<{ reference: string }>`
    select c.reference from cases c join person p on p.household_id = c.household_id
    where p.name = ${withBsn.household.members[0].name} limit 1`.execute(server.db.kysely);
  reference = found.rows[0].reference;
  ({ browser, page } = await openBrowser({ acceptDownloads: true }));
});
after(async () => {
  await browser?.close();
  await server?.close();
  await server?.db.close();
});

const login = (email: string) => logIn(page, server.url, email);

/** Clicks a download button and returns the saved file's name and text. */
async function downloadVia(button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await fs.readFile(file, 'utf8') };
}

describe('the privacy officer in the browser', () => {
  test('searches the processing log of one case and exports it as CSV and JSON', async () => {
    await login('privacy@voorbeeld.nl');
    await page.getByRole('navigation').getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Verwerkingenlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingenlog' }).waitFor();
    await page.getByLabel('Casusnummer').fill(reference);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('case') === reference);
    const table = page.getByRole('table');
    await table.getByRole('row').nth(1).waitFor();
    const rows = await table.getByRole('row').count();
    assert.ok(rows > 1, 'the case has processing lines (the seed reads and changes it)');
    await page.getByRole('status').filter({ hasText: /regels getoond/ }).waitFor();
    await expectAccessible(page);

    const csv = await downloadVia('Downloaden als CSV (Excel)');
    assert.match(csv.name, /\.csv$/);
    const lines = csv.text.trim().split(/\r?\n/);
    assert.ok(lines.length >= 2, 'a header and at least one line');
    assert.ok(lines.slice(1).every((l) => l.includes(reference)), 'only lines of the searched case');
    await page.getByRole('status').filter({ hasText: `Klaar. Het bestand ${csv.name} is gedownload.` }).waitFor();

    const json = await downloadVia('Downloaden als JSON');
    const parsed = JSON.parse(json.text) as unknown;
    const items = (Array.isArray(parsed) ? parsed : (parsed as { items: unknown[] }).items) as Record<string, unknown>[];
    assert.equal(items.length, lines.length - 1, 'JSON and CSV hold the same lines');
    // Pseudonymised subjects: no BSN of any demo resident in the export.
    assert.ok(!json.text.includes(bsn) && !csv.text.includes(bsn));
    await expectAccessible(page);
  });

  test('finds a resident by BSN and downloads the article 15 report', async () => {
    await page.goto(`${server.url}/privacy`);
    await page.getByRole('link', { name: 'Inwoner zoeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inwoner zoeken' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('BSN', { exact: true }).fill(bsn);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.getByRole('heading', { name: 'Gevonden: 1' }).waitFor();
    assert.ok(!page.url().includes(bsn), 'the BSN is not in the address');
    await expectAccessible(page);

    await page.getByRole('table', { name: 'Gevonden inwoners' }).getByRole('link').first().click();
    await page.waitForURL(/\/privacy\/personen\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Inzage (AVG artikel 15)' }).waitFor();
    await expectAccessible(page);

    const report = await downloadVia('Gegevens downloaden (JSON)');
    assert.ok(report.text.includes(reference), 'the report names the case the resident is in');
    assert.ok(report.text.length > 500, 'the report holds the data and its processing');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Inzagerapport downloaden (pdf)' }).click()]);
    const bytes = await fs.readFile(await pdf.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');

    // The officer's own search and downloads are in the log, for the resident's report too.
    await page.getByRole('link', { name: 'Verwerkingen van deze inwoner bekijken' }).click();
    await page.getByText('U ziet alleen de verwerkingen van één inwoner.').waitFor();
    await page.getByRole('table').getByRole('row').nth(1).waitFor();
    await expectAccessible(page);
  });
});
