import type { Kysely } from 'kysely';
import { addEvent } from '../cases/store.ts';
import { refreshCaseCost } from '../costs/store.ts';
import type { Database } from '../database.ts';
import { resolveCost } from '../involvements/model.ts';
import { insertInvolvement } from '../involvements/store.ts';
import type { AssessmentState } from '../life-domains/model.ts';
import { insertAssessments } from '../life-domains/store.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import type { PriceUnit } from '../price-list/model.ts';
import { insertPriceItem } from '../price-list/store.ts';

/**
 * Demo data for steps 1 and 2: a price list for every demo municipality, and life-domain
 * assessments and involvements with their yearly cost for three demo cases of Gemeente Voorbeeld
 * (the Jeugd-GGZ case, the Straathoekwerk case and the young mother). The father-and-car case gets
 * none: a browser test enters its involvements.
 */

const INDICATIVE = 'Indicatief, op basis van landelijke kostprijzen 2024';

/** Indicative Dutch figures; each item names where its amount comes from. Amounts in cents. */
export const demoPriceList: { key: string; service: string; unit: PriceUnit; tariffCents: number; source: string }[] = [
  { key: 'bw', service: 'Beschermd wonen (Wmo)', unit: 'year', tariffCents: 6_500_000, source: `${INDICATIVE}: beschermd wonen circa € 60.000 tot € 70.000 per jaar` },
  { key: 'jh-res', service: 'Residentiële jeugdhulp (verblijf in een instelling)', unit: 'year', tariffCents: 9_500_000, source: `${INDICATIVE}: verblijf jeugdhulp circa € 80.000 tot € 100.000 per jaar` },
  { key: 'gezinshuis', service: 'Gezinshuis (jeugdhulp met verblijf)', unit: 'year', tariffCents: 8_000_000, source: `${INDICATIVE}: gezinshuis circa € 80.000 per jaar` },
  { key: 'jh-amb', service: 'Ambulante jeugdhulp', unit: 'hour', tariffCents: 10_000, source: `${INDICATIVE}: ambulante jeugdhulp circa € 100 per uur` },
  { key: 'ggz-sgg', service: 'Ggz-behandeling (gespecialiseerde ggz of jeugd-ggz)', unit: 'trajectory', tariffCents: 1_200_000, source: `${INDICATIVE}: een behandeltraject gespecialiseerde ggz` },
  { key: 'ggz-basis', service: 'Basis-ggz, kort behandeltraject', unit: 'trajectory', tariffCents: 190_000, source: `${INDICATIVE}: een traject generalistische basis-ggz` },
  { key: 'verslaving', service: 'Verslavingszorg, ambulante behandeling', unit: 'trajectory', tariffCents: 650_000, source: `${INDICATIVE}: ambulante verslavingszorg per traject` },
  { key: 'shv', service: 'Schuldhulpverlening', unit: 'trajectory', tariffCents: 300_000, source: `${INDICATIVE}: schuldhulpverlening circa € 3.000 per traject` },
  { key: 'bb', service: 'Bijzondere bijstand (Participatiewet)', unit: 'event', tariffCents: 45_000, source: 'Gemiddelde toekenning bijzondere bijstand per keer, gemeentelijke cijfers (indicatief)' },
  { key: 'bijstand', service: 'Bijstandsuitkering (Participatiewet), alleenstaande ouder', unit: 'month', tariffCents: 135_000, source: 'Bijstandsnorm alleenstaande (ouder) 2024, afgerond (indicatief)' },
  { key: 'hh', service: 'Wmo huishoudelijke hulp', unit: 'hour', tariffCents: 3_500, source: `${INDICATIVE}: huishoudelijke hulp circa € 35 per uur` },
  { key: 'mo-nacht', service: 'Maatschappelijke opvang, nachtopvang', unit: 'day', tariffCents: 6_000, source: `${INDICATIVE}: nachtopvang per nacht` },
  { key: 'mo-24', service: 'Maatschappelijke opvang, 24-uursopvang', unit: 'year', tariffCents: 3_800_000, source: `${INDICATIVE}: 24-uursopvang per plek per jaar` },
  { key: 'reclassering', service: 'Reclassering, toezicht', unit: 'trajectory', tariffCents: 650_000, source: `${INDICATIVE}: reclasseringstoezicht per traject` },
  { key: 'politie', service: 'Politie-inzet bij een melding', unit: 'event', tariffCents: 40_000, source: `${INDICATIVE}: politie-inzet circa € 300 tot € 500 per melding` },
  { key: 'ontruiming', service: 'Ontruimingsprocedure (corporatie, deurwaarder, rechtbank)', unit: 'event', tariffCents: 700_000, source: `${INDICATIVE}: kosten van een ontruimingsprocedure circa € 7.000` },
  { key: 'uitzetting', service: 'Huisuitzetting, maatschappelijke kosten', unit: 'event', tariffCents: 10_000_000, source: 'Movisie: maatschappelijke kosten van een huisuitzetting circa € 100.000 (congres Samen sturen op doen wat werkt)' },
  { key: 'llv-dag', service: 'Leerlingenvervoer aangepast (taxi), per leerling', unit: 'day', tariffCents: 3_800, source: `${INDICATIVE}: aangepast leerlingenvervoer circa € 38 per leerling per schooldag` },
  { key: 'llv-jaar', service: 'Leerlingenvervoer aangepast (taxi), per leerling per schooljaar', unit: 'year', tariffCents: 750_000, source: `${INDICATIVE}: aangepast leerlingenvervoer circa € 7.500 per leerling per jaar` },
  { key: 'wijkteam', service: 'Wijkteam, begeleiding', unit: 'hour', tariffCents: 8_500, source: `${INDICATIVE}: begeleiding door het wijkteam circa € 85 per uur` },
  { key: 'ots', service: 'Jeugdbescherming, ondertoezichtstelling', unit: 'year', tariffCents: 1_100_000, source: `${INDICATIVE}: ondertoezichtstelling per kind per jaar` },
];

/** The tariff of last year, ended: the list keeps its history. */
const lastYearsTariff = { service: 'Ambulante jeugdhulp', unit: 'hour' as const, tariffCents: 9_500, source: 'Indicatief, op basis van landelijke kostprijzen 2023' };

type State = AssessmentState;
interface DemoInvolvement {
  organisation: string; contactName?: string; contactDetails?: string; item?: string; service?: string; sinceDaysAgo: number;
  unitsPerYear?: number; intensity?: string; manualYearlyCents?: number; endedDaysAgo?: number;
}
interface DemoHousehold {
  member: string;
  /** Assessments in the order they were made: a later one of the same domain is the current state. */
  assessments: { domain: string; state: State; note: string | null; reportedBy: string | null }[];
  involvements: DemoInvolvement[];
}

const households: DemoHousehold[] = [
  {
    member: 'Marloes Bakker',
    assessments: [
      { domain: 'mental_health', state: 'under_pressure', note: 'Thijs (autisme) raakt thuis vaak overprikkeld.', reportedBy: 'Jeugd-GGZ, behandelaar' },
      { domain: 'mental_health', state: 'crisis', note: 'Thijs schreeuwt en slaat met deuren; de behandelaar noemt een plek in een instelling.', reportedBy: 'Jeugd-GGZ, behandelaar' },
      { domain: 'parenting', state: 'crisis', note: 'Ouders zijn uitgeput; zusje Lieke trekt zich terug.', reportedBy: 'De ouders zelf' },
      { domain: 'housing', state: 'under_pressure', note: 'Klein en gehorig huis, geen rustige plek voor Thijs. Wel ruimte in de achtertuin.', reportedBy: 'Wijkteam' },
      { domain: 'social_network', state: 'stable', note: 'Opa en oma wonen dichtbij en vangen Lieke op.', reportedBy: 'De ouders zelf' },
      { domain: 'finances', state: 'stable', note: 'Geen schulden bekend.', reportedBy: 'De ouders zelf' },
      { domain: 'safety', state: 'under_pressure', note: 'Buren belden twee keer de politie om het geschreeuw.', reportedBy: 'Wijkagent' },
    ],
    involvements: [
      { organisation: 'Jeugd-GGZ', contactName: 'Bas Hoekstra', contactDetails: '06-12341201', item: 'ggz-sgg', sinceDaysAgo: 300, intensity: 'Behandeling, eens per twee weken' },
      { organisation: 'Jeugdhulp Zorgaanbieder West', contactName: 'Gezinsbegeleider', item: 'jh-amb', sinceDaysAgo: 220, unitsPerYear: 240, intensity: '6 uur per week, 40 weken' },
      { organisation: 'Wijkteam Centrum', contactName: 'Femke Jacobs', contactDetails: '06-12341701', item: 'wijkteam', sinceDaysAgo: 180, unitsPerYear: 92, intensity: '2 uur per week' },
      { organisation: 'Politie, wijkagent', item: 'politie', sinceDaysAgo: 120, unitsPerYear: 4, intensity: 'Meldingen van geluidsoverlast' },
      { organisation: 'SBO-school De Regenboog', service: 'Extra begeleiding op school (eigen budget school)', sinceDaysAgo: 400, manualYearlyCents: 450_000, intensity: 'Onderwijsassistent 4 uur per week' },
    ],
  },
  {
    member: 'Sandra Mulder',
    assessments: [
      { domain: 'housing', state: 'under_pressure', note: 'Slaapt wisselend buiten en in de nachtopvang.', reportedBy: 'Straathoekwerk' },
      { domain: 'addiction', state: 'crisis', note: 'Drinkt dagelijks, wil stoppen; er is een plek in een afkickkliniek.', reportedBy: 'Straathoekwerk' },
      { domain: 'housing', state: 'crisis', note: 'Nachtopvang laat de hond niet altijd toe; dan slaapt ze buiten.', reportedBy: 'Straathoekwerk' },
      { domain: 'physical_health', state: 'under_pressure', note: 'Wondjes aan de benen, twee keer op de spoedeisende hulp.', reportedBy: 'Huisarts daklozenzorg' },
      { domain: 'social_network', state: 'under_pressure', note: 'Geen contact met familie; haar hond Bobby is haar houvast.', reportedBy: 'De inwoner zelf' },
      { domain: 'income', state: 'under_pressure', note: 'Uitkering op een briefadres, veel boetes.', reportedBy: 'Schuldhulpverlening gemeente' },
    ],
    involvements: [
      { organisation: 'Straathoekwerk', contactName: 'Jasper Dekker', contactDetails: '06-12341601', item: 'wijkteam', sinceDaysAgo: 500, unitsPerYear: 104, intensity: '2 uur per week' },
      { organisation: 'Stichting Nachtopvang', item: 'mo-nacht', sinceDaysAgo: 700, unitsPerYear: 260, intensity: 'Ongeveer 5 nachten per week' },
      { organisation: 'Verslavingszorg Noord', item: 'verslaving', sinceDaysAgo: 150, intensity: 'Ambulant, wacht op opname' },
      { organisation: 'Politie', item: 'politie', sinceDaysAgo: 365, unitsPerYear: 3, intensity: 'Overlast en een vechtpartij' },
      { organisation: 'Ziekenhuis, spoedeisende hulp', service: 'Spoedeisende hulp en ambulance', sinceDaysAgo: 200, manualYearlyCents: 160_000, intensity: 'Twee keer per jaar' },
      { organisation: 'Schuldhulpverlening gemeente', item: 'shv', sinceDaysAgo: 400, endedDaysAgo: 60, intensity: 'Traject gestopt: geen vast adres' },
    ],
  },
  {
    member: 'Naomi Verhoef',
    assessments: [
      { domain: 'parenting', state: 'under_pressure', note: 'Alleen met zoontje Lucas (2); geen vaste oppas.', reportedBy: 'Huisarts' },
      { domain: 'daytime_activities', state: 'crisis', note: 'Mbo-opleiding gestopt omdat er geen opvang is.', reportedBy: 'De inwoner zelf' },
      { domain: 'income', state: 'under_pressure', note: 'Bijstand; rekeningen stapelen zich op.', reportedBy: 'Huisarts' },
      { domain: 'mental_health', state: 'under_pressure', note: 'Slaapt slecht en wordt somberder.', reportedBy: 'Huisarts' },
      { domain: 'housing', state: 'stable', note: 'Eigen huurwoning, huur wordt betaald.', reportedBy: 'De inwoner zelf' },
    ],
    involvements: [
      { organisation: 'Gemeente, Werk en Inkomen', item: 'bijstand', sinceDaysAgo: 540, unitsPerYear: 12, intensity: 'Maandelijkse uitkering' },
      { organisation: 'Gemeente, Werk en Inkomen', item: 'bb', sinceDaysAgo: 300, unitsPerYear: 3, intensity: 'Drie aanvragen per jaar' },
      { organisation: 'Huisartsenpraktijk Het Plein', contactName: 'Esther Kuipers', contactDetails: '06-12341301', item: 'ggz-basis', sinceDaysAgo: 90, intensity: 'Praktijkondersteuner ggz' },
      { organisation: 'Wijkteam Zuid', item: 'wijkteam', sinceDaysAgo: 240, unitsPerYear: 80, intensity: '2 uur per week, 40 weken' },
      { organisation: 'Schuldhulpverlening gemeente', item: 'shv', sinceDaysAgo: 120, intensity: 'Stabilisatie en budgetbeheer' },
    ],
  },
];

const daysAgo = (n: number) => new Date(Date.now() - n * 86400_000).toISOString().slice(0, 10);

async function fill(tx: Tx, tenantId: string, items: Map<string, { id: string; unit: PriceUnit; tariffCents: number; service: string }>, h: DemoHousehold) {
  const kase = await tx.selectFrom('person as p').innerJoin('cases as c', 'c.household_id', 'p.household_id')
    .select(['c.id', 'c.coordinator_id', 'c.accepted_at']).where('p.name', '=', h.member).where('c.status', '=', 'active').executeTakeFirst();
  if (!kase?.coordinator_id || !kase.accepted_at) return;
  const by = kase.coordinator_id;
  const start = new Date(kase.accepted_at).getTime();
  for (const [i, a] of h.assessments.entries()) {
    const at = new Date(start + 86400_000 + i * 3600_000);
    const [id] = await insertAssessments(tx, tenantId, kase.id, by, [a], at);
    await addEvent(tx, tenantId, kase.id, 'life_domain_assessed', by, { domain: a.domain, state: a.state, assessmentId: id }, at);
  }
  for (const [i, d] of h.involvements.entries()) {
    const item = d.item ? items.get(d.item)! : null;
    const cost = resolveCost({ item, unitsPerYear: d.unitsPerYear ?? null, manualYearlyCents: d.manualYearlyCents ?? null });
    if (!cost.ok) throw new Error(`demo-betrokkenheid ${d.organisation}: ${cost.message}`);
    const id = await insertInvolvement(tx, tenantId, kase.id, by, {
      organisation: d.organisation, contactName: d.contactName ?? null, contactDetails: d.contactDetails ?? null, priceItemId: item?.id ?? null,
      service: d.service ?? item!.service, since: daysAgo(d.sinceDaysAgo), unitsPerYear: cost.unitsPerYear, intensity: d.intensity ?? null,
      yearlyCostCents: cost.yearlyCostCents, endedOn: d.endedDaysAgo === undefined ? null : daysAgo(d.endedDaysAgo),
    });
    const at = new Date(start + 2 * 86400_000 + i * 3600_000);
    await addEvent(tx, tenantId, kase.id, 'involvement_added', by, { involvementId: id, priceItemId: item?.id ?? null, yearlyCostCents: cost.yearlyCostCents }, at);
  }
  await refreshCaseCost(tx, tenantId, kase.id);
}

/** The price list of every demo municipality, and steps 1–2 for three demo cases of Gemeente Voorbeeld. */
export async function seedHousehold(db: Kysely<Database>, ids: { tenantIds: Record<string, string> }) {
  const year = new Date().getUTCFullYear();
  for (const [slug, tenantId] of Object.entries(ids.tenantIds)) {
    await withTenant(db, { tenantId, userId: null }, async (tx) => {
      const items = new Map<string, { id: string; unit: PriceUnit; tariffCents: number; service: string }>();
      await insertPriceItem(tx, tenantId, { ...lastYearsTariff, validFrom: `${year - 1}-01-01`, validUntil: `${year - 1}-12-31` });
      for (const { key, ...p } of demoPriceList) {
        const id = await insertPriceItem(tx, tenantId, { ...p, validFrom: `${year}-01-01`, validUntil: null });
        items.set(key, { id, unit: p.unit, tariffCents: p.tariffCents, service: p.service });
      }
      if (slug !== 'voorbeeld') return;
      for (const h of households) await fill(tx, tenantId, items, h);
    });
  }
}
