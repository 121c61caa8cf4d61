// English texts for the network directory (sociale kaart), typed against the Dutch keys.
import type { NetworkKey } from './network.nl';

export const networkEn: Record<NetworkKey, string> = {
  'network.nav': 'Network',
};
