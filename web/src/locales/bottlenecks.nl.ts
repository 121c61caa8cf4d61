// Dutch texts (B1) for systemic bottlenecks and signal reports.
export const bottlenecksNl = {
  'bottlenecks.nav': 'Knelpunten',
} as const;

export type BottlenecksKey = keyof typeof bottlenecksNl;
