// English texts for systemic bottlenecks and signal reports, typed against the Dutch keys.
import type { BottlenecksKey } from './bottlenecks.nl';

export const bottlenecksEn: Record<BottlenecksKey, string> = {
  'bottlenecks.nav': 'Bottlenecks',
};
