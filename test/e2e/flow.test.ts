import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, openBrowser, startDemoServer } from '../helpers/browser.ts';

let server: Running;
let browser: Browser;
let page: Page;

before(async () => {
  server = await startDemoServer();
  ({ browser, page } = await openBrowser());
});
after(async () => {
  await browser?.close();
  await server?.close();
  await server?.db.close();
});

async function login(email: string) {
  await page.goto(`${server.url}/inloggen`);
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('doorbraak');
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('in de browser', () => {
  test('a neighbour reports through the public form without logging in', async () => {
    await page.goto(`${server.url}/melden`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Versturen' }).click();
    // Client-side or server-side: the errors name the fields and the summary gets focus.
    await page.getByRole('alert').first().waitFor();
    await expectAccessible(page);
  });

  test('a coordinator logs in, files an intake, accepts it and opens the overview', async () => {
    await login('regisseur@voorbeeld.nl');
    await page.waitForURL(/\/inbox$/);
    await expectAccessible(page);

    await page.goto(`${server.url}/melden`);
    await page.getByLabel('Naam').first().fill('Mirjam Browsertest');
    await page.getByLabel('Geboortedatum').first().fill('1984-04-04');
    await page.getByLabel(/In de woorden van het huishouden/).fill('Mijn auto is kapot en ik kan mijn zoons niet meer naar school brengen.');
    await page.getByLabel(/Financiën/).check();
    await page.getByLabel(/Dagbesteding/).check();
    await page.getByRole('radio', { name: /Normaal/i }).check();
    await page.getByRole('radio', { name: /toestemming/i }).check();
    await page.getByRole('radio', { name: /Mondeling/i }).check();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText(/Eerste contact uiterlijk/).waitFor();
    await expectAccessible(page);

    await page.goto(`${server.url}/inbox`);
    const row = page.getByRole('row').filter({ hasText: 'Mijn auto is kapot' });
    await row.getByRole('button', { name: 'Oppakken' }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    await page.getByText('Mirjam Browsertest').first().waitFor();
    await expectAccessible(page);
    assert.ok(await page.getByText(/Casus opgepakt/).isVisible(), 'the timeline shows the acceptance');

    await page.goto(`${server.url}/casussen`);
    await page.getByRole('table').waitFor();
    await expectAccessible(page);
    assert.ok((await page.getByRole('row').count()) > 1);
  });

  test('the language switches to English', async () => {
    await page.goto(`${server.url}/casussen`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nl');
  });

  test('the API documentation page is readable and accessible', async () => {
    await page.goto(`${server.url}/api/docs`);
    await page.getByRole('table', { name: 'Alle eindpunten' }).waitFor();
    await expectAccessible(page);
  });
});
