/** Plain Dutch for the codes in a report to a resident; the same words the web app uses. */

export const kindLabel: Record<string, string> = { breakthrough: 'Doorbraak', consult: 'Advies', takeover: 'Overname' };
export const statusLabel: Record<string, string> = { new: 'Nieuw', active: 'Loopt', referred: 'Terugverwezen', closed: 'Afgesloten' };
export const domainLabel: Record<string, string> = {
  finances: 'Financiën (schulden)', income: 'Inkomen', housing: 'Wonen', physical_health: 'Lichamelijke gezondheid',
  mental_health: 'Psychische gezondheid', addiction: 'Verslaving', parenting: 'Opvoeding en gezin', social_network: 'Sociaal netwerk',
  safety: 'Veiligheid', daytime_activities: 'Dagbesteding en werk', justice: 'Justitie', residence_status: 'Verblijfsstatus',
};
export const actionLabel: Record<string, string> = { read: 'Ingezien', create: 'Vastgelegd', update: 'Gewijzigd', delete: 'Verwijderd' };
export const legalBasisLabel: Record<string, string> = {
  consent: 'Toestemming', legal_task: 'Wettelijke taak', legal_obligation: 'Wettelijke plicht',
  public_task: 'Taak van algemeen belang', vital_interest: 'Nood (vitaal belang)',
};
export const requestKindLabel: Record<string, string> = { access: 'Inzage', rectification: 'Verbeteren', erasure: 'Wissen' };
export const requestStatusLabel: Record<string, string> = { done: 'Uitgevoerd', refused: 'Geweigerd' };
export const fieldLabel: Record<string, string> = { name: 'naam', birthDate: 'geboortedatum', bsn: 'BSN', relation: 'relatie' };
export const methodLabel: Record<string, string> = { verbal: 'mondeling', written: 'schriftelijk', digital: 'digitaal' };

export const label = (map: Record<string, string>, code: string) => map[code] ?? code;

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function amsterdamParts(at: Date | string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(at));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return { day: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** A day ('2026-03-05') or an instant (its day in the Netherlands) → '5 maart 2026'. */
export function dutchDate(dayOrInstant: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(dayOrInstant) ? dayOrInstant : amsterdamParts(dayOrInstant).day;
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

/** Short, for table cells: '05-03-2026 14:07'. */
export function shortDateTime(at: Date | string): string {
  const { day, time } = amsterdamParts(at);
  const [y, m, d] = day.split('-');
  return `${d}-${m}-${y} ${time}`;
}

/** An instant as the Dutch date and time: '5 maart 2026, 14:07'. */
export function dutchDateTime(at: Date | string): string {
  const { day, time } = amsterdamParts(at);
  return `${dutchDate(day)}, ${time}`;
}
