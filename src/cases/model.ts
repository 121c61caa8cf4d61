/** Pure rules about cases: no I/O. */
import { describeAssessment } from '../life-domains/model.ts';
import { describeDecisionEvent } from '../decisions/model.ts';
import { formatCents } from '../budgets/model.ts';

export const lifeDomains = [
  'finances', 'income', 'housing', 'physical_health', 'mental_health', 'addiction', 'parenting',
  'social_network', 'safety', 'daytime_activities', 'justice', 'residence_status',
] as const;
export type LifeDomain = (typeof lifeDomains)[number];

export const caseStatuses = ['new', 'active', 'referred', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const caseKinds = ['breakthrough', 'consult', 'takeover'] as const;
export type Urgency = 'normal' | 'urgent';

/** How much of the story a list shows. */
export const STORY_EXCERPT_LENGTH = 160;

export const steps = [
  'Aanmelding & verhaal', 'Betrokkenen & kosten', 'Perspectief', 'Knelpunt & doorbraak',
  'Onderbouwing & besluit', 'Uitvoeren, volgen & leren',
] as const;

/**
 * The date the case is next due: first contact while it waits in triage, the start while the
 * coordinator has not gone past step 1. Later steps get their own dates in later phases.
 */
export function nextDue(c: { status: CaseStatus; step: number; firstContactDue: string; startDue: string }): string | null {
  if (c.status === 'new') return c.firstContactDue;
  if (c.status === 'active' && c.step === 1) return c.startDue;
  return null;
}

export function isOverdue(due: string | null, today: string): boolean {
  return due !== null && due < today;
}

export interface TimelineEvent {
  type: string;
  data: Record<string, unknown>;
}

/** The timeline in plain Dutch; the data holds ids and statuses, never personal details. */
export function describeEvent(e: TimelineEvent): string {
  switch (e.type) {
    case 'intake_received':
      return e.data.urgency === 'urgent' ? 'Urgente aanmelding ontvangen' : 'Aanmelding ontvangen';
    case 'intake_linked':
      return 'Nieuwe aanmelding over dit huishouden toegevoegd';
    case 'members_added':
      return `${e.data.count} gezinslid/gezinsleden toegevoegd vanuit een nieuwe aanmelding`;
    case 'accepted':
      return 'Casus opgepakt: de regisseur is nu de vaste contactpersoon';
    case 'referred':
      return 'Terugverwezen naar de standaardroute';
    case 'step_changed':
      return `Stap ${e.data.step}: ${steps[Number(e.data.step) - 1] ?? ''}`;
    case 'closed':
      return 'Casus afgesloten';
    case 'member_added':
      return 'Collega aan het casusteam toegevoegd';
    case 'member_changed':
      return 'Rol of gedeelde onderdelen van een teamlid gewijzigd';
    case 'member_removed':
      return 'Teamlid uit het casusteam gehaald';
    case 'member_left':
      return 'Teamlid heeft het casusteam verlaten';
    case 'internal_sections_changed':
      return 'Gewijzigd welke onderdelen intern blijven';
    case 'partner_invited':
      return e.data.emergency ? 'Ketenpartner uitgenodigd zonder toestemming (noodgeval)' : 'Ketenpartner uitgenodigd';
    case 'partner_joined':
      return 'Ketenpartner heeft de uitnodiging aangenomen';
    case 'invitation_revoked':
      return 'Uitnodiging ingetrokken';
    case 'consent_recorded':
      return 'Toestemming vastgelegd';
    case 'consent_withdrawn':
      return 'Toestemming ingetrokken';
    case 'basis_recorded':
      return 'Wettelijke grondslag voor delen vastgelegd';
    case 'basis_ended':
      return 'Wettelijke grondslag voor delen beëindigd';
    case 'break_glass':
      return 'Noodtoegang genomen door iemand buiten het team';
    case 'step_completed':
      return `Stap ${e.data.step} afgerond: ${steps[Number(e.data.step) - 1] ?? ''}`;
    case 'step_reopened':
      return `Stap ${e.data.step} heropend: ${steps[Number(e.data.step) - 1] ?? ''}`;
    case 'kind_changed':
      return `Soort casus gewijzigd in: ${({ breakthrough: 'doorbraak', consult: 'advies', takeover: 'tijdelijke overname' } as Record<string, string>)[String(e.data.kind)] ?? e.data.kind}`;
    case 'handover_offered':
      return 'Warme overdracht aangeboden aan een collega';
    case 'handover_accepted':
      return 'Overdracht aangenomen: er is een nieuwe regisseur';
    case 'handover_refused':
      return 'Overdracht geweigerd: de casus blijft bij de regisseur';
    case 'handover_withdrawn':
      return 'Aangeboden overdracht ingetrokken';
    case 'follow_up_recorded':
      return `Nazorg na ${e.data.months} maanden: ${({ holding: 'de oplossing houdt stand', wavering: 'de oplossing wankelt', relapsed: 'terugval' } as Record<string, string>)[String(e.data.result)] ?? e.data.result}`;
    case 'reopened':
      return 'Casus heropend na de nazorg';
    case 'recurrence':
      return 'Dit huishouden kwam binnen een jaar terug na een afgesloten casus';
    case 'perspective_saved':
      return 'Perspectief bijgewerkt (stap 3)';
    case 'blocker_saved':
      return 'Knelpunt en doorbraak bijgewerkt (stap 4)';
    case 'plan_goal_added':
      return 'Doel toegevoegd aan het perspectiefplan';
    case 'plan_goal_changed':
      return 'Doel in het perspectiefplan gewijzigd';
    case 'plan_goal_removed':
      return 'Doel uit het perspectiefplan gehaald';
    case 'plan_action_added':
      return 'Actie toegevoegd aan het perspectiefplan';
    case 'plan_action_changed':
      return e.data.status
        ? `Actie in het perspectiefplan: ${({ open: 'nog te doen', in_progress: 'bezig', done: 'klaar', dropped: 'gestopt' } as Record<string, string>)[String(e.data.status)] ?? e.data.status}`
        : 'Actie in het perspectiefplan gewijzigd';
    case 'plan_action_removed':
      return 'Actie uit het perspectiefplan gehaald';
    case 'plan_proposed':
      return `Perspectiefplan aangevuld vanuit stap 3 en 4: ${e.data.goals} doel(en), ${e.data.actions} actie(s)`;
    case 'plan_pdf':
      return 'Perspectiefplan als pdf gemaakt voor het huishouden';
    case 'household_member_added':
      return 'Gezinslid toegevoegd aan het huishouden';
    case 'household_member_changed':
      return 'Gegevens van een gezinslid gewijzigd';
    case 'life_domain_assessed':
      return describeAssessment(e.data);
    case 'involvement_added':
      return 'Betrokken organisatie vastgelegd';
    case 'involvement_changed':
      return 'Betrokkenheid van een organisatie gewijzigd';
    case 'involvement_ended':
      return 'Betrokkenheid van een organisatie beëindigd';
    case 'involvement_resumed':
      return 'Beëindigde betrokkenheid loopt toch door';
    case 'involvement_repriced':
      return 'Kosten van een betrokkenheid opnieuw berekend na een wijziging in de prijslijst';
    case 'decision_requested':
    case 'decision_escalated':
    case 'decision_made':
    case 'decision_withdrawn':
    case 'decision_letter':
      return describeDecisionEvent(e.type, e.data) ?? e.type;
    case 'budget_committed':
      return `${formatCents(Number(e.data.amountCents))} vastgelegd uit het maatwerkbudget`;
    case 'budget_paid':
      return `${formatCents(Number(e.data.amountCents))} betaald uit het maatwerkbudget`;
    case 'budget_released':
      return `${formatCents(Number(e.data.amountCents))} vrijgegeven: niet meer nodig`;
    case 'blocker_flagged_systemic':
      return e.data.created ? 'Knelpunt aangemerkt als nieuw systeemknelpunt' : 'Knelpunt toegevoegd aan een systeemknelpunt';
    case 'blocker_unflagged_systemic':
      return 'Aanmerking als systeemknelpunt weggehaald';
    case 'involvement_contact_linked':
      return 'Contact uit de sociale kaart gekoppeld aan een betrokken organisatie';
    case 'involvement_contact_unlinked':
      return 'Koppeling met de sociale kaart weggehaald';
    case 'library_published':
      return 'Doorbraak gepubliceerd in de oplossingenbibliotheek, zonder herleidbare gegevens';
    default:
      return e.type;
  }
}
