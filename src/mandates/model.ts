/**
 * The mandate ladder: pure rules, no I/O. Each municipality sets levels (rank 1 is the lowest), each
 * with the one-off amount it may decide and optionally narrowed to life domains or rules. A request
 * goes to the lowest level that covers it and has someone who may decide it; a request that would
 * overdraw the custom-solutions budget needs the level above that.
 */

export interface Holder {
  userId: string;
  name?: string;
  mayDecideOwn: boolean;
}

export interface MandateLevel {
  id: string;
  rank: number;
  name: string;
  /** null: no upper limit (for example the alderman). */
  maxCents: number | null;
  /** Narrowing; empty means every life domain / every rule. */
  lifeDomains: string[];
  ruleIds: string[];
  active: boolean;
  holders: Holder[];
}

export interface RequestFacts {
  amountCents: number;
  lifeDomains: string[];
  ruleIds: string[];
  requesterId: string;
  /** The amount is more than what is left of this year's budget. */
  overdraws: boolean;
}

export type SkipReason = 'amount' | 'life_domains' | 'rules' | 'budget' | 'no_holder';

export const skipReasonText: Record<SkipReason, string> = {
  amount: 'het bedrag is hoger dan het mandaat van dit niveau',
  life_domains: 'dit niveau beslist alleen over andere leefgebieden',
  rules: 'dit niveau beslist alleen over andere regels',
  budget: 'het maatwerkbudget raakt op: dit vraagt het volgende niveau',
  no_holder: 'niemand op dit niveau kan dit verzoek beslissen',
};

export interface Skipped {
  levelId: string;
  name: string;
  reason: SkipReason;
}

export interface Route {
  level: MandateLevel;
  /** Lower levels passed over, each with why: shown to requester and decider. */
  skipped: Skipped[];
  /** No one holds the chosen level yet: the administrator must assign someone. */
  unheld: boolean;
}

const within = (wanted: string[], allowed: string[]) => allowed.length === 0 || (wanted.length > 0 && wanted.every((w) => allowed.includes(w)));

/** Why a level cannot take a request on its own terms (amount, narrowing), or null when it covers it. */
export function notCovering(level: MandateLevel, f: Pick<RequestFacts, 'amountCents' | 'lifeDomains' | 'ruleIds'>): 'amount' | 'life_domains' | 'rules' | null {
  if (level.maxCents !== null && f.amountCents > level.maxCents) return 'amount';
  if (!within(f.lifeDomains, level.lifeDomains)) return 'life_domains';
  if (!within(f.ruleIds, level.ruleIds)) return 'rules';
  return null;
}

/** Holders who may decide this request: anyone but the requester, unless the requester has the explicit right. */
export function eligibleHolders(level: MandateLevel, requesterId: string): Holder[] {
  return level.holders.filter((h) => h.userId !== requesterId || h.mayDecideOwn);
}

const ladder = (levels: MandateLevel[]) => levels.filter((l) => l.active).sort((a, b) => a.rank - b.rank);

/**
 * The lowest rank that may decide: the lowest covering level, or, when the budget would be
 * overdrawn, the covering level above it (the top level when there is none above). Null when no
 * level covers the request at all.
 */
export function minimumRank(levels: MandateLevel[], f: RequestFacts): number | null {
  const covering = ladder(levels).filter((l) => notCovering(l, f) === null);
  if (covering.length === 0) return null;
  if (!f.overdraws) return covering[0].rank;
  return (covering[1] ?? covering[0]).rank;
}

/**
 * Where a request goes: the lowest covering level at or above the minimum rank (and above `aboveRank`
 * when escalating) that has an eligible holder; when none has one, the lowest such level anyway,
 * marked unheld. Null when there is no level to go to.
 */
export function routeRequest(levels: MandateLevel[], f: RequestFacts, aboveRank = 0): Route | null {
  const min = minimumRank(levels, f);
  if (min === null) return null;
  const skipped: Skipped[] = [];
  let fallback: MandateLevel | null = null;
  for (const level of ladder(levels)) {
    if (level.rank <= aboveRank) continue;
    const uncovered = notCovering(level, f);
    const reason: SkipReason | null = uncovered ?? (level.rank < min ? 'budget' : eligibleHolders(level, f.requesterId).length === 0 ? 'no_holder' : null);
    if (reason === null) return { level, skipped, unheld: false };
    if (reason === 'no_holder' && !fallback) fallback = level;
    skipped.push({ levelId: level.id, name: level.name, reason });
  }
  if (!fallback) return null;
  const before = skipped.findIndex((s) => s.levelId === fallback.id);
  return { level: fallback, skipped: skipped.slice(0, before), unheld: true };
}

export type DecideRefusal = 'no_mandate' | 'above_mandate' | 'own_request';

/**
 * Whether this user may decide: they hold an active level that covers the amount and narrowing, at
 * or above both the request's current level and the minimum rank (which rises when the budget would
 * be overdrawn). Their own request only with the explicit right on that level.
 */
export function mayDecide(
  levels: MandateLevel[], f: RequestFacts, currentRank: number, userId: string,
): { ok: true; level: MandateLevel } | { ok: false; reason: DecideRefusal; highest: MandateLevel | null } {
  const held = ladder(levels).filter((l) => l.holders.some((h) => h.userId === userId));
  if (held.length === 0) return { ok: false, reason: 'no_mandate', highest: null };
  const min = Math.max(minimumRank(levels, f) ?? Number.POSITIVE_INFINITY, currentRank);
  const enough = held.filter((l) => l.rank >= min && notCovering(l, f) === null);
  if (enough.length === 0) return { ok: false, reason: 'above_mandate', highest: held[held.length - 1] };
  const own = userId === f.requesterId;
  const usable = own ? enough.filter((l) => l.holders.some((h) => h.userId === userId && h.mayDecideOwn)) : enough;
  if (usable.length === 0) return { ok: false, reason: 'own_request', highest: enough[0] };
  return { ok: true, level: usable[0] };
}

/** The mandate in words: 'tot en met € 2.500' or 'onbeperkt'. */
export function describeMandate(maxCents: number | null): string {
  if (maxCents === null) return 'onbeperkt';
  return `tot en met € ${Math.floor(maxCents / 100).toLocaleString('nl-NL')}${maxCents % 100 ? `,${String(maxCents % 100).padStart(2, '0')}` : ''}`;
}

/** The 403 text for a refusal. */
export function refusalText(r: DecideRefusal, highest: MandateLevel | null): string {
  switch (r) {
    case 'no_mandate':
      return 'U heeft geen mandaat om te besluiten. Alleen wie een mandaatniveau heeft, kan dit verzoek beslissen.';
    case 'above_mandate':
      return highest
        ? `Dit verzoek gaat boven uw mandaat (${highest.name}: ${describeMandate(highest.maxCents)}). Het ligt bij een hoger niveau.`
        : 'Dit verzoek gaat boven uw mandaat. Het ligt bij een hoger niveau.';
    case 'own_request':
      return 'U heeft dit verzoek zelf gedaan en kunt er niet zelf over beslissen. Een andere beslisser doet dat.';
  }
}
