/**
 * Pure rules for steps 3 and 4 (perspective, blocker and breakthrough) and the perspectiefplan:
 * no I/O, no imports from platform/.
 */

/** What blocks the solution of the blocking problem, by kind. */
export const blockerKinds = ['rule', 'interpretation', 'habit', 'money', 'capacity', 'registration', 'data_sharing', 'other'] as const;
export type BlockerKind = (typeof blockerKinds)[number];

export const blockerKindLabel: Record<BlockerKind, string> = {
  rule: 'regel', interpretation: 'interpretatie van een regel', habit: 'gewoonte of werkwijze', money: 'geld',
  capacity: 'capaciteit of wachtlijst', registration: 'registratie', data_sharing: 'gegevensdeling', other: 'anders',
};

export const goalSources = ['perspective', 'breakthrough', 'other'] as const;
export type GoalSource = (typeof goalSources)[number];

export const ownerKinds = ['household', 'network', 'professional'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

export const actionStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Plain Dutch (B1) for the household, in the plan and its PDF. */
export const actionStatusLabel: Record<ActionStatus, string> = {
  open: 'Nog te doen', in_progress: 'Bezig', done: 'Klaar', dropped: 'Gestopt',
};

export interface PerspectiveFields {
  ownWords: string | null;
  ownStrength: string | null;
  networkStrength: string | null;
  needs: string | null;
  dreamScenario: string | null;
}

export const perspectiveFieldLabel: Record<keyof PerspectiveFields, string> = {
  ownWords: 'waar het huishouden over een jaar wil staan', ownStrength: 'wat het huishouden zelf kan',
  networkStrength: 'wat het netwerk kan', needs: 'wat het huishouden nodig heeft', dreamScenario: 'het droomscenario',
};

export interface BlockerFields {
  problem: string | null;
  blockedBy: string | null;
  kinds: string[];
  ruleIds: string[];
  proposedStep: string | null;
  oneOffCents: number | null;
  yearlyCents: number | null;
}

export const blockerFieldLabel: Record<keyof BlockerFields, string> = {
  problem: 'het knelpunt', blockedBy: 'wat de oplossing blokkeert', kinds: 'soort blokkade', ruleIds: 'regels',
  proposedStep: 'de voorgestelde doorbraak', oneOffCents: 'eenmalige kosten', yearlyCents: 'jaarlijkse kosten',
};

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** The fields whose stored value differs from what was sent: what a 409 names. */
export function changedFields(stored: object, sent: object, labels: Record<string, string>): string[] {
  const norm = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort().join('|') : v == null || v === '' ? '' : String(v).trim());
  const a = stored as Record<string, unknown>;
  const b = sent as Record<string, unknown>;
  return Object.keys(labels).filter((k) => k in b && norm(a[k]) !== norm(b[k])).map((k) => labels[k]);
}

/** The 409 detail in plain Dutch: who saved in between, and where the stored version differs from what was sent. */
export function describeConflict(what: string, by: { name: string | null; at: Date | null; version: number } | null, differences: string[]): string {
  if (!by) return `Iemand anders heeft ${what} net verwijderd. Uw invoer is niet opgeslagen. Vernieuw de pagina.`;
  const when = by.at ? ` om ${by.at.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' })}` : '';
  const who = by.name ? `${by.name} heeft` : 'Iemand anders heeft';
  const diff = differences.length ? ` Verschil met uw invoer: ${differences.join(', ')}.` : '';
  return `${who} ${what} net gewijzigd${when} (nu versie ${by.version}).${diff} Uw invoer is niet opgeslagen. Haal de nieuwste versie op en sla daarna opnieuw op.`;
}

export interface OwnerInput {
  ownerKind?: OwnerKind | null;
  ownerName?: string | null;
  ownerUserId?: string | null;
}

/**
 * Every action has an owner: the household, someone of their network (named), or a professional —
 * a colleague chosen by account or a partner professional by name.
 */
export function ownerProblems(o: OwnerInput): { field: 'ownerKind' | 'ownerName'; message: string }[] {
  if (!o.ownerKind) return [{ field: 'ownerKind', message: 'Kies wie dit doet: het huishouden, iemand uit het netwerk of een professional' }];
  if (o.ownerKind === 'network' && blank(o.ownerName)) {
    return [{ field: 'ownerName', message: 'Vul in wie uit het netwerk dit doet, bijvoorbeeld ‘zus Marieke’' }];
  }
  if (o.ownerKind === 'professional' && blank(o.ownerName) && !o.ownerUserId) {
    return [{ field: 'ownerName', message: 'Kies een collega of vul de naam van de professional in' }];
  }
  return [];
}

/** Who does it, as the household reads it in the plan. */
export function ownerLabel(a: { ownerKind: OwnerKind; ownerName: string }): string {
  if (!blank(a.ownerName)) return a.ownerName.trim();
  return a.ownerKind === 'household' ? 'U zelf' : a.ownerKind === 'network' ? 'Iemand uit uw netwerk' : 'Een professional';
}

/** For comparing texts: case, spacing and end punctuation do not make a goal new. */
export function normalizeText(s: string): string {
  return s.toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ').replace(/[.!?\s]+$/, '').trim();
}

export interface PlanProposal {
  goals: { text: string; source: 'perspective' | 'breakthrough' }[];
  actions: { what: string; goalSource: 'breakthrough'; ownerKind: 'professional'; ownerUserId: string; ownerName: string }[];
}

/** What the coordinator does to make the breakthrough happen. */
export const breakthroughActionText = (step: string) => `Doorbraak regelen: besluit laten nemen en uitvoering afspreken (${step.trim()})`;

/**
 * A plan built from steps 3 and 4: the household's own words become a goal, the proposed
 * breakthrough becomes a goal with an action for the coordinator. Nothing that is already in the
 * plan is proposed again, so pressing the button twice changes nothing.
 */
export function proposePlan(
  steps: { ownWords: string | null; proposedStep: string | null; coordinator: { id: string; name: string } | null },
  existing: { goals: { text: string }[]; actions: { what: string }[] },
): PlanProposal {
  const goalTexts = new Set(existing.goals.map((g) => normalizeText(g.text)));
  const actionTexts = new Set(existing.actions.map((a) => normalizeText(a.what)));
  const proposal: PlanProposal = { goals: [], actions: [] };
  const addGoal = (text: string | null, source: 'perspective' | 'breakthrough') => {
    if (blank(text) || goalTexts.has(normalizeText(text!))) return;
    goalTexts.add(normalizeText(text!));
    proposal.goals.push({ text: text!.trim(), source });
  };
  addGoal(steps.ownWords, 'perspective');
  addGoal(steps.proposedStep, 'breakthrough');
  if (!blank(steps.proposedStep) && steps.coordinator) {
    const what = breakthroughActionText(steps.proposedStep!);
    if (!actionTexts.has(normalizeText(what))) {
      proposal.actions.push({ what, goalSource: 'breakthrough', ownerKind: 'professional', ownerUserId: steps.coordinator.id, ownerName: steps.coordinator.name });
    }
  }
  return proposal;
}

/** Actions in the plan: open work first, then by due date (no date last), then as entered. */
export function sortActions<T extends { status: ActionStatus; dueOn: string | null; createdAt: string }>(actions: T[]): T[] {
  const rank = (s: ActionStatus) => (s === 'in_progress' || s === 'open' ? 0 : s === 'done' ? 1 : 2);
  return [...actions].sort((a, b) => rank(a.status) - rank(b.status)
    || (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31')
    || a.createdAt.localeCompare(b.createdAt));
}
