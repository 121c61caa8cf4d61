import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { PDFParse } from 'pdf-parse';
import type { Browser, Page } from 'playwright-core';
import { demoCases } from '../../src/cli/demo-cases.ts';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// The father whose car broke down (seeds, "Zicht op"): the coordinator carries the case from the
// seeds through steps 1 to 4 and the perspectiefplan, reads the yearly cost and the avoided cost
// on screen, downloads the plan as PDF, and hands the case to a colleague who accepts it.
// Residents' names and BSNs never go into test names or messages: the run scans all output.

let server: Running;
let browser: Browser;
/** A second browser (contexts of one Chromium here may share cookies) for the colleague. */
let other: Browser;
let page: Page;
let second: Page;
let caseId: string;
let reference: string;

before(async () => {
  server = await startDemoServer();
  const father = demoCases.find((d) => d.key === 'auto-vader')!.household.members[0].name;
  const found = await sql<{ id: string; reference: string; step: number }>`
    select c.id, c.reference, c.step from cases c join person p on p.household_id = c.household_id
    where p.name = ${father} and c.status = 'active'`.execute(server.db.kysely);
  assert.equal(found.rows.length, 1, 'the father-and-car case is in the demo data');
  assert.equal(found.rows[0].step, 1, 'and waits at step 1');
  ({ id: caseId, reference } = found.rows[0]);
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

/** From the case page, through the step list, to step n. */
async function goToStep(n: number, name: string) {
  await page.goto(`${server.url}/casussen/${caseId}`);
  await page.getByRole('region', { name: 'Stappen' }).getByRole('link', { name: `Stap ${n}: ${name}` }).click();
  await page.getByRole('heading', { level: 1, name: `Stap ${n}: ${name}` }).waitFor();
}

async function completeStep(n: number) {
  const status = page.getByRole('region', { name: 'Stand van deze stap' });
  await status.getByText('Alles wat nodig is, is ingevuld. U kunt de stap afronden.').waitFor();
  await status.getByRole('button', { name: 'Markeer stap als afgerond' }).click();
  await status.getByRole('status').getByText(`Stap ${n} is afgerond. De casus staat nu bij stap ${n + 1}.`).waitFor();
  await expectAccessible(page);
}

/** Assesses one life domain in step 1. */
async function assess(domain: string, state: RegExp, note: string) {
  const domains = page.getByRole('region', { name: 'Leefgebieden' });
  const card = domains.getByRole('listitem').filter({ has: page.getByRole('heading', { name: domain, exact: true }) });
  await card.getByRole('button', { name: new RegExp(`^Beoordelen\\s*: ${domain.replace(/[()]/g, '\\$&')}$`) }).click();
  await card.getByRole('radio', { name: state }).check();
  await card.getByLabel('Wat speelt er?').fill(note);
  await card.getByLabel('Wie meldde dit?').fill('Intern begeleider van de school');
  await card.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await domains.getByRole('status').getByText(new RegExp(`^${domain.replace(/[()]/g, '\\$&')} is beoordeeld`)).waitFor();
}

/** Adds one involvement in step 2 from the price list. */
async function involve(organisation: string, service: string, unitsLabel: string, units: string) {
  const section = page.getByRole('region', { name: 'Betrokken organisaties' });
  await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await section.getByLabel('Organisatie', { exact: true }).fill(organisation);
  const select = section.getByLabel('Dienst', { exact: true });
  const value = await select.locator('option', { hasText: service }).getAttribute('value');
  assert.ok(value, 'the service is on the price list');
  await select.selectOption(value);
  await section.getByLabel(unitsLabel).fill(units);
  await section.getByLabel('Sinds').fill('2026-09-01');
  await section.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await section.getByRole('status').getByText(new RegExp(`^${organisation} is toegevoegd\\.`)).waitFor();
}

describe('the father and the car, from the seeds through the steps, the plan and a handover', () => {
  test('step 1: the story is there; the coordinator assesses where it burns and completes the step', async () => {
    await login(page, 'regisseur@voorbeeld.nl');
    await goToStep(1, 'Aanmelding & verhaal');
    await page.getByRole('region', { name: 'Het verhaal' }).getByText(/auto kapotgegaan/).waitFor();
    await expectAccessible(page);
    await assess('Financiën (schulden)', /^Onder druk/, 'De reparatie van de auto kost ongeveer 500 euro; dat geld is er niet.');
    await assess('Opvoeding en gezin', /^Onder druk/, 'De jongens raken van slag van vreemde chauffeurs en een volle bus.');
    await expectAccessible(page);
    await completeStep(1);
  });

  test('step 2: the taxi transport the municipality would arrange, and its yearly cost', async () => {
    await goToStep(2, 'Betrokkenen & kosten');
    // Two pupils in adapted transport for a school year: 2 × € 7.500.
    await involve('Gemeente, leerlingenvervoer', 'per leerling per schooljaar', 'Aantal keer het jaartarief', '2');
    await involve('Wijkteam Zuid', 'Wijkteam, begeleiding', 'Aantal uur per jaar', '40');
    const costs = page.getByRole('region', { name: 'Wat de huidige hulp per jaar kost' });
    await costs.getByText('Aantal betrokken organisaties: 2').waitFor();
    await page.waitForFunction(() => document.querySelector('.doorbraak-yearly-total__amount')?.textContent?.replace(/\s/g, ' ') === '€ 18.400');
    await expectAccessible(page);
    await completeStep(2);
  });

  test('step 3: the father says in his own words where he wants to be', async () => {
    await goToStep(3, 'Perspectief');
    await page.getByLabel('Waar wil het huishouden over een jaar staan?').fill('Ik breng mijn jongens zelf naar school, zoals altijd. Ze komen rustig aan.');
    await page.getByLabel('Wat heeft het huishouden nodig?').fill('Eenmalig hulp bij het betalen van de autoreparatie.');
    await page.getByLabel('Wat kan het netwerk doen?').fill('De buurman kan de auto naar de garage slepen.');
    await page.getByRole('button', { name: 'Perspectief opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Het perspectief is opgeslagen' }).waitFor();
    await expectAccessible(page);
    await completeStep(3);
  });

  test('step 4: the blocker, the rule, the breakthrough, and the cost sum on screen', async () => {
    await goToStep(4, 'Knelpunt & doorbraak');
    await page.getByLabel('Wat is het knelpunt?').fill('Het vervoer is geregeld als taxi; een autoreparatie past niet in een voorziening.');
    const kinds = page.getByRole('group', { name: 'Soort blokkade' });
    await kinds.getByRole('checkbox', { name: 'Geld', exact: true }).check();
    await kinds.getByRole('checkbox', { name: 'Een regel', exact: true }).check();
    await page.getByLabel('Zoek een regel').fill('bijzondere');
    await page.getByRole('checkbox', { name: /^Bijzondere bijstand \(Participatiewet/ }).check();
    await page.getByLabel('De voorgestelde doorbraak').fill('De gemeente betaalt de reparatie van de auto uit de bijzondere bijstand.');
    await page.getByLabel('Eenmalige kosten').fill('500');
    await page.getByLabel('Kosten per jaar').fill('0');
    await page.getByRole('button', { name: 'Knelpunt en doorbraak opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De kostensom hieronder is bijgewerkt' }).waitFor();

    // € 18.400 a year against € 500 once: € 17.900 avoided in the first year, € 91.500 in five.
    const table = page.getByRole('table', { name: /Kosten als alles blijft zoals het is/ });
    await table.getByRole('row', { name: /^1 jaar .*18\.400.*500.*17\.900/ }).waitFor();
    await table.getByRole('row', { name: /^5 jaar .*92\.000.*500.*91\.500/ }).waitFor();
    await page.getByText(/Nu zijn 2 organisaties betrokken\. Die ondersteuning kost .{1,3}18\.400 per jaar\./).waitFor();
    await expectAccessible(page);
    await completeStep(4);
  });

  test('the plan from steps 3 and 4, with an action for the father, as a PDF for the household', async () => {
    await page.goto(`${server.url}/casussen/${caseId}`);
    await page.getByRole('link', { name: 'Naar het perspectiefplan: acties, wie en wanneer' }).click();
    await page.getByRole('heading', { level: 1, name: /^Perspectiefplan/ }).waitFor();
    await page.getByRole('button', { name: 'Maak een voorstel uit stap 3 en 4' }).click();
    await page.getByRole('status').filter({ hasText: 'Het voorstel staat in het plan' }).waitFor();
    await expectAccessible(page);

    const actions = page.getByRole('region', { name: 'Wie doet wat' });
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByLabel('Wat gebeurt er?').fill('De auto naar de garage brengen en de rekening doorsturen');
    await page.getByRole('radio', { name: 'Het huishouden zelf' }).check();
    await page.getByLabel('Wanneer klaar?').fill('2030-01-15');
    await actions.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De actie is toegevoegd.' }).waitFor();
    await expectAccessible(page);

    const href = await page.getByRole('link', { name: /plan als PDF/ }).getAttribute('href');
    assert.ok(href);
    const response = await page.request.get(new URL(href, server.url).toString());
    assert.equal(response.status(), 200);
    const parser = new PDFParse({ data: new Uint8Array(await response.body()) });
    const text = (await parser.getText()).text.replace(/\s+/g, ' ');
    await parser.destroy();
    assert.match(text, /Perspectiefplan/);
    assert.match(text, /Ik breng mijn jongens zelf naar school/);
    assert.match(text, /De auto naar de garage brengen en de rekening doorsturen/);
    assert.match(text, /Rachid Regisseur/, "the coordinator's name");
    assert.match(text, /070 353 00 01|regisseur@voorbeeld\.nl/, 'how to reach the coordinator');
  });

  test('the coordinator hands the case to a colleague, who accepts', async () => {
    await page.goto(`${server.url}/casussen/${caseId}`);
    const panel = page.getByRole('region', { name: 'Warme overdracht' });
    await panel.getByRole('button', { name: 'Casus overdragen aan een collega' }).click();
    await panel.getByLabel('Collega-regisseur').selectOption({ label: 'Chris Collega (Doorbraakteam)' });
    await panel.getByLabel('Overdrachtsnotitie').fill('Stap 1 tot 4 zijn klaar; het besluit over de reparatie moet nog genomen worden.');
    await panel.getByRole('button', { name: 'Casus aanbieden' }).click();
    await panel.getByText('Wacht op acceptatie: u blijft de regisseur.').waitFor();
    await expectAccessible(page);

    await login(second, 'collega@voorbeeld.nl');
    await second.goto(`${server.url}/inbox`);
    await second.getByRole('region', { name: 'Aan u aangeboden' }).getByRole('link', { name: reference }).click();
    const offer = second.getByRole('region', { name: 'Warme overdracht' });
    await offer.getByRole('button', { name: 'Casus aannemen' }).click();
    await second.getByText('U heeft de casus aangenomen. U bent nu de regisseur.').waitFor();
    await second.getByRole('region', { name: 'Vaste contactpersoon' }).getByText('Chris Collega').waitFor();
    await expectAccessible(second);

    const steps = await sql<{ n: number }>`select count(*)::int as n from case_step where case_id = ${caseId} and completed_at is not null`
      .execute(server.db.kysely);
    assert.equal(steps.rows[0].n, 4, 'steps 1 to 4 are complete');
  });
});
