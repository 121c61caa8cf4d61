import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// Steps 1 and 2 in the browser, and the price list the administrator keeps.
// Residents' names and BSNs never go into test names or messages: the run scans all output.

const NEW_MEMBER = 'Testkind Achternaam';
const ORGANISATION = 'Wijkteam Testwijk';
const SERVICE = 'Maatjesproject Test';

let server: Running;
let browser: Browser;
let page: Page;
/** An active demo case of the coordinator without any involvement yet. */
let caseId: string;

before(async () => {
  server = await startDemoServer();
  const found = await sql<{ id: string }>`
    select c.id from cases c join app_user u on u.id = c.coordinator_id
    where c.status = 'active' and u.email = 'regisseur@voorbeeld.nl'
      and not exists (select 1 from involvement i where i.case_id = c.id)
    order by c.reference limit 1`.execute(server.db.kysely);
  assert.equal(found.rows.length, 1, 'the demo data holds an active case without involvements');
  caseId = found.rows[0].id;
  ({ browser, page } = await openBrowser());
});
after(async () => {
  await browser?.close();
  await server?.close();
  await server?.db.close();
});

async function login(email: string) {
  await page.context().clearCookies();
  await logIn(page, server.url, email);
}

async function openStep(n: 1 | 2, name: string) {
  await page.goto(`${server.url}/casussen/${caseId}/stap/${n}`);
  await page.getByRole('heading', { level: 1, name: `Stap ${n}: ${name}` }).waitFor();
}

/** The yearly total as shown, spaces made plain. */
async function yearlyTotal() {
  return (await page.locator('.doorbraak-yearly-total__amount').innerText()).replace(/\s/g, ' ');
}

describe('steps 1 and 2 in the browser', () => {
  test('the coordinator adds a household member and changes it after someone else did', async () => {
    await login('regisseur@voorbeeld.nl');
    await openStep(1, 'Aanmelding & verhaal');
    const household = page.getByRole('region', { name: 'Huishouden' });
    const members = household.getByRole('table', { name: 'Gezinsleden' });
    await members.waitFor();
    await page.getByRole('region', { name: 'Het verhaal' }).getByText('Gemeld door').waitFor();
    await expectAccessible(page);

    await household.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await household.getByLabel('Naam').fill(NEW_MEMBER);
    await household.getByLabel('Geboortedatum').fill('2015-04-01');
    await household.getByLabel('Relatie').selectOption('zoon');
    await expectAccessible(page);
    await household.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await household.getByRole('status').getByText(`${NEW_MEMBER} is toegevoegd aan het huishouden.`).waitFor();
    const row = members.getByRole('row').filter({ hasText: NEW_MEMBER });
    await row.getByRole('cell', { name: '1 april 2015' }).waitFor();

    // Someone else changes the member while the form is open: nothing is overwritten.
    await row.getByRole('button', { name: /^Wijzigen/ }).click();
    const list = await (await page.request.get(`${server.url}/api/cases/${caseId}/household/members`)).json();
    const member = list.members.find((m: { name: string }) => m.name === NEW_MEMBER);
    const other = await page.request.patch(`${server.url}/api/cases/${caseId}/household/members/${member.id}`, {
      data: { birthDate: '2015-05-02', version: member.version },
    });
    assert.equal(other.status(), 200);
    await household.getByLabel('Relatie').selectOption('pleegkind');
    await household.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await household.getByRole('heading', { name: 'Iemand anders heeft dit net gewijzigd' }).waitFor();
    await expectAccessible(page);
    await household.getByRole('button', { name: 'Haal de nieuwste versie op' }).click();
    await household.locator('.doorbraak-latest').getByText('2 mei 2015').waitFor();
    await household.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await household.getByRole('status').getByText(`De gegevens van ${NEW_MEMBER} zijn opgeslagen.`).waitFor();
    await row.getByRole('cell', { name: 'pleegkind' }).waitFor();
    await row.getByRole('cell', { name: '2 mei 2015' }).waitFor();
    await expectAccessible(page);
  });

  test('the coordinator assesses a life domain as in crisis and sees it at a glance', async () => {
    const domains = page.getByRole('region', { name: 'Leefgebieden' });
    const housing = domains.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Wonen', exact: true }) });
    await housing.getByText('Nog niet beoordeeld').waitFor();
    await housing.getByRole('button', { name: /^Beoordelen\s*: Wonen$/ }).click();
    await housing.getByRole('radio', { name: /^Crisis/ }).check();
    await housing.getByLabel('Wat speelt er?').fill('Huurachterstand, de woningcorporatie dreigt met ontruiming.');
    await housing.getByLabel('Wie meldde dit?').fill('Woningcorporatie');
    await expectAccessible(page);
    await housing.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await domains.getByRole('status').getByText('Wonen is beoordeeld: Crisis.').waitFor();
    await housing.getByText('Crisis', { exact: true }).waitFor();
    await housing.getByText('Gemeld door: Woningcorporatie').waitFor();
    const glance = domains.getByRole('list', { name: 'Waar het brandt' });
    assert.match(await glance.innerText(), /Crisis\s+Wonen/);
    await expectAccessible(page);
  });

  test('the coordinator adds an involvement from the price list and the yearly total follows', async () => {
    await openStep(2, 'Betrokkenen & kosten');
    const costs = page.getByRole('region', { name: 'Wat de huidige hulp per jaar kost' });
    await costs.getByText('Aantal betrokken organisaties: 0').waitFor();
    assert.equal(await yearlyTotal(), '€ 0');
    await expectAccessible(page);

    const section = page.getByRole('region', { name: 'Betrokken organisaties' });
    await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await section.getByLabel('Organisatie', { exact: true }).fill(ORGANISATION);
    await section.getByLabel('Naam contactpersoon').fill('Contact Testpersoon');
    const service = section.getByLabel('Dienst', { exact: true });
    const option = await service.locator('option', { hasText: 'Wijkteam, begeleiding' }).getAttribute('value');
    assert.ok(option, 'the price list offers the neighbourhood team');
    await service.selectOption(option);
    await section.getByLabel('Aantal uur per jaar').fill('80');
    await section.getByText(/Kosten per jaar: €\s85 per uur × 80 = €\s6\.800/).waitFor();
    await section.getByLabel('Sinds').fill('2025-01-06');
    await section.getByLabel('Intensiteit').fill('2 uur per week, 40 weken');
    await expectAccessible(page);
    await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();

    await section.getByRole('status').getByText(new RegExp(`${ORGANISATION} is toegevoegd\\. De lopende hulp kost nu €\\s6\\.800 per jaar\\.`)).waitFor();
    await page.waitForFunction(() => document.querySelector('.doorbraak-yearly-total__amount')?.textContent?.includes('6.800'));
    assert.equal(await yearlyTotal(), '€ 6.800');
    await costs.getByText('Aantal betrokken organisaties: 1').waitFor();
    const row = section.getByRole('table', { name: 'Organisaties die betrokken zijn bij dit huishouden' }).getByRole('row').filter({ hasText: ORGANISATION });
    await row.getByText('Loopt', { exact: true }).waitFor();
    await costs.getByRole('table', { name: /Kosten per jaar per organisatie/ }).getByRole('rowheader', { name: ORGANISATION }).waitFor();
    await expectAccessible(page);

    // Ending it takes its cost out of the total.
    await row.getByRole('button', { name: /^Beëindigen/ }).click();
    await section.getByRole('button', { name: 'Beëindigen', exact: true }).click();
    await section.getByRole('status').getByText(/is beëindigd\. De lopende hulp kost nu €\s0 per jaar\./).waitFor();
    await row.getByText(/^Beëindigd op/).waitFor();
    assert.equal(await yearlyTotal(), '€ 0');
    await expectAccessible(page);
  });

  test('the price list is only for the administrator', async () => {
    await page.goto(`${server.url}/beheer/prijslijst`);
    await page.getByRole('heading', { level: 1, name: 'Prijslijst' }).waitFor();
    await page.getByText('U heeft geen toegang tot deze pagina.').waitFor();
    assert.equal(await page.getByRole('table').count(), 0);
    await expectAccessible(page);
  });
});

describe('the price list in the browser', () => {
  test('the administrator adds a tariff; a negative tariff is refused on the field', async () => {
    await login('beheer@voorbeeld.nl');
    await page.goto(`${server.url}/beheer/prijslijst`);
    await page.getByRole('heading', { level: 1, name: 'Prijslijst' }).waitFor();
    const table = page.getByRole('table', { name: 'Tarieven van de gemeente' });
    await table.getByRole('rowheader', { name: 'Wijkteam, begeleiding' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await page.getByLabel('Dienst', { exact: true }).fill(SERVICE);
    await page.getByLabel('Eenheid', { exact: true }).selectOption('hour');
    const tariff = page.getByLabel('Tarief per eenheid in euro');
    await tariff.fill('-12,50');
    await page.getByLabel('Bron').fill('Offerte van de welzijnsorganisatie');
    await page.getByRole('button', { name: 'Tarief toevoegen' }).click();

    await page.locator('.doorbraak-error-summary').getByText('Het tarief kan niet negatief zijn').waitFor();
    await page.locator('.utrecht-form-field-error-message', { hasText: 'Het tarief kan niet negatief zijn' }).waitFor();
    assert.equal(await tariff.getAttribute('aria-invalid'), 'true');
    assert.equal(await table.getByRole('rowheader', { name: SERVICE }).count(), 0);
    await expectAccessible(page);

    await tariff.fill('12,50');
    await page.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await page.getByRole('status').getByText(`Het tarief voor ${SERVICE} is toegevoegd.`).waitFor();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: SERVICE }) });
    assert.match((await row.innerText()).replace(/\s/g, ' '), /€ 12,50 per uur/);
    await row.getByText('Geldt nu').waitFor();
    await expectAccessible(page);
  });
});
