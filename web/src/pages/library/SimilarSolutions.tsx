// In step 4: the library entries most like this case (life domains, blocker kind, rules, text).
import type { CaseOverview } from '../../types';

export function SimilarSolutions({ overview }: { overview: CaseOverview }) {
  void overview;
  return null;
}
