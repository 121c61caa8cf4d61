// Dutch texts (B1) for the network directory (sociale kaart).
export const networkNl = {
  'network.nav': 'Sociale kaart',
} as const;

export type NetworkKey = keyof typeof networkNl;
