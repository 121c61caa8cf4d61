/** Pure rules about cases: no I/O. */

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
    default:
      return e.type;
  }
}
