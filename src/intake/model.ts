import { addWorkingDays } from '../platform/time/working-days.ts';
import type { Urgency } from '../cases/model.ts';

/** The norms: first contact within 5 working days (1 when urgent), start within 10. */
export const FIRST_CONTACT_DAYS = { normal: 5, urgent: 1 } as const;
export const START_DAYS = 10;

export function dueDates(reportedOn: string, urgency: Urgency) {
  return {
    firstContactDue: addWorkingDays(reportedOn, FIRST_CONTACT_DAYS[urgency]),
    startDue: addWorkingDays(reportedOn, START_DAYS),
  };
}
