import type { Kysely } from 'kysely';
import type { Database } from '../../database.ts';
import { type ClaimedJob, claim, complete, enqueueDueSchedules, ensureSchedules, errorCode, fail } from './queue.ts';
import type { Schedule } from './schedule.ts';

export interface JobRun {
  id: string;
  tenantId: string | null;
  payload: Record<string, unknown>;
  attempt: number;
  /** The worker's clock when the job was claimed. */
  now: Date;
  /** Aborted when the worker stops: a long job may end early at a safe point and finish next run. */
  signal: AbortSignal;
}

export type JobHandler = (run: JobRun) => Promise<unknown>;
/** A handler, or a handler with its own lease when a run may take longer than the worker's default. */
export type Handlers = Record<string, JobHandler | { run: JobHandler; leaseSeconds: number }>;

const handlerOf = (h: Handlers[string]): JobHandler => (typeof h === 'function' ? h : h.run);

export interface WorkerOptions {
  pollMs?: number;
  /** How long a claimed job is ours (unless its handler says otherwise); after that another worker assumes we crashed and runs it again. */
  leaseSeconds?: number;
  schedules?: Schedule[];
  clock?: () => Date;
  /** Technical log lines: job kind, id, attempt and error code; never payloads or messages. */
  log?: (line: string) => void;
}

export type RunOutcome = { status: 'done' } | { status: 'failed'; error: string; retryAt: Date | null };

/** Runs one claimed job and records the outcome. */
async function runClaimed(
  db: Kysely<Database>, handlers: Handlers, job: ClaimedJob, opts: { now: Date; clock: () => Date; signal: AbortSignal; log: (line: string) => void },
): Promise<RunOutcome> {
  try {
    await handlerOf(handlers[job.kind])({ id: job.id, tenantId: job.tenantId, payload: job.payload, attempt: job.attempt, now: opts.now, signal: opts.signal });
  } catch (e) {
    const error = errorCode(e);
    const retryAt = await fail(db, job, e, opts.clock());
    opts.log(`[taak ${job.kind} ${job.id}] mislukt bij poging ${job.attempt}/${job.maxAttempts} (${error}); ` +
      (retryAt ? `opnieuw vanaf ${retryAt.toISOString()}` : 'geen pogingen meer over'));
    return { status: 'failed', error, retryAt };
  }
  await complete(db, job.id, opts.clock());
  return { status: 'done' };
}

/**
 * Polls the job table: turns due schedules into jobs, then claims and runs jobs one at a time until
 * none is due. Everything it knows lives in the database, so any number of instances can run one.
 */
export class Worker {
  private readonly pollMs: number;
  private readonly leases: Record<string, number>;
  private readonly clock: () => Date;
  private readonly log: (line: string) => void;
  private readonly abort = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly db: Kysely<Database>, private readonly handlers: Handlers, private readonly opts: WorkerOptions = {}) {
    this.pollMs = opts.pollMs ?? 5000;
    this.leases = Object.fromEntries(Object.entries(handlers).map(([kind, h]) =>
      [kind, typeof h === 'function' ? opts.leaseSeconds ?? 15 * 60 : h.leaseSeconds]));
    this.clock = opts.clock ?? (() => new Date());
    this.log = opts.log ?? ((line) => console.error(line));
  }

  /** Writes the schedules and starts polling. */
  async start(): Promise<void> {
    await ensureSchedules(this.db, this.opts.schedules ?? [], this.clock());
    this.schedule(0);
  }

  /** One round: due schedules become jobs, then due jobs run until none is left (or the worker stops). */
  tick(): Promise<void> {
    // Rounds never overlap: a timer firing during a manual tick joins it.
    this.running ??= this.round().finally(() => { this.running = undefined; });
    return this.running;
  }

  /** Claims and runs a single due job (or the one with this id); undefined when none was due. */
  async runNext(id?: string): Promise<RunOutcome | undefined> {
    const now = this.clock();
    const job = await claim(this.db, { leases: this.leases, now, id });
    if (!job) return undefined;
    return runClaimed(this.db, this.handlers, job, { now, clock: this.clock, signal: this.abort.signal, log: this.log });
  }

  /** Stops polling and waits until the job that is running has finished and been recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running;
  }

  private async round(): Promise<void> {
    if (this.opts.schedules?.length) await enqueueDueSchedules(this.db, this.clock());
    while (!this.stopped && (await this.runNext())) { /* next job */ }
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.tick()
        .catch((e) => this.log(`[taken] ronde mislukt (${errorCode(e)})`))
        .finally(() => this.schedule(this.pollMs));
    }, ms);
    // The HTTP server keeps the process alive; a forgotten worker must not.
    this.timer.unref();
  }
}
