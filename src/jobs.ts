import type { Kysely } from 'kysely';
import type { Database } from './database.ts';
import { sweepRateLimits } from './platform/auth/rate-limit.ts';
import type { Crypto } from './platform/crypto/index.ts';
import { pruneJobs } from './platform/jobs/queue.ts';
import type { Schedule } from './platform/jobs/schedule.ts';
import type { Handlers } from './platform/jobs/worker.ts';
import { deliverOutbox } from './platform/mail/outbox.ts';
import type { Mailer } from './platform/mail/smtp.ts';
import { runRetention } from './privacy/retention.ts';
import { remindFollowUps } from './closure/reminders.ts';
import { refreshFacts } from './policy/facts.ts';
import { escalateOverdue } from './decisions/escalation.ts';

/** Every recurring job. Interval jobs first run at start; daily ones at their time in Dutch local time. */
export const schedules: Schedule[] = [
  { name: 'outbox-delivery', kind: 'outbox-delivery', everySeconds: 60 },
  { name: 'rate-limit-cleanup', kind: 'rate-limit-cleanup', everySeconds: 3600 },
  { name: 'job-cleanup', kind: 'job-cleanup', everySeconds: 24 * 3600 },
  { name: 'retention', kind: 'retention', dailyAt: '02:30', timeZone: 'Europe/Amsterdam' },
  { name: 'follow-up-reminders', kind: 'follow-up-reminders', dailyAt: '07:00', timeZone: 'Europe/Amsterdam' },
  { name: 'policy-facts', kind: 'policy-facts', everySeconds: 600 },
  { name: 'policy-facts-rebuild', kind: 'policy-facts-rebuild', dailyAt: '03:15', timeZone: 'Europe/Amsterdam' },
  { name: 'decision-escalation', kind: 'decision-escalation', dailyAt: '06:45', timeZone: 'Europe/Amsterdam' },
];

const DAY = 86_400_000;

export interface JobDeps {
  db: Kysely<Database>;
  crypto: Crypto;
  /** Null when no SMTP server is configured: mail then waits in the outbox. */
  mailer: Mailer | null;
}

/** Which job kinds exist and what runs for each; the one place where jobs meet the domain areas. */
export function jobHandlers({ db, crypto, mailer }: JobDeps): Handlers {
  return {
    'outbox-delivery': async ({ signal }) => (mailer ? deliverOutbox(db, mailer, { signal }) : undefined),
    'rate-limit-cleanup': ({ now }) => sweepRateLimits(db, now),
    // Finished runs are kept a week to answer "did it run?"; failed ones a month for investigation.
    'job-cleanup': ({ now }) => pruneJobs(db, new Date(now.getTime() - 7 * DAY), new Date(now.getTime() - 30 * DAY), now),
    // A run over every municipality can take a while; it must not be taken over as if it had crashed.
    retention: { run: ({ now }) => runRetention(db, crypto, now), leaseSeconds: 3 * 3600 },
    // Coordinators hear of follow-ups that are due (3, 6 and 12 months after closure), once each.
    'follow-up-reminders': ({ now }) => remindFollowUps(db, now),
    // The policy view's per-case figures: what changed since the last run, and once a night everything.
    'policy-facts': ({ now }) => refreshFacts(db, now),
    'policy-facts-rebuild': { run: ({ now }) => refreshFacts(db, now, true), leaseSeconds: 3 * 3600 },
    // Requests undecided after their due date (working days) go one mandate level up; the requester is told.
    'decision-escalation': ({ now }) => escalateOverdue(db, crypto, now),
  };
}
