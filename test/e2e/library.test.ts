import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type RawBuilder, sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// The solutions library in the browser. The coordinator searches in Dutch (other word forms count,
// odd input gives results or an empty list), filters on a rule, reads an entry, sees a similar
// solution in step 4 of a case that has no breakthrough yet, and publishes the breakthrough of a
// closed case: refused while the text still holds a phone number, published once it is clean, with a
// request to share. The privacy officer approves sharing. Axe runs on every page. Residents' names
// never go into test names or messages: the run scans all output.

let server: Running;
let coordinatorBrowser: Browser;
let officerBrowser: Browser;
let page: Page;
let officer: Page;
/** An active case of the coordinator, put at step 4 with a blocker but no breakthrough yet. */
let step4: { id: string };
/** The dog-shelter case of the demo, closed with a breakthrough for this test. */
let closed: { id: string };

const COORDINATOR = 'regisseur@voorbeeld.nl';
const BRP_TITLES = ['Briefadres en afspraken met Toeslagen bij tijdelijk inwonen bij familie',
  'Tijdelijk identiteitsbewijs en uitleg over een uitkering tijdens een verblijfsprocedure'];
const PUBLISHED = {
  title: 'Drie maanden dierenpension zodat een dakloze vrouw kon afkicken',
  problem: 'Een dakloze vrouw kon worden opgenomen in een afkickkliniek, maar wilde niet zonder zekerheid over haar hond.',
  blocker: 'De kliniek laat geen honden toe en een dierenpension wordt nergens uit betaald.',
  breakthrough: 'De gemeente betaalt drie maanden dierenpension, met de afspraak dat zij haar hond daarna terugkrijgt.',
};
const PHONE = 'Zij is na de opname bereikbaar op 06-12345678.';
const CLEAN_OUTCOME = 'Zij ging de volgende dag naar de kliniek.';

async function one(query: RawBuilder<unknown>): Promise<{ id: string }> {
  const rows = (await query.execute(server.db.kysely)).rows as { id: string }[];
  assert.ok(rows.length, 'a demo case that fits');
  return rows[0];
}

before(async () => {
  server = await startDemoServer();
  const db = server.db.kysely;
  const mine = sql`c.coordinator_id = (select id from app_user where email = ${COORDINATOR})`;
  closed = await one(sql`select c.id from cases c join blocker b on b.case_id = c.id where ${mine} and b.proposed_step like '%dierenpension%' limit 1`);
  await sql`update cases set status = 'closed', outcome = 'breakthrough', closed_at = now() where id = ${closed.id}`.execute(db);

  // Step 4 of another running case: blocked by registration under the Wet BRP, no breakthrough proposed.
  step4 = await one(sql`select c.id from cases c where ${mine} and c.status = 'active' and c.id <> ${closed.id}
    and not exists (select 1 from blocker b where b.case_id = c.id and b.proposed_step is not null) order by c.reference limit 1`);
  await sql`update cases set step = 4 where id = ${step4.id}`.execute(db);
  await sql`insert into blocker (tenant_id, case_id, problem, blocked_by, kinds)
    select tenant_id, id, 'Geen eigen woning meer en slaapt tijdelijk bij familie.', 'Zonder inschrijving op een adres komt er geen uitkering.', array['registration']
    from cases where id = ${step4.id}
    on conflict (tenant_id, case_id) do update set problem = excluded.problem, blocked_by = excluded.blocked_by, kinds = excluded.kinds, proposed_step = null`.execute(db);
  await sql`delete from blocker_rule where case_id = ${step4.id}`.execute(db);
  await sql`insert into blocker_rule (tenant_id, case_id, rule_id)
    select c.tenant_id, c.id, r.id from cases c join rule r on r.tenant_id = c.tenant_id and r.code = 'BRP-2.39' where c.id = ${step4.id}`.execute(db);

  ({ browser: coordinatorBrowser, page } = await openBrowser());
  ({ browser: officerBrowser, page: officer } = await openBrowser());
});
after(async () => {
  await coordinatorBrowser?.close();
  await officerBrowser?.close();
  await server?.close();
  await server?.db.close();
});

const results = () => page.getByRole('region', { name: 'Gevonden oplossingen' });
const resultCount = () => results().getByRole('status');

async function searchFor(words: string) {
  const form = page.getByRole('search', { name: 'Zoeken' });
  await form.getByLabel('Zoekwoorden').fill(words);
  await form.getByRole('button', { name: 'Zoeken', exact: true }).click();
}

describe('the solutions library in the browser', () => {
  test('search finds other word forms; odd input gives results or an empty list; paging', async () => {
    await logIn(page, server.url, COORDINATOR);
    await page.goto(`${server.url}/bibliotheek`);
    await page.getByRole('heading', { level: 1, name: 'Oplossingenbibliotheek' }).waitFor();
    const count = await resultCount().filter({ hasText: /gevonden/ }).textContent();
    const total = Number(/(\d+) oplossingen gevonden/.exec(count ?? '')?.[1]);
    assert.ok(total > 10, 'the demo library needs more than one page');
    const pages = Math.ceil(total / 10);
    await results().getByText(`Pagina 1 van ${pages}`).waitFor();
    await results().getByRole('button', { name: 'Volgende pagina' }).click();
    await results().getByText(`Pagina 2 van ${pages}`).waitFor();
    await expectAccessible(page);

    // "aanvragen" finds an entry that says "aanvraag".
    await searchFor('aanvragen');
    await results().getByRole('link', { name: BRP_TITLES[1] }).waitFor();
    await expectAccessible(page);

    for (const odd of ['"aanvraag & | ! <-> :* (', "'; drop table library_entry; --", 'x'.repeat(5000), '🐕 -hond or']) {
      await searchFor(odd);
      await resultCount().filter({ hasText: /oplossingen? gevonden/ }).waitFor();
      assert.equal(await page.getByRole('alert').count(), 0, 'odd input shows no error');
    }
    await searchFor('de het een');
    await page.getByText(/Uw zoekwoorden komen in bijna elke tekst voor/).waitFor();
    assert.ok(await results().getByRole('listitem').count() > 0, 'only stop words: the filters alone decide');
  });

  test('a filter on a rule, and the entry page with the cost sum', async () => {
    await page.getByRole('button', { name: 'Alles wissen' }).click();
    const form = page.getByRole('search', { name: 'Zoeken' });
    await form.getByLabel('Regel').selectOption({ value: 'BRP-2.39' });
    await form.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await resultCount().filter({ hasText: '2 oplossingen gevonden.' }).waitFor();
    for (const title of BRP_TITLES) await results().getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);

    await results().getByRole('link', { name: BRP_TITLES[0] }).click();
    await page.getByRole('heading', { level: 1, name: BRP_TITLES[0] }).waitFor();
    await page.getByRole('region', { name: 'De doorbraak' }).getByText(/briefadres bij het wijkteam/).waitFor();
    await page.getByRole('table', { name: 'Kostensom: doormodderen tegenover doorbreken' }).getByRole('row', { name: /^5 jaar/ }).waitFor();
    await page.getByText(/BRP-2\.39/).first().waitFor();
    await page.getByRole('button', { name: 'Teksten wijzigen' }).waitFor();
    await expectAccessible(page);

    // Back to the library: the search is still there.
    await page.getByRole('link', { name: 'Terug naar de bibliotheek' }).click();
    await resultCount().filter({ hasText: '2 oplossingen gevonden.' }).waitFor();
  });

  test('in step 4 of a case without a breakthrough the coordinator sees a similar solution and why', async () => {
    await page.goto(`${server.url}/casussen/${step4.id}/stap/4`);
    const similar = page.getByRole('region', { name: 'Vergelijkbare oplossingen uit de bibliotheek' });
    const card = similar.getByRole('listitem').filter({ has: page.getByRole('link', { name: BRP_TITLES[0] }) });
    await card.getByText('Zelfde regel: BRP-2.39').waitFor();
    await card.getByText('Zelfde soort blokkade: Registratie').waitFor();
    await expectAccessible(page);
    await card.getByRole('link', { name: BRP_TITLES[0] }).click();
    await page.getByRole('heading', { level: 1, name: BRP_TITLES[0] }).waitFor();
  });

  test('publishing from a closed case is refused while a phone number remains, and succeeds once clean', async () => {
    await page.goto(`${server.url}/casussen/${closed.id}/stap/6`);
    await page.getByRole('link', { name: 'Doorbraak publiceren in de bibliotheek' }).click();
    await page.getByRole('heading', { level: 1, name: 'Doorbraak publiceren in de bibliotheek' }).waitFor();
    const form = page.getByRole('form', { name: 'De teksten' });
    // The proposal from step 4 still names the household; that shows before anything is typed.
    assert.match(await form.getByLabel('De doorbraak').inputValue(), /dierenpension/);
    await page.getByText(/staat nog iets dat naar het huishouden leidt/).waitFor();
    await page.getByRole('region', { name: 'Wat de casus meegeeft' }).getByText(/PW-35/).waitFor();
    await expectAccessible(page);

    await form.getByLabel('Titel').fill(PUBLISHED.title);
    await form.getByLabel('Het probleem').fill(PUBLISHED.problem);
    await form.getByLabel('Wat blokkeerde de oplossing').fill(PUBLISHED.blocker);
    await form.getByLabel('De doorbraak').fill(PUBLISHED.breakthrough);
    await form.getByLabel('Wat het opleverde').fill(PHONE);
    await form.getByRole('button', { name: 'Controleren' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Wat het opleverde: .*een telefoonnummer \(06-12345678\)/ }).waitFor();
    assert.equal(await form.getByLabel('Wat het opleverde').getAttribute('aria-invalid'), 'true');
    await expectAccessible(page);

    await form.getByRole('button', { name: 'Publiceren' }).click();
    // Now in the server's words: the refusal names what it found, at the field.
    await page.getByRole('alert').getByRole('link', { name: /^Bevat een telefoonnummer \(06-12345678\)/ }).waitFor();
    const refused = await server.db.kysely.selectFrom('library_entry').select('id').where('source_case_id', '=', closed.id).executeTakeFirst();
    assert.equal(refused, undefined, 'nothing is published while the phone number remains');
    await expectAccessible(page);

    await form.getByLabel('Wat het opleverde').fill(CLEAN_OUTCOME);
    await form.getByRole('button', { name: 'Controleren' }).click();
    await form.getByRole('status').filter({ hasText: 'Gecontroleerd: er staat niets meer in' }).waitFor();
    await form.getByLabel(/Vraag de privacy officer om deze oplossing te delen/).check();
    await form.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('status').filter({ hasText: 'De doorbraak staat in de bibliotheek. De privacy officer kijkt' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: `Bekijk ‘${PUBLISHED.title}’ in de bibliotheek` }).click();
    await page.getByRole('heading', { level: 1, name: PUBLISHED.title }).waitFor();
    await page.getByRole('region', { name: 'Wat het opleverde' }).getByText(CLEAN_OUTCOME).waitFor();
    await page.getByRole('region', { name: 'Delen met andere gemeenten' }).getByText('Wacht op akkoord').waitFor();
    await expectAccessible(page);
  });

  test('the privacy officer approves sharing the published solution', async () => {
    await logIn(officer, server.url, 'privacy@voorbeeld.nl');
    await officer.goto(`${server.url}/bibliotheek`);
    const queue = officer.getByRole('region', { name: 'Wacht op uw akkoord om te delen' });
    await queue.getByRole('link', { name: PUBLISHED.title }).waitFor();
    await expectAccessible(officer);

    await queue.getByRole('link', { name: PUBLISHED.title }).click();
    const judge = officer.getByRole('form', { name: 'Beoordelen: delen met andere gemeenten' });
    await judge.waitFor();
    // Refusing needs a reason.
    await judge.getByRole('button', { name: 'Delen weigeren' }).click();
    await officer.getByRole('alert').getByRole('link', { name: 'Schrijf waarom deze oplossing niet gedeeld wordt.' }).waitFor();
    await expectAccessible(officer);

    await judge.getByRole('button', { name: 'Delen goedkeuren' }).click();
    await officer.getByRole('status').filter({ hasText: 'Goedgekeurd: de oplossing is nu gedeeld met andere gemeenten.' }).waitFor();
    await officer.getByRole('region', { name: 'Delen met andere gemeenten' }).getByText('Gedeeld', { exact: true }).waitFor();
    assert.equal(await judge.count(), 0, 'nothing left to judge');
    await expectAccessible(officer);
    const row = await server.db.kysely.selectFrom('library_entry').select('sharing').where('source_case_id', '=', closed.id).executeTakeFirstOrThrow();
    assert.equal(row.sharing, 'approved');
  });
});
