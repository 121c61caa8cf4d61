import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, openBrowser, startDemoServer } from '../helpers/browser.ts';

// Login security in the browser: a staff member turns on the second step with an authenticator
// app, keeps the recovery codes, logs in again with one of them, and ends the other sessions.

let server: Running;
let browser: Browser;
/** A second browser: contexts of one Chromium here may share cookies. */
let otherBrowser: Browser;
let page: Page;
let other: Page;
const EMAIL = 'beleid@voorbeeld.nl';

before(async () => {
  server = await startDemoServer();
  ({ browser, page } = await openBrowser());
  ({ browser: otherBrowser, page: other } = await openBrowser());
});
after(async () => {
  await browser?.close();
  await otherBrowser?.close();
  await server?.close();
  await server?.db.close();
});

async function passwordStep(p: Page) {
  await p.goto(`${server.url}/inloggen`);
  await p.getByLabel('E-mailadres').fill(EMAIL);
  await p.getByLabel('Wachtwoord').fill('doorbraak');
  await p.getByRole('button', { name: 'Inloggen' }).click();
}

describe('login security in the browser', () => {
  let recoveryCode = '';

  test('turns on the second step with an authenticator app and is shown the recovery codes once', async () => {
    await passwordStep(page);
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await page.getByRole('link', { name: 'Mijn beveiliging' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn beveiliging' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Authenticator-app instellen' }).click();
    await page.getByRole('heading', { name: 'Zo stelt u de app in' }).waitFor();
    const secret = (await page.locator('.doorbraak-secret__key').innerText()).replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{16,}$/, 'a base32 key to type over');
    await expectAccessible(page);

    // A wrong code is refused at the field; the right one turns the second step on.
    await page.getByLabel('Code uit de app').fill('12345');
    await page.getByRole('button', { name: 'Code controleren en aanzetten' }).click();
    await page.getByText('De code heeft 6 cijfers. Vul alleen de cijfers in.').first().waitFor();
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });
    await page.getByLabel('Code uit de app').fill(totp.generate());
    await page.getByRole('button', { name: 'Code controleren en aanzetten' }).click();

    const codes = page.getByRole('list', { name: 'Herstelcodes' }).getByRole('listitem');
    await codes.first().waitFor();
    assert.ok((await codes.count()) >= 8, 'a set of recovery codes');
    recoveryCode = (await codes.first().innerText()).trim();
    await expectAccessible(page);
    await page.getByRole('button', { name: /Ik heb de codes bewaard/ }).click();
    await page.getByText('Tweede stap').first().waitFor();
    await page.getByRole('button', { name: 'Tweede stap uitzetten' }).waitFor();
    await expectAccessible(page);
  });

  test('a second browser needs the second step; a recovery code works once', async () => {
    await passwordStep(other);
    await other.getByRole('heading', { level: 1, name: 'Vul de code in' }).waitFor();
    assert.match(new URL(other.url()).pathname, /^\/inloggen/, 'not in yet after the password alone');
    await expectAccessible(other);

    await other.getByText('Heeft u uw telefoon niet? Gebruik een herstelcode').click();
    await other.getByLabel('Herstelcode').fill(recoveryCode);
    await other.getByRole('button', { name: 'Inloggen met herstelcode' }).click();
    await other.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
    await other.getByText(/Ingelogd als/).waitFor();
  });

  test('ends every other session from the security page', async () => {
    await page.reload();
    const sessions = page.getByRole('table', { name: 'Uw actieve sessies, nieuwste eerst' });
    await sessions.getByRole('row').nth(2).waitFor();
    await page.getByRole('button', { name: 'Overal uitloggen behalve hier' }).click();
    await page.getByText(/U bent op \d+ andere plekken uitgelogd\./).waitFor();
    await expectAccessible(page);

    // The other browser is logged out on its next request.
    await other.goto(`${server.url}/mijn-beveiliging`);
    await other.waitForURL((url) => url.pathname.startsWith('/inloggen'));
  });
});
