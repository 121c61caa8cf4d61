/** Pure rules for the cost sum: muddling on ("doormodderen") against breaking through ("doorbreken"). Money in integer cents. */

export const HORIZONS = [1, 3, 5] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface CostInputs {
  /** Yearly cost of every current involvement that has not ended. */
  currentYearlyCents: number;
  /** The breakthrough's one-off cost. */
  oneOffCents: number;
  /** What remains yearly after the breakthrough: the support still needed plus running costs of the step. */
  yearlyCents: number;
}

export interface HorizonSum {
  years: Horizon;
  muddlingOnCents: number;
  breakthroughCents: number;
  /** Negative when breaking through costs more than muddling on over this horizon. */
  avoidedCents: number;
}

export function costOver(inputs: CostInputs, years: Horizon): HorizonSum {
  const muddlingOnCents = inputs.currentYearlyCents * years;
  const breakthroughCents = inputs.oneOffCents + inputs.yearlyCents * years;
  return { years, muddlingOnCents, breakthroughCents, avoidedCents: muddlingOnCents - breakthroughCents };
}

export function costSum(inputs: CostInputs): HorizonSum[] {
  return HORIZONS.map((years) => costOver(inputs, years));
}

/** The year in which breaking through starts to pay off, or null when it never does within the horizons. */
export function paysOffWithin(inputs: CostInputs): Horizon | null {
  return costSum(inputs).find((h) => h.avoidedCents >= 0)?.years ?? null;
}

/** Whole euros in Dutch notation: 1234500 cents → '€ 12.345'. */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const whole = Math.round(Math.abs(cents) / 100);
  return `${sign}€ ${whole.toLocaleString('nl-NL')}`;
}

/** The cost sum in words a council member understands. */
export function describeCostSum(inputs: CostInputs, agencies: number): string {
  const [one, , five] = costSum(inputs);
  const now = agencies === 0
    ? 'Er is nog geen betrokken organisatie vastgelegd (stap 2), dus de kosten van de huidige hulp tellen als € 0.'
    : `Nu ${agencies === 1 ? 'is 1 organisatie' : `zijn ${agencies} organisaties`} betrokken. Die ondersteuning kost ${euros(inputs.currentYearlyCents)} per jaar.`;
  const step = `De doorbraak kost eenmalig ${euros(inputs.oneOffCents)} en daarna ${euros(inputs.yearlyCents)} per jaar.`;
  if (five.avoidedCents <= 0) {
    return `${now} ${step} Ook over vijf jaar is doorbreken niet goedkoper: het kost ${euros(-five.avoidedCents)} meer. Een reden kan nog steeds zijn dat het huishouden er echt mee geholpen is.`;
  }
  const payoff = one.avoidedCents >= 0 ? 'Dat verdient zich binnen een jaar terug' : `Dat verdient zich terug binnen ${paysOffWithin(inputs)} jaar`;
  return `${now} ${step} ${payoff}: na één jaar is ${euros(one.avoidedCents)} bespaard, na vijf jaar ${euros(five.avoidedCents)}.`;
}
