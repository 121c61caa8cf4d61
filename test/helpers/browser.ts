import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { type Running, start } from '../../src/main.ts';
import { cloneTemplate } from './db.ts';

/**
 * A real Chromium: the system one when installed, otherwise the build that ships inside the
 * @sparticuz/chromium package, so a fresh machine needs no browser download.
 */
export async function launchBrowser(): Promise<Browser> {
  const flags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  if (fs.existsSync('/usr/bin/chromium')) {
    return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', ...flags], headless: true });
  }
  const sparticuz = (await import('@sparticuz/chromium')).default;
  return chromium.launch({ executablePath: await sparticuz.executablePath(), args: [...sparticuz.args, ...flags], headless: true });
}

/** Zero WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  if (summary.length) throw new Error(`Toegankelijkheidsfouten op ${page.url()}:\n${summary.join('\n')}`);
}

/** The real application with the demo data, on a fresh copy of the template and a free port. */
export async function startDemoServer(): Promise<Running> {
  const db = await cloneTemplate();
  return start({ ...loadConfig({ DOORBRAAK_DEMO: '1' }), port: 0, host: '127.0.0.1', demo: false }, db);
}

/**
 * A page in a Chromium of its own, in Dutch and Dutch time. Its own browser, because the contexts
 * of one Chromium here may share cookies: two people need two browsers.
 */
export async function openBrowser(options: BrowserContextOptions = {}): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchBrowser();
  const page = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...options })).newPage();
  return { browser, page };
}

/** Logs in with e-mail and password on the login page and waits until the app has moved on. */
export async function logIn(page: Page, baseUrl: string, email: string, password = 'doorbraak'): Promise<void> {
  await page.goto(`${baseUrl}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'));
}
