import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';

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
