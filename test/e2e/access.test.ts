import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { demoCases } from '../../src/cli/demo-cases.ts';
import type { Running } from '../../src/main.ts';
import { expectAccessible, logIn, openBrowser, startDemoServer } from '../helpers/browser.ts';

// Need to know in the browser: consent, a partner invited by mail link who sees only what is
// shared, withdrawal, break-glass with its messages and the per-case processing view.
// Residents' names and BSNs never go into test names or messages: the run scans all output.

const ORGANISATION = 'GGZ Rivierduinen';
const PARTNER_EMAIL = 'behandelaar@ggz.example';
const STRONG_PASSWORD = 'Een lang en sterk wachtwoord 2026';
const REASON = 'Politie belt: acute zorgen over de veiligheid van de kinderen vannacht.';

let server: Running;
/** The coordinator's browser. */
let browser: Browser;
/** A second browser (Chromium here may share cookies between contexts): first the partner, then a colleague. */
let other: Browser;
let page: Page;
let second: Page;
/** An active case of the coordinator without partners yet. */
let caseId: string;
let reference: string;

before(async () => {
  server = await startDemoServer();
  const found = await sql<{ id: string; reference: string }>`
    select c.id, c.reference from cases c
    where c.status = 'active' and not exists (select 1 from case_member m where m.case_id = c.id and m.role <> 'coordinator')
    order by c.reported_at desc limit 1`.execute(server.db.kysely);
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

const login = (p: Page, email: string, password = 'doorbraak') => logIn(p, server.url, email, password);

async function openCase(p: Page, id = caseId) {
  await p.goto(`${server.url}/casussen/${id}`);
  await p.getByRole('heading', { level: 1, name: /^Casus / }).waitFor();
  await p.getByRole('region', { name: 'Gegevens' }).waitFor();
}

/** Every BSN of the demo households, to prove none reaches a partner's screen. */
const demoBsns = demoCases.flatMap((c) => c.household.members.flatMap((m) => (m.bsn ? [m.bsn] : [])));

describe('need to know in the browser', () => {
  test('the coordinator records consent and invites a partner for some sections only', async () => {
    await login(page, 'regisseur@voorbeeld.nl');
    await openCase(page);
    await page.getByRole('region', { name: 'Casusteam' }).getByRole('table', { name: 'Teamleden' }).waitFor();
    await expectAccessible(page);

    const consent = page.getByRole('region', { name: 'Toestemming en grondslagen' });
    await consent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consent.getByLabel('Gezinslid').selectOption({ index: 1 });
    await consent.getByLabel('Doel', { exact: true }).fill('Behandeling afstemmen met de GGZ');
    await consent.getByLabel('Organisaties', { exact: true }).fill(ORGANISATION);
    const covered = consent.getByRole('group', { name: 'Onderdelen', exact: true });
    await covered.getByLabel('Verhaal').check();
    await covered.getByLabel('Leefgebieden').check();
    await consent.getByRole('radio', { name: 'Schriftelijk' }).check();
    await expectAccessible(page);
    await consent.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consent.getByText('De toestemming is vastgelegd.').waitFor();
    await consent.getByRole('cell', { name: ORGANISATION }).first().waitFor();
    await expectAccessible(page);

    const team = page.getByRole('region', { name: 'Casusteam' });
    await team.getByRole('button', { name: 'Ketenpartner uitnodigen' }).click();
    const form = team.locator('form').filter({ has: page.getByRole('button', { name: 'Uitnodiging versturen' }) });
    await form.getByLabel('Naam', { exact: true }).fill('Gert Behandelaar');
    await form.getByLabel('E-mailadres').fill(PARTNER_EMAIL);
    await form.getByLabel('Organisatie', { exact: true }).fill(ORGANISATION);
    const shared = form.getByRole('group', { name: /Welke onderdelen mag deze ketenpartner zien/ });
    await shared.getByLabel('Verhaal').check();
    await shared.getByLabel('Huishouden').check();
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    // The household is not covered by the consent: the server refuses and says so at the sections.
    await form.getByRole('alert').waitFor();
    const refusal = shared.locator('.utrecht-form-field-error-message');
    assert.match(await refusal.innerText(), /geen toestemming of andere grondslag/);
    assert.match(await refusal.innerText(), /huishouden/);
    await expectAccessible(page);

    await shared.getByLabel('Huishouden').uncheck();
    await shared.getByLabel('Leefgebieden').check();
    await form.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await team.getByText(/De uitnodiging is verstuurd naar Gert Behandelaar/).waitFor();
    const invitations = team.getByRole('table', { name: 'Uitnodigingen voor ketenpartners' });
    await invitations.getByRole('row').filter({ hasText: PARTNER_EMAIL }).getByText('Verstuurd').waitFor();
    await expectAccessible(page);
  });

  test('the partner opens the mailed link in another browser, sets a password and sees only what is shared', async () => {
    const mail = await sql<{ body: string }>`select body from outbox where to_address = ${PARTNER_EMAIL}`.execute(server.db.kysely);
    assert.equal(mail.rows.length, 1);
    const token = /\/uitnodiging#([A-Za-z0-9_-]{20,})/.exec(mail.rows[0].body)?.[1];
    assert.ok(token, 'the mail holds the invitation link with its token in the fragment');

    await second.goto(`${server.url}/uitnodiging#${token}`);
    await second.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
    await second.getByText('Rachid Regisseur', { exact: true }).waitFor();
    assert.ok(!(await second.content()).includes(reference), 'the invitation names no case details');
    await expectAccessible(second);

    // The server's password policy speaks at the password field.
    await second.getByLabel('Kies een wachtwoord').fill('behandelaar2026!');
    await second.getByLabel('Herhaal het wachtwoord').fill('behandelaar2026!');
    await second.getByRole('button', { name: 'Account maken en casus openen' }).click();
    const password = second.getByLabel('Kies een wachtwoord');
    await second.getByRole('alert').waitFor();
    assert.equal(await password.getAttribute('aria-invalid'), 'true');
    await second.locator('.utrecht-form-field-error-message', { hasText: 'Gebruik niet uw naam of e-mailadres' }).waitFor();
    await expectAccessible(second);

    await password.fill(STRONG_PASSWORD);
    await second.getByLabel('Herhaal het wachtwoord').fill(STRONG_PASSWORD);
    await second.getByRole('button', { name: 'Account maken en casus openen' }).click();
    await second.waitForURL(`${server.url}/casussen/${caseId}`);
    await second.getByRole('heading', { name: 'U ziet deze casus als ketenpartner' }).waitFor();
    await second.getByText('Met u gedeeld: Verhaal, Leefgebieden.').waitFor();

    const notShared = 'Dit deel is niet met u gedeeld.';
    await second.getByRole('region', { name: 'Huishouden' }).getByText(notShared).waitFor();
    await second.getByRole('region', { name: 'Tijdlijn' }).getByText(notShared).waitFor();
    assert.equal(await second.getByRole('region', { name: 'Verhaal' }).getByText(notShared).count(), 0);
    assert.equal(await second.getByRole('table', { name: 'Gezinsleden' }).count(), 0);
    assert.equal(await second.getByRole('region', { name: 'Toestemming en grondslagen' }).count(), 0);
    const html = await second.content();
    assert.ok(!demoBsns.some((bsn) => html.includes(bsn)), 'no BSN on the partner screen');
    assert.ok(!/\*{5}\d{4}/.test(html), 'no masked BSN on the partner screen');
    await expectAccessible(second);
  });

  test('withdrawn consent: the partner no longer sees those sections on the next load', async () => {
    await openCase(page);
    const consent = page.getByRole('region', { name: 'Toestemming en grondslagen' });
    await consent.getByRole('button', { name: 'Intrekken' }).click();
    await consent.getByLabel('Notitie bij het intrekken').fill('Mondeling ingetrokken bij het huisbezoek');
    await expectAccessible(page);
    await consent.getByRole('button', { name: 'Toestemming intrekken' }).click();
    await consent.getByText(/De toestemming is ingetrokken/).waitFor();
    await consent.getByText('Ingetrokken', { exact: true }).waitFor();
    await expectAccessible(page);

    await second.reload();
    await second.getByText(/Op dit moment is niets van deze casus met u gedeeld/).waitFor();
    await second.getByRole('region', { name: 'Verhaal' }).getByText('Dit deel is niet met u gedeeld.').first().waitFor();
    await expectAccessible(second);
  });

  test('a stale change of the internal sections is refused plainly and can be redone', async () => {
    await openCase(page);
    const team = page.getByRole('region', { name: 'Casusteam' });
    const internal = team.getByRole('group', { name: 'Welke onderdelen houdt u intern?' });
    await internal.waitFor();
    await sql`update cases set version = version + 1 where id = ${caseId}`.execute(server.db.kysely);
    await internal.getByLabel('Tijdlijn').check();
    await team.getByRole('button', { name: 'Interne onderdelen opslaan' }).click();
    await team.getByText(/Iemand anders heeft deze casus net gewijzigd/).first().waitFor();
    await expectAccessible(page);
    await team.getByRole('button', { name: 'Nieuwste gegevens laden' }).click();
    await team.getByText(/De nieuwste gegevens zijn geladen/).waitFor();
    await internal.getByLabel('Tijdlijn').check();
    await team.getByRole('button', { name: 'Interne onderdelen opslaan' }).click();
    await team.getByText('De interne onderdelen zijn opgeslagen.').waitFor();
    await expectAccessible(page);
  });

  test('break-glass: a colleague outside the team needs a reason, then sees the case with a banner', async () => {
    // A household of another case of the coordinator that the colleague is not on the team of (the
    // demo data offers one case to the colleague), found by its BSN (never printed).
    const known = await sql<{ name: string }>`
      select p.name from person p join cases c on c.household_id = p.household_id
      where c.id = ${caseId} or exists (
        select 1 from case_member m join app_user u on u.id = m.user_id
        where m.case_id = c.id and u.email = 'collega@voorbeeld.nl')`.execute(server.db.kysely);
    const target = demoCases.find((d) => d.status === 'active' && !d.sharedWithPartner
      && !d.household.members.some((m) => known.rows.some((r) => r.name === m.name)) && d.household.members.some((m) => m.bsn));
    assert.ok(target, 'a second active demo case with a BSN');
    const bsn = target.household.members.find((m) => m.bsn)!.bsn!;

    await login(second, 'collega@voorbeeld.nl');
    await second.getByRole('navigation').getByRole('link', { name: 'Noodtoegang' }).click();
    await second.getByRole('heading', { level: 1, name: 'Noodtoegang' }).waitFor();
    await second.getByText('U ziet de casus 4 uur. Daarna stopt de toegang vanzelf.').waitFor();
    await expectAccessible(second);

    await second.getByLabel('BSN', { exact: true }).fill(bsn);
    await second.getByRole('button', { name: 'Casus openen met noodtoegang' }).click();
    const summary = second.getByRole('alert');
    await summary.getByRole('link', { name: 'Vul een reden in.' }).waitFor();
    assert.equal(await second.getByLabel('Reden', { exact: true }).getAttribute('aria-invalid'), 'true');
    await expectAccessible(second);

    await second.getByLabel('Reden', { exact: true }).fill(REASON);
    await second.getByRole('button', { name: 'Casus openen met noodtoegang' }).click();
    await second.waitForURL(/\/casussen\/[0-9a-f-]{36}$/);
    assert.ok(!second.url().endsWith(caseId), 'the colleague opened the other case');
    await second.getByRole('heading', { name: 'U heeft noodtoegang' }).waitFor();
    await second.getByText(`Uw reden: ${REASON}`).waitFor();
    await second.getByText(/U ziet deze casus tot .+\. Daarna stopt de toegang vanzelf\./).waitFor();
    await second.getByRole('region', { name: 'Huishouden', exact: true }).waitFor();
    await expectAccessible(second);
  });

  test('the coordinator gets a message and sees the opening on the processing page', async () => {
    await page.goto(`${server.url}/casussen`);
    const nav = page.getByRole('navigation').getByRole('link', { name: /^Berichten \d+ ongelezen$/ });
    await nav.waitFor();
    await nav.click();
    await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    const message = page.getByRole('listitem').filter({ hasText: 'Chris Collega heeft noodtoegang genomen tot casus' });
    await message.getByText(REASON, { exact: false }).waitFor();
    await expectAccessible(page);
    await message.getByRole('button', { name: 'Markeer als gelezen' }).click();
    await message.getByText(/ · Gelezen$/).waitFor();
    await expectAccessible(page);

    await message.getByRole('link', { name: 'Bekijk wie de casus inzag' }).click();
    await page.waitForURL(/\/casussen\/[0-9a-f-]{36}\/verwerkingen$/);
    await page.getByRole('heading', { level: 1, name: /^Verwerkingen van casus / }).waitFor();
    const openings = page.getByRole('table', { name: 'Wie opende deze casus met noodtoegang' });
    await openings.getByRole('row').filter({ hasText: 'Chris Collega' }).filter({ hasText: REASON }).waitFor();
    const lines = page.getByRole('table', { name: 'Wie heeft wat gedaan met de gegevens van deze casus' });
    await lines.getByRole('row').filter({ hasText: 'Chris Collega' }).filter({ hasText: 'Noodtoegang' }).first().waitFor();
    await expectAccessible(page);

    // Anyone but the coordinator is told the page is not there for them.
    await second.goto(`${server.url}${new URL(page.url()).pathname}`);
    await second.getByText(/Alleen de regisseur ziet de verwerkingen/).waitFor();
    await expectAccessible(second);
  });
});
