import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// The network directory (sociale kaart) in the browser. A coordinator searches it in Dutch and by
// kind of organisation, adds a contact (refused at the e-mail field first), changes one (and sees
// plainly when someone else changed it first), and links the police officer from the directory to
// the police involved in a case in step 2. Axe runs on every page. Residents' names never go into
// test names or messages: the run scans all output.

let server: Running;
let browser: Browser;
let page: Page;
let caseId: string;

before(async () => {
  server = await startDemoServer();
  // A running case of the coordinator with the police among the organisations involved, not yet linked.
  const row = (await sql<{ id: string }>`
    select c.id from cases c join involvement i on i.case_id = c.id
    join case_member m on m.case_id = c.id join app_user u on u.id = m.user_id
    where i.organisation = 'Politie' and c.status = 'active' and u.email = 'regisseur@voorbeeld.nl'
      and not exists (select 1 from involvement_contact l where l.involvement_id = i.id)
    limit 1`.execute(server.db.kysely)).rows[0];
  assert.ok(row, 'a demo case with the police involved');
  caseId = row.id;
  ({ browser, page } = await openBrowser());
  await logIn(page, server.url, 'regisseur@voorbeeld.nl');
});
after(async () => {
  await browser?.close();
  await server?.close();
  await server?.db.close();
});

const results = () => page.getByRole('region', { name: 'Contacten' });

describe('the network directory in the browser', () => {
  test('a coordinator searches the directory in Dutch and by kind of organisation', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Sociale kaart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sociale kaart' }).waitFor();
    await results().getByRole('status').filter({ hasText: '15 contacten gevonden.' }).waitFor();
    await expectAccessible(page);

    const search = page.getByRole('search', { name: 'Zoeken' });
    await search.getByLabel('Zoekwoorden').fill('verrekening stopzetten');
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await results().getByRole('link', { name: 'Linda Smeets' }).waitFor();
    assert.ok(await results().getByText('Verrekening stopzetten of terugdraaien', { exact: false }).count() >= 1, 'what she can decide is on the card');

    await search.getByLabel('Zoekwoorden').fill('');
    await search.getByLabel('Soort organisatie').selectOption({ label: 'IND' });
    await search.getByRole('button', { name: 'Zoeken' }).click();
    await results().getByRole('status').filter({ hasText: 'Eén contact gevonden.' }).waitFor();
    await results().getByRole('link', { name: 'Yara Benali' }).waitFor();
    await expectAccessible(page);

    await results().getByRole('link', { name: 'Yara Benali' }).click();
    await page.getByRole('heading', { level: 1, name: 'Yara Benali' }).waitFor();
    await page.getByRole('link', { name: 'y.benali@example.nl' }).waitFor();
    await expectAccessible(page);
  });

  test('adds a contact: a wrong e-mail address is refused at the field first', async () => {
    await page.goto(`${server.url}/netwerk`);
    await page.getByRole('button', { name: 'Contact toevoegen' }).click();
    const form = page.getByRole('form', { name: 'Nieuw contact' });
    await form.getByLabel('Naam', { exact: true }).fill('Sara Vos');
    await form.getByLabel('Organisatie', { exact: true }).fill('UWV');
    await form.getByLabel('Soort organisatie').selectOption({ label: 'UWV' });
    await form.getByLabel('Functie of rol').fill('Arbeidsdeskundige');
    await form.getByLabel('Wat kan deze persoon beslissen of regelen?').fill('Een herbeoordeling versnellen bij een dreigende crisis.');
    await form.getByRole('checkbox', { name: 'Inkomen' }).check();
    await form.getByLabel('E-mailadres').fill('geen-adres');
    await form.getByRole('button', { name: 'Contact opslaan' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Vul een geldig e-mailadres in' }).waitFor();
    assert.equal(await form.getByLabel('E-mailadres').getAttribute('aria-invalid'), 'true');
    await expectAccessible(page);

    await form.getByLabel('E-mailadres').fill('s.vos@example.nl');
    await form.getByRole('button', { name: 'Contact opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Sara Vos staat nu op de sociale kaart.' }).waitFor();
    await results().getByRole('link', { name: 'Sara Vos' }).waitFor();
    const stored = await server.db.kysely.selectFrom('network_contact').select(['organisation_kind', 'life_domains', 'email']).where('name', '=', 'Sara Vos').executeTakeFirstOrThrow();
    assert.deepEqual([stored.organisation_kind, stored.life_domains, stored.email], ['uwv', ['income'], 's.vos@example.nl']);
    await expectAccessible(page);
  });

  test('changes a contact; when someone else saved first, the page says so and keeps the text', async () => {
    await results().getByRole('link', { name: 'Sara Vos' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sara Vos' }).waitFor();
    await page.getByRole('button', { name: 'Contact wijzigen' }).click();
    const form = page.getByRole('form', { name: 'Sara Vos wijzigen' });
    await form.getByLabel('Hoe en wanneer bereikbaar?').fill('Bellen op dinsdag en donderdag.');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen van Sara Vos zijn opgeslagen.' }).waitFor();
    await page.getByText('Bellen op dinsdag en donderdag.').waitFor();
    await expectAccessible(page);

    // A colleague saves in between: the version this form read is no longer the stored one.
    await page.getByRole('button', { name: 'Contact wijzigen' }).click();
    await server.db.kysely.updateTable('network_contact').set({ version: sql`version + 1`, role: 'Arbeidsdeskundige UWV' }).where('name', '=', 'Sara Vos').execute();
    await form.getByLabel('Functie of rol').fill('Senior arbeidsdeskundige');
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('alert').getByText(/Iemand anders heeft dit contact net gewijzigd/).waitFor();
    assert.equal(await form.getByLabel('Functie of rol').inputValue(), 'Senior arbeidsdeskundige', 'what was typed stays');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Haal de nieuwste versie op' }).click();
    await page.getByRole('region', { name: 'Zo staat het nu opgeslagen' }).getByText('Arbeidsdeskundige UWV').waitFor();
    await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De wijzigingen van Sara Vos zijn opgeslagen.' }).waitFor();
    await page.getByText('Senior arbeidsdeskundige', { exact: false }).first().waitFor();
    await expectAccessible(page);
  });

  test('links the police officer from the directory to the police involved in a case, in step 2', async () => {
    await page.goto(`${server.url}/casussen/${caseId}/stap/2`);
    const section = page.getByRole('region', { name: 'Contactpersonen uit de sociale kaart' });
    const table = section.getByRole('table', { name: 'Contact uit de sociale kaart per betrokken organisatie' });
    await table.getByRole('row', { name: /^Politie.*Nog niet gekoppeld/ }).waitFor();
    await expectAccessible(page);

    await section.getByRole('button', { name: /^Contact koppelen\s*: Politie/ }).click();
    const form = page.getByRole('form', { name: 'Contact koppelen aan Politie' });
    assert.equal(await form.getByLabel('Zoek in de sociale kaart').inputValue(), 'Politie', 'the search starts from the organisation');
    await form.getByRole('radio', { name: /Erik Schouten, Wijkagent/ }).waitFor();
    // Nothing chosen: said at the choice.
    await form.getByRole('button', { name: 'Koppelen' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Kies een contact uit de lijst' }).waitFor();
    await expectAccessible(page);

    await form.getByRole('radio', { name: /Erik Schouten, Wijkagent/ }).check();
    await form.getByRole('button', { name: 'Koppelen' }).click();
    await page.getByRole('status').filter({ hasText: 'Erik Schouten is nu gekoppeld aan Politie.' }).waitFor();
    await table.getByRole('row', { name: /^Politie/ }).getByRole('link', { name: 'Erik Schouten' }).waitFor();
    await expectAccessible(page);

    const linked = await sql<{ name: string }>`
      select n.name from involvement_contact l join involvement i on i.id = l.involvement_id join network_contact n on n.id = l.contact_id
      where i.case_id = ${caseId} and i.organisation = 'Politie'`.execute(server.db.kysely);
    assert.deepEqual(linked.rows.map((r) => r.name), ['Erik Schouten']);

    // The contact's page counts the link, without saying which case.
    await table.getByRole('link', { name: 'Erik Schouten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erik Schouten' }).waitFor();
    await page.getByText('Aantal keer gekoppeld aan een betrokken organisatie in een casus: 1.').waitFor();
    await expectAccessible(page);
  });

  test('a partner with the involvements shared sees the linked contact, but no link into the directory', async () => {
    // The housing corporation's partner joins this case for the involvements, on a recorded legal basis.
    await sql`
      with ids as (
        select c.tenant_id, c.id as case_id, (select id from app_user where email = 'partner@woonstad.nl') as partner,
          (select id from app_user where email = 'regisseur@voorbeeld.nl') as coordinator
        from cases c where c.id = ${caseId}
      ), basis as (
        insert into share_basis (tenant_id, id, case_id, organisation, sections, legal_basis, article, recorded_by)
        select tenant_id, gen_random_uuid(), case_id, 'Woningcorporatie Woonstad', '{involvements}', 'public_task', 'art. 1.1 Wmo 2015', coordinator from ids
      )
      insert into case_member (tenant_id, case_id, user_id, role, sections, organisation, added_by)
      select tenant_id, case_id, partner, 'reader', '{involvements}', 'Woningcorporatie Woonstad', coordinator from ids`.execute(server.db.kysely);
    const partner = await openBrowser();
    try {
      await logIn(partner.page, server.url, 'partner@woonstad.nl');
      await partner.page.goto(`${server.url}/casussen/${caseId}/stap/2`);
      const row = partner.page.getByRole('region', { name: 'Contactpersonen uit de sociale kaart' }).getByRole('row', { name: /^Politie/ });
      await row.getByText('Erik Schouten').waitFor();
      assert.equal(await row.getByRole('link').count(), 0, 'partners do not open the directory');
      await expectAccessible(partner.page);
    } finally {
      await partner.browser.close();
    }
  });
});
