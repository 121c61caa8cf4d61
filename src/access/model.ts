/**
 * Who may see what of a case: pure rules, no I/O. Need to know is the default; everything a person
 * outside the team asks for answers as if the case did not exist.
 */

/**
 * The parts of a case that can be shared with a partner or kept internal: the story (intake and
 * reporter), household members, life domains with their assessments, the timeline, the agencies
 * involved with their cost, perspective with blocker, breakthrough and cost sum, and the perspectiefplan.
 */
export const caseSections = ['story', 'household', 'life_domains', 'timeline', 'involvements', 'breakthrough', 'plan'] as const;
export type CaseSection = (typeof caseSections)[number];

export const caseRoles = ['coordinator', 'contributor', 'reader'] as const;
export type CaseRole = (typeof caseRoles)[number];

/** Roles of the municipality's own staff that can work on a case. */
export const staffRoles = ['coordinator', 'mandate_holder'] as const;

/**
 * What a mandate holder reads while a request waits at their level: the story, who is involved and
 * what it costs, the breakthrough with its rules, and the plan. Not the household's details, the
 * life domains' notes or the timeline, and never the BSN.
 */
export const mandateSections: readonly CaseSection[] = ['story', 'involvements', 'breakthrough', 'plan'];

/** Break-glass access lasts one shift; after that a new reason is needed. */
export const BREAK_GLASS_HOURS = 4;
/** An emergency share without consent lasts three days: long enough to arrange consent or a legal basis. */
export const OVERRIDE_HOURS = 72;
/** An invitation link works once, for one week. */
export const INVITATION_DAYS = 7;

export interface MemberFacts {
  role: CaseRole;
  /** null for the municipality's own colleagues (all sections); a list for partners. */
  sections: string[] | null;
  overrideUntil: Date | null;
}

export interface AccessFacts {
  status: string;
  internalSections: string[];
  userRoles: string[];
  member: MemberFacts | null;
  /** Sections a consent or another legal basis covers for the user's organisation. */
  coveredSections: string[];
  breakGlassUntil: Date | null;
  /** A decision request on this case waits at a mandate level the user holds. */
  pendingDecision?: boolean;
  now: Date;
}

export interface CaseAccess {
  via: 'team' | 'triage' | 'break_glass' | 'mandate';
  role: CaseRole;
  sections: CaseSection[];
  /** The BSN is restricted: never shown to partners. */
  seesBsn: boolean;
  partner: boolean;
  until: Date | null;
}

export function isPartner(userRoles: string[]): boolean {
  return userRoles.includes('partner') && !staffRoles.some((r) => userRoles.includes(r));
}

/**
 * A partner sees a section only when the coordinator shared it, did not mark it internal, and a
 * consent or other legal basis covers it for their organisation (or an emergency override runs).
 */
export function partnerSections(shared: string[], internal: string[], covered: string[], overrideActive: boolean): CaseSection[] {
  return caseSections.filter((s) => shared.includes(s) && !internal.includes(s) && (overrideActive || covered.includes(s)));
}

/** The access a user has to one case, or null: then the case does not exist for them. */
export function decideAccess(f: AccessFacts): CaseAccess | null {
  const partner = isPartner(f.userRoles);
  if (f.member) {
    if (!partner && f.member.sections === null) {
      return { via: 'team', role: f.member.role, sections: [...caseSections], seesBsn: true, partner: false, until: null };
    }
    const overrideActive = !!f.member.overrideUntil && f.member.overrideUntil > f.now;
    return {
      via: 'team', role: f.member.role === 'coordinator' ? 'contributor' : f.member.role,
      sections: partnerSections(f.member.sections ?? [], f.internalSections, f.coveredSections, overrideActive),
      seesBsn: false, partner: true, until: overrideActive ? f.member.overrideUntil : null,
    };
  }
  if (partner) return null;
  if (f.breakGlassUntil && f.breakGlassUntil > f.now) {
    return { via: 'break_glass', role: 'reader', sections: [...caseSections], seesBsn: true, partner: false, until: f.breakGlassUntil };
  }
  // Ends by itself when the request is decided, withdrawn or escalated past the user's level.
  if (f.pendingDecision) {
    return { via: 'mandate', role: 'reader', sections: [...mandateSections], seesBsn: false, partner: false, until: null };
  }
  if (f.status === 'new' && f.userRoles.includes('coordinator')) {
    return { via: 'triage', role: 'reader', sections: [...caseSections], seesBsn: true, partner: false, until: null };
  }
  return null;
}

/** Who may break the glass: the municipality's own case staff, never partners, policy or administrators. */
export function mayBreakGlass(userRoles: string[]): boolean {
  return !isPartner(userRoles) && staffRoles.some((r) => userRoles.includes(r));
}

export function canManageTeam(access: CaseAccess | null): boolean {
  return access?.via === 'team' && access.role === 'coordinator';
}

export function canContribute(access: CaseAccess | null): boolean {
  return access?.via === 'team' && (access.role === 'coordinator' || access.role === 'contributor');
}
