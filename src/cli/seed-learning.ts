import type { Kysely } from 'kysely';
import { insertBottleneck, flagCase, updateBottleneck } from '../bottlenecks/store.ts';
import type { BlockerKind } from '../breakthrough/model.ts';
import { saveBlocker, setBlockerRules } from '../breakthrough/store.ts';
import { addEvent } from '../cases/store.ts';
import { costOver } from '../costs/model.ts';
import { refreshCaseCost } from '../costs/store.ts';
import type { Database } from '../database.ts';
import { insertEntry } from '../library/store.ts';
import { insertContact, linkInvolvement, setBottleneckContacts } from '../network/store.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { refreshFacts } from '../policy/facts.ts';
import { demoContacts, demoEntries } from './seed-learning-data.ts';

/**
 * Demo data for learning across cases: three waiting cases blocked by the Wet BRP (so the rule
 * surfaces as a proposed systemic bottleneck at the default threshold of 3), a bottleneck flagged by
 * hand from the Straathoekwerk case and put on the agenda, the network directory with a few links,
 * the solutions library from the source texts, and the policy figures computed once.
 */

interface BrpBlocker { member: string; problem: string; blockedBy: string; kinds: BlockerKind[]; rules: string[]; proposedStep: string; yearlyCents: number }

const brpBlockers: BrpBlocker[] = [
  {
    member: 'Jeroen Smit',
    problem: 'Jeroen heeft geen eigen woning meer en slaapt bij zijn zus. Zonder inschrijving in de BRP kan hij geen uitkering aanvragen en komt hij niet op de wachtlijst voor een woning.',
    blockedBy: 'Volgens de Wet BRP moet hij zich inschrijven op het adres van zijn zus. Dan krijgt zij minder huurtoeslag en misschien een lagere uitkering. Elk loket zegt: eerst inschrijven.',
    kinds: ['registration', 'rule'], rules: ['BRP-2.39'],
    proposedStep: 'Een briefadres bij het wijkteam, en met Dienst Toeslagen vastleggen dat zijn tijdelijke verblijf de toeslag van zijn zus niet raakt.',
    yearlyCents: 120_000,
  },
  {
    member: 'Hawa Kamara',
    problem: 'Hawa mag werken, maar werkgevers haken af omdat ze geen identiteitsbewijs heeft. Zonder inschrijving op haar woonadres en zonder legitimatie loopt ook de aanvraag voor een uitkering vast.',
    blockedBy: 'Burgerzaken schrijft haar zonder geldig identiteitsdocument niet in op haar woonadres. Aan het loket werd gezegd dat een uitkering haar verblijfsprocedure zou schaden.',
    kinds: ['registration', 'interpretation'], rules: ['BRP-2.39', 'VW-8'],
    proposedStep: 'Met de maatwerkfunctionaris van de IND een tijdelijk identiteitsbewijs regelen, haar inschrijven en uitleggen wat een uitkering wel en niet betekent voor de procedure.',
    yearlyCents: 0,
  },
  {
    member: 'Ans de Boer',
    problem: 'Ans heeft een huurachterstand en er loopt een rechtszaak over ontruiming. Haar zoon wil tijdelijk bij haar komen wonen om mee te betalen en haar te helpen met de post.',
    blockedBy: 'Als haar zoon bij haar intrekt, moet hij zich volgens de Wet BRP op haar adres inschrijven. Dan daalt haar huurtoeslag en heeft meebetalen geen zin.',
    kinds: ['registration', 'rule'], rules: ['BRP-2.39', 'BW-7:231'],
    proposedStep: 'De gemeente neemt de achterstand over via bijzondere bijstand en spreekt met Dienst Toeslagen af hoe het tijdelijke inwonen wordt meegewogen.',
    yearlyCents: 0,
  },
];

const DAY = 86_400_000;

async function caseOf(tx: Tx, member: string) {
  return tx.selectFrom('person as p').innerJoin('cases as c', 'c.household_id', 'p.household_id')
    .select(['c.id', 'c.reported_at']).where('p.name', '=', member).orderBy('c.reported_at', 'desc').executeTakeFirstOrThrow();
}

async function ruleIdsByCode(tx: Tx) {
  return new Map((await tx.selectFrom('rule').select(['id', 'code', 'law', 'article', 'name']).execute()).map((r) => [r.code, r]));
}

async function seedBrpBlockers(tx: Tx, tenantId: string, by: string) {
  const rules = await ruleIdsByCode(tx);
  for (const b of brpBlockers) {
    const kase = await caseOf(tx, b.member);
    const { rules: codes, member: _member, ...values } = b;
    await saveBlocker(tx, tenantId, kase.id, by, { ...values, oneOffCents: 0 }, 0);
    const ids = codes.map((code) => rules.get(code)!.id);
    await setBlockerRules(tx, tenantId, kase.id, ids);
    await refreshCaseCost(tx, tenantId, kase.id);
    await addEvent(tx, tenantId, kase.id, 'blocker_saved', by, { version: 1, kinds: b.kinds, rules: ids }, new Date(new Date(kase.reported_at).getTime() + 3600_000));
  }
}

async function seedContacts(tx: Tx, tenantId: string, tenant: 'voorbeeld' | 'elders', by: string) {
  const ids = new Map<string, string>();
  for (const { tenant: t, key, ...c } of demoContacts) {
    if (t === tenant) ids.set(key, await insertContact(tx, tenantId, by, c));
  }
  return ids;
}

/** The Straathoekwerk case's blocker, flagged by hand and put on the agenda of the alderman's consultation. */
async function seedManualBottleneck(tx: Tx, tenantId: string, coordinator: string, policy: string, contacts: Map<string, string>) {
  const kase = await caseOf(tx, 'Sandra Mulder');
  const id = await insertBottleneck(tx, tenantId, coordinator, {
    basis: 'manual', title: 'Kosten voor een huisdier tellen niet als noodzakelijke kosten',
    description: 'Dakloze inwoners met een hond gaan niet naar een kliniek of opvang zolang niemand voor hun dier zorgt. De bijzondere bijstand ziet een dierenpension niet als noodzakelijk, terwijl de wet geen vaste lijst van kosten kent.',
    ownerOrganisation: 'Gemeente Voorbeeld, Werk en Inkomen (beleidsregels bijzondere bijstand)',
  });
  await flagCase(tx, tenantId, id, kase.id, coordinator, 'Opname in de kliniek hangt af van opvang voor de hond.');
  await addEvent(tx, tenantId, kase.id, 'blocker_flagged_systemic', coordinator, { bottleneck: id, created: true });
  await updateBottleneck(tx, tenantId, policy, id, 1, {
    status: 'on_agenda', reason: 'Besproken in het overleg sociaal domein; staat op de agenda van het kwartaaloverleg met de wethouder.',
  });
  await setBottleneckContacts(tx, tenantId, id, [contacts.get('bijzondere-bijstand')!]);
  return id;
}

async function seedInvolvementLinks(tx: Tx, tenantId: string, by: string, contacts: Map<string, string>) {
  const links: [string, string, string][] = [
    ['Naomi Verhoef', 'Gemeente, Werk en Inkomen', 'bijzondere-bijstand'],
    ['Sandra Mulder', 'Schuldhulpverlening gemeente', 'schuldhulp'],
  ];
  for (const [member, organisation, key] of links) {
    const kase = await caseOf(tx, member);
    const rows = await tx.selectFrom('involvement').select('id').where('case_id', '=', kase.id).where('organisation', '=', organisation).execute();
    for (const r of rows) await linkInvolvement(tx, tenantId, r.id, contacts.get(key)!, by);
    if (rows.length) await addEvent(tx, tenantId, kase.id, 'involvement_contact_linked', by, { involvement: rows[0].id, contact: contacts.get(key) });
  }
}

async function seedLibrary(tx: Tx, tenantId: string, tenant: 'voorbeeld' | 'elders', by: string, officer: string | null) {
  const municipality = (await tx.selectFrom('tenant').select('name').where('id', '=', tenantId).executeTakeFirstOrThrow()).name;
  const rules = await ruleIdsByCode(tx);
  const now = Date.now();
  for (const [i, e] of demoEntries.filter((x) => x.tenant === tenant).entries()) {
    const inputs = { currentYearlyCents: e.currentYearlyCents, oneOffCents: e.oneOffCents, yearlyCents: e.yearlyCents };
    const id = await insertEntry(tx, tenantId, by, {
      title: e.title, problem: e.problem, blocker: e.blocker, breakthrough: e.breakthrough, outcome: e.outcome, origin: e.origin,
      ...inputs, avoided1yCents: costOver(inputs, 1).avoidedCents, avoided5yCents: costOver(inputs, 5).avoidedCents,
      lifeDomains: e.lifeDomains, blockerKinds: e.kinds,
      rules: e.rules.map((code) => {
        const r = rules.get(code)!;
        return { id: r.id, code, label: `${r.law}${r.article ? ` ${r.article}` : ''}: ${r.name}` };
      }),
      sourceCaseId: null, municipality, sharing: e.sharing,
    });
    // Spread over the past months, so "most recent first" reads like a library that grew.
    await tx.updateTable('library_entry').set({
      created_at: new Date(now - (i + 1) * 9 * DAY), updated_at: new Date(now - (i + 1) * 9 * DAY),
      ...(e.sharing === 'approved' ? { sharing_decided_by: officer, sharing_decided_at: new Date(now - (i + 1) * 8 * DAY) } : {}),
    }).where('id', '=', id).execute();
  }
}

export async function seedLearning(db: Kysely<Database>, ids: { tenantIds: Record<string, string>; userIds: Record<string, string> }) {
  const coordinator = ids.userIds['regisseur@voorbeeld.nl'];
  const voorbeeld = ids.tenantIds.voorbeeld;
  await withTenant(db, { tenantId: voorbeeld, userId: null }, async (tx) => {
    await seedBrpBlockers(tx, voorbeeld, coordinator);
    const contacts = await seedContacts(tx, voorbeeld, 'voorbeeld', ids.userIds['beheer@voorbeeld.nl']);
    await seedManualBottleneck(tx, voorbeeld, coordinator, ids.userIds['beleid@voorbeeld.nl'], contacts);
    await seedInvolvementLinks(tx, voorbeeld, coordinator, contacts);
    await seedLibrary(tx, voorbeeld, 'voorbeeld', coordinator, ids.userIds['privacy@voorbeeld.nl']);
  });
  const elders = ids.tenantIds.elders;
  const eldersCoordinator = ids.userIds['regisseur@elders.nl'];
  await withTenant(db, { tenantId: elders, userId: null }, async (tx) => {
    await seedContacts(tx, elders, 'elders', eldersCoordinator);
    await seedLibrary(tx, elders, 'elders', eldersCoordinator, null);
  });
  await refreshFacts(db, new Date(), true);
}
