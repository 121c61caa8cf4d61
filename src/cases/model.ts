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

/** Who may see a case: triage is open to the municipality's coordinators; after that, only its team. */
export function maySee(c: { status: CaseStatus }, user: { roles: string[] }, isTeamMember: boolean): boolean {
  if (isTeamMember) return true;
  return c.status === 'new' && user.roles.includes('coordinator');
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
    default:
      return e.type;
  }
}
