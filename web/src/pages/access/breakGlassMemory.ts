// What this browser tab knows of its own break-glass openings (reason and end), so the case page can
// show the reason in its banner. Kept in memory only: the reason may describe a resident's situation.
const openings = new Map<string, { reason: string; until: string }>();

export function rememberBreakGlass(caseId: string, reason: string, until: string): void {
  openings.set(caseId, { reason, until });
}

export function recallBreakGlass(caseId: string): { reason: string; until: string } | undefined {
  return openings.get(caseId);
}
