// In step 4: the systemic bottlenecks this blocker belongs to, and flagging it as systemic by hand.
import type { CaseOverview } from '../../types';

export function SystemicFlag({ overview }: { overview: CaseOverview }) {
  void overview;
  return null;
}
