import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RawBuilder, sql } from 'kysely';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// The frame around the six steps in the browser: step states, completing (refused while something
// is missing) and reopening, a warm handover accepted by a colleague in another browser, and
// closing a case with the resident's own words and the follow-ups it plans.
// Residents' names never go into test names or messages: the run scans all output.

let server: Running;
let browser: Browser;
/** A second browser (Chromium here may share cookies between contexts) for the colleague. */
let other: Browser;
let page: Page;
let second: Page;
/** An active case at step 1 with a life domain still to assess. */
let incomplete: { id: string; reference: string };
/** An active case put at step 3, with everything step 3 needs. */
let ready: { id: string; reference: string };
/** Another active case of the coordinator, to close. */
let closing: { id: string; reference: string };
/** The demo case the coordinator already offered to the colleague. */
let offered: { id: string; reference: string };

async function one(query: RawBuilder<unknown>): Promise<{ id: string; reference: string }> {
  const rows = (await query.execute(server.db.kysely)).rows as { id: string; reference: string }[];
  assert.ok(rows.length, 'a demo case that fits');
  return rows[0];
}

before(async () => {
  server = await startDemoServer();
  const free = sql`c.status = 'active' and not exists (select 1 from handover h where h.case_id = c.id and h.status = 'offered')`;
  incomplete = await one(sql`select c.id, c.reference from cases c where ${free} and c.step = 1
    and not exists (select 1 from life_domain_assessment l where l.case_id = c.id) order by c.reference limit 1`);
  ready = await one(sql`select c.id, c.reference from cases c join perspective p on p.case_id = c.id where ${free} and c.step >= 3
    and length(trim(p.own_words)) > 0 and length(trim(p.needs)) > 0 order by c.step, c.reference limit 1`);
  // Steps 1 and 2 done, the case at step 3 with what step 3 needs: whatever the demo data did after that is undone.
  await sql`update case_step set completed_at = null, completed_by = null where case_id = ${ready.id} and step >= 3`.execute(server.db.kysely);
  await sql`update cases set step = 3 where id = ${ready.id}`.execute(server.db.kysely);
  offered = await one(sql`select c.id, c.reference from cases c join handover h on h.case_id = c.id where h.status = 'offered' limit 1`);
  closing = await one(sql`select c.id, c.reference from cases c where ${free} and c.id not in (${incomplete.id}, ${ready.id})
    order by c.step desc, c.reference limit 1`);
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

async function openCase(p: Page, id: string) {
  await p.goto(`${server.url}/casussen/${id}`);
  await p.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
  await p.getByRole('region', { name: 'Stappen' }).waitFor();
}

async function openStep(p: Page, id: string, step: number) {
  await p.goto(`${server.url}/casussen/${id}/stap/${step}`);
  await p.getByRole('region', { name: 'Stand van deze stap' }).waitFor();
}

/** The item of a step in the step list of the page (case page or step navigation). */
const stepItem = (scope: Locator, n: number) =>
  scope.getByRole('listitem').filter({ has: scope.page().getByRole('link', { name: new RegExp(`^Stap ${n}:`) }) });

describe('the six steps, handover and closure in the browser', () => {
  test('the case page shows the six steps with their state, each linking to its page', async () => {
    await login(page, 'regisseur@voorbeeld.nl');
    await openCase(page, ready.id);
    const steps = page.getByRole('region', { name: 'Stappen' });
    assert.equal(await steps.getByRole('listitem').count(), 6);
    await stepItem(steps, 1).getByText('Afgerond').waitFor();
    await stepItem(steps, 2).getByText('Afgerond').waitFor();
    await stepItem(steps, 3).getByText('Bezig (huidige stap)').waitFor();
    assert.equal(await stepItem(steps, 3).getAttribute('aria-current'), 'step');
    await expectAccessible(page);

    await steps.getByRole('link', { name: 'Stap 3: Perspectief' }).click();
    await page.waitForURL(`${server.url}/casussen/${ready.id}/stap/3`);
    await page.getByRole('heading', { level: 1, name: 'Stap 3: Perspectief' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Stappen van deze casus' });
    assert.equal(await nav.getByRole('link', { name: 'Stap 3: Perspectief' }).getAttribute('aria-current'), 'page');
    await page.getByRole('navigation', { name: 'Vorige en volgende stap' }).getByRole('link', { name: /Volgende: stap 4/ }).waitFor();
    await expectAccessible(page);
  });

  test('completing a step with something missing is refused with the list of what is missing', async () => {
    // This household also came back within a year of a closed case: the case page says so.
    await sql`update cases set recurrence_of = (select id from cases where status = 'closed' limit 1) where id = ${incomplete.id}`
      .execute(server.db.kysely);
    await openCase(page, incomplete.id);
    await page.getByRole('heading', { name: 'Dit huishouden kwam binnen een jaar terug' }).waitFor();
    await page.getByRole('link', { name: /^Bekijk casus / }).waitFor();
    await expectAccessible(page);

    await openStep(page, incomplete.id, 1);
    const status = page.getByRole('region', { name: 'Stand van deze stap' });
    await status.getByRole('list', { name: 'Dit is nog nodig om de stap af te ronden' }).getByText('Beoordeel ten minste één leefgebied').waitFor();
    await expectAccessible(page);

    await status.getByRole('button', { name: 'Markeer stap als afgerond' }).click();
    const refusal = status.getByRole('alert');
    await refusal.getByText('Deze stap kan nog niet worden afgerond. Dit ontbreekt nog:').waitFor();
    await refusal.getByRole('listitem').filter({ hasText: 'Beoordeel ten minste één leefgebied' }).waitFor();
    const row = await sql<{ n: number }>`select count(*)::int as n from case_step where case_id = ${incomplete.id} and completed_at is not null`
      .execute(server.db.kysely);
    assert.equal(row.rows[0].n, 0, 'nothing was completed');
    await expectAccessible(page);
  });

  test('a complete step is marked complete, then reopened with a reason, both on the timeline', async () => {
    await openStep(page, ready.id, 3);
    const status = page.getByRole('region', { name: 'Stand van deze stap' });
    await status.getByText('Alles wat nodig is, is ingevuld. U kunt de stap afronden.').waitFor();
    await status.getByRole('button', { name: 'Markeer stap als afgerond' }).click();
    await status.getByRole('status').getByText('Stap 3 is afgerond. De casus staat nu bij stap 4.').waitFor();
    const nav = page.getByRole('navigation', { name: 'Stappen van deze casus' });
    await stepItem(nav, 3).getByText('Afgerond', { exact: true }).waitFor();
    await stepItem(nav, 4).getByText('Bezig (huidige stap)').waitFor();
    await expectAccessible(page);

    await status.getByRole('button', { name: 'Heropen stap' }).click();
    await status.getByLabel('Waarom gaat de stap weer open? (niet verplicht)').fill('Het huishouden wil het perspectief aanvullen.');
    await expectAccessible(page);
    await status.getByRole('button', { name: 'Stap heropenen' }).click();
    await status.getByRole('status').getByText('Stap 3 is weer open. De casus staat nu bij stap 3.').waitFor();
    await status.getByText('Reden: Het huishouden wil het perspectief aanvullen.').waitFor();
    await stepItem(nav, 3).getByText('Bezig (huidige stap)').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: `Terug naar casus ${ready.reference}` }).click();
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText('Stap 3 heropend: Perspectief').first().waitFor();
    await timeline.getByText('Stap 3 afgerond: Perspectief').first().waitFor();
    await expectAccessible(page);
  });

  test('the coordinator offers the case to a colleague; someone who cannot coordinate is refused at the field', async () => {
    await openCase(page, ready.id);
    const panel = page.getByRole('region', { name: 'Warme overdracht' });
    await panel.getByRole('button', { name: 'Casus overdragen aan een collega' }).click();
    const colleague = panel.getByLabel('Collega-regisseur');
    await colleague.selectOption({ label: 'Chris Collega (Doorbraakteam)' });
    await panel.getByLabel('Overdrachtsnotitie').fill('Ik ga met verlof. Het perspectief wordt aangevuld; bel eerst de huisarts.');
    await expectAccessible(page);

    // The list holds only coordinators, so the server's refusal is forced once by changing the request.
    const decider = await sql<{ id: string }>`select id from app_user where email = 'beslisser@voorbeeld.nl'`.execute(server.db.kysely);
    await page.route('**/handover', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}');
      await route.continue({ postData: JSON.stringify({ ...body, toUserId: decider.rows[0].id }) });
    }, { times: 1 });
    await panel.getByRole('button', { name: 'Casus aanbieden' }).click();
    await panel.getByRole('alert').waitFor();
    assert.equal(await colleague.getAttribute('aria-invalid'), 'true');
    await panel.locator('.utrecht-form-field-error-message', { hasText: 'geen regisseur' }).waitFor();
    await expectAccessible(page);

    await panel.getByRole('button', { name: 'Casus aanbieden' }).click();
    await page.getByText('De casus is aangeboden aan Chris Collega. U blijft regisseur tot Chris Collega de casus aanneemt.').waitFor();
    await panel.getByText('Wacht op acceptatie: u blijft de regisseur.').waitFor();
    await page.getByRole('region', { name: 'Vaste contactpersoon' }).getByText('Rachid Regisseur').waitFor();
    await expectAccessible(page);
  });

  test('the colleague finds the offer in the inbox, opens the case and accepts it', async () => {
    await login(second, 'collega@voorbeeld.nl');
    await second.goto(`${server.url}/inbox`);
    const offers = second.getByRole('region', { name: 'Aan u aangeboden' });
    const row = offers.getByRole('row').filter({ hasText: ready.reference });
    await row.getByText('Rachid Regisseur').waitFor();
    await expectAccessible(second);

    await row.getByRole('link', { name: ready.reference }).click();
    await second.waitForURL((url) => url.pathname === `/casussen/${ready.id}`);
    const panel = second.getByRole('region', { name: 'Warme overdracht' });
    await panel.getByRole('heading', { name: 'Rachid Regisseur biedt u deze casus aan' }).waitFor();
    await panel.getByText(/bel eerst de huisarts/).waitFor();
    await expectAccessible(second);

    await panel.getByRole('button', { name: 'Casus aannemen' }).click();
    await second.getByText('U heeft de casus aangenomen. U bent nu de regisseur.').waitFor();
    await second.getByRole('region', { name: 'Vaste contactpersoon' }).getByText('Chris Collega').waitFor();
    await second.getByRole('region', { name: 'Tijdlijn' }).getByText('Overdracht aangenomen: er is een nieuwe regisseur').waitFor();
    await expectAccessible(second);

    await openCase(page, ready.id);
    await page.getByRole('region', { name: 'Vaste contactpersoon' }).getByText('Chris Collega').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Casus overdragen aan een collega' }).count(), 0);
    await expectAccessible(page);
  });

  test('the colleague refuses another offer with a reason, which the coordinator reads', async () => {
    await second.goto(`${server.url}/inbox`);
    const row = second.getByRole('region', { name: 'Aan u aangeboden' }).getByRole('row').filter({ hasText: offered.reference });
    await row.getByRole('link', { name: offered.reference }).click();
    await second.waitForURL((url) => url.pathname === `/casussen/${offered.id}`);
    const panel = second.getByRole('region', { name: 'Warme overdracht' });
    await panel.getByRole('button', { name: 'Weigeren' }).click();
    await panel.getByRole('button', { name: 'Weigering versturen' }).click();
    await panel.getByRole('alert').getByRole('link', { name: 'Geef een reden: de regisseur leest deze' }).waitFor();
    await expectAccessible(second);
    await panel.getByLabel('Waarom weigert u?').fill('Ik heb deze maand geen ruimte voor een nieuwe casus.');
    await panel.getByRole('button', { name: 'Weigering versturen' }).click();
    await second.getByText(/U heeft de overdracht geweigerd\. Rachid Regisseur blijft de regisseur/).waitFor();
    // The read access came with the offer and ends with the refusal.
    await second.getByText('U ziet deze casus niet meer, omdat u de overdracht heeft geweigerd.').waitFor();
    await expectAccessible(second);

    await openCase(page, offered.id);
    const own = page.getByRole('region', { name: 'Warme overdracht' });
    await own.getByRole('button', { name: 'Eerdere overdrachten tonen' }).click();
    const history = own.getByRole('table', { name: /Eerdere overdrachten/ });
    await history.getByText(/Geweigerd.*geen ruimte voor een nieuwe casus/).waitFor();
    await own.getByRole('button', { name: 'Casus overdragen aan een collega' }).waitFor();
    await expectAccessible(page);
  });

  test('a temporary takeover needs a return date that is not in the past', async () => {
    await openStep(page, incomplete.id, 6);
    const kind = page.getByRole('region', { name: 'Soort casus' });
    await kind.getByRole('radio', { name: /^Overname/ }).check();
    await kind.getByRole('button', { name: 'Soort opslaan' }).click();
    await kind.getByRole('alert').getByRole('link', { name: 'Vul in wanneer de casus teruggaat naar de verwijzer' }).waitFor();
    await expectAccessible(page);

    const date = kind.getByLabel('Datum van teruggave');
    await date.fill('2020-01-15');
    await kind.getByRole('button', { name: 'Soort opslaan' }).click();
    await kind.locator('.utrecht-form-field-error-message', { hasText: 'De datum van teruggave ligt in het verleden' }).waitFor();
    assert.equal(await date.getAttribute('aria-invalid'), 'true');
    await expectAccessible(page);

    const later = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await date.fill(later);
    await kind.getByRole('button', { name: 'Soort opslaan' }).click();
    await kind.getByText('Opgeslagen: de soort is nu Overname.').waitFor();
    await kind.getByText(/^Overname: u neemt de casus tijdelijk over/).first().waitFor();
    await expectAccessible(page);
  });

  test('closing a case needs the outcome and the resident’s words, and plans follow-ups at 3, 6 and 12 months', async () => {
    await openStep(page, closing.id, 6);
    await page.getByRole('heading', { level: 1, name: 'Stap 6: Uitvoeren, volgen & leren' }).waitFor();
    await page.getByRole('link', { name: /Naar het perspectiefplan/ }).waitFor();
    const closure = page.getByRole('region', { name: 'Afsluiten en nazorg' });
    await expectAccessible(page);

    await closure.getByRole('button', { name: 'Casus afsluiten' }).click();
    const summary = closure.getByRole('alert');
    await summary.getByRole('link', { name: 'Kies de uitkomst' }).waitFor();
    await summary.getByRole('link', { name: /in de woorden van de inwoner/ }).waitFor();
    await expectAccessible(page);

    await closure.getByRole('radio', { name: 'Doorbraak gelukt', exact: true }).check();
    await closure.getByLabel('In de woorden van de inwoner').fill('Er is eindelijk rust. We weten weer waar we aan toe zijn.');
    await closure.getByLabel(/^Toelichting/).fill('De oplossing loopt via de vaste contactpersoon.');
    await closure.getByRole('button', { name: 'Casus afsluiten' }).click();
    await closure.getByText('De casus is afgesloten. De nazorg is gepland na 3, 6 en 12 maanden.').waitFor();
    const followUps = closure.getByRole('table', { name: /Nazorg na het afsluiten/ });
    for (const months of [3, 6, 12]) await followUps.getByRole('rowheader', { name: `Na ${months} maanden` }).waitFor();
    await closure.getByText('Er is eindelijk rust. We weten weer waar we aan toe zijn.').waitFor();
    await expectAccessible(page);

    await followUps.getByRole('button', { name: 'Nazorg na 3 maanden vastleggen' }).click();
    await closure.getByRole('radio', { name: 'De oplossing houdt stand' }).check();
    await expectAccessible(page);
    await closure.getByRole('button', { name: 'Nazorg vastleggen' }).click();
    await closure.getByText('De nazorg na 3 maanden is vastgelegd.').waitFor();
    await followUps.getByRole('row').filter({ hasText: 'Na 3 maanden' }).getByText('De oplossing houdt stand').waitFor();
    await expectAccessible(page);

    await openCase(page, closing.id);
    const onCase = page.getByRole('region', { name: 'Afsluiten en nazorg' });
    await onCase.getByText('Doorbraak gelukt').waitFor();
    await onCase.getByText(/Volgende: na 6 maanden/).waitFor();
    await expectAccessible(page);
  });
});
