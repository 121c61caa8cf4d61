import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../database.ts';
import { backoffSeconds, errorCode } from '../jobs/queue.ts';
import type { Mailer } from './smtp.ts';

/** After this many refusals a message stays in the outbox as undeliverable, for an operator to look at. */
export const MAX_MAIL_ATTEMPTS = 20;
/** How long one delivery attempt holds a message before another delivery run may try it. */
const SEND_LEASE_SECONDS = 10 * 60;

export interface QueuedMail {
  tenantId: string;
  to: string;
  subject: string;
  body: string;
}

/** Errors about one message (the server refused the recipient or the content), not about the server. */
const MESSAGE_ERRORS = new Set(['EENVELOPE', 'EMESSAGE']);

/** One address, nothing that could smuggle in a second recipient or a header. */
const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+$/;

/**
 * Puts a message in the outbox inside the caller's transaction: it is sent only if the work that
 * wrote it commits, and a failed send never loses it. Returns the message id.
 */
export async function queueMail(tx: Kysely<Database>, mail: QueuedMail): Promise<string> {
  if (!ADDRESS.test(mail.to)) throw new TypeError('ongeldig e-mailadres voor de outbox');
  const id = uuidv7();
  await tx.insertInto('outbox').values({
    tenant_id: mail.tenantId, id, to_address: mail.to, subject: mail.subject.replace(/[\r\n]+/g, ' ').trim(), body: mail.body,
  }).execute();
  return id;
}

interface OutboxRow { tenant_id: string; id: string; to_address: string; subject: string; body: string; attempts: number }

export interface DeliveryResult { sent: number; failed: number }

/**
 * Sends due messages one at a time. Each is claimed with a lease in one statement and marked sent
 * afterwards, so no transaction is open while talking to the mail server; a crash in between can
 * send a message twice, never lose it. A refusal counts an attempt and waits longer each time.
 */
export async function deliverOutbox(
  db: Kysely<Database>,
  mailer: Mailer,
  opts: { clock?: () => Date; signal?: AbortSignal; limit?: number } = {},
): Promise<DeliveryResult> {
  const clock = opts.clock ?? (() => new Date());
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (let i = 0; i < (opts.limit ?? 200) && !opts.signal?.aborted; i++) {
    const now = clock();
    const res = await sql<OutboxRow>`
      update outbox set attempts = attempts + 1, next_attempt_at = ${new Date(now.getTime() + SEND_LEASE_SECONDS * 1000)}
      where (tenant_id, id) = (
        select tenant_id, id from outbox
        where sent_at is null and attempts < ${MAX_MAIL_ATTEMPTS} and (next_attempt_at is null or next_attempt_at <= ${now})
        order by created_at, id
        limit 1
        for update skip locked
      )
      returning tenant_id, id, to_address, subject, body, attempts`.execute(db);
    const mail = res.rows[0];
    if (!mail) break;
    try {
      await mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body });
    } catch (e) {
      result.failed++;
      await db.updateTable('outbox')
        .set({ last_error: errorCode(e), next_attempt_at: new Date(clock().getTime() + backoffSeconds(mail.attempts) * 1000) })
        .where('tenant_id', '=', mail.tenant_id).where('id', '=', mail.id).execute();
      // A refused message says nothing about the next one; an unreachable server says it for all of them.
      if (MESSAGE_ERRORS.has((e as { code?: string }).code ?? '')) continue;
      break;
    }
    result.sent++;
    await db.updateTable('outbox').set({ sent_at: clock(), last_error: null, next_attempt_at: null })
      .where('tenant_id', '=', mail.tenant_id).where('id', '=', mail.id).execute();
  }
  return result;
}

/** Counts for operators; never addresses, subjects or bodies. */
export async function outboxCounts(db: Kysely<Database>): Promise<{ unsent: number; undeliverable: number }> {
  const res = await sql<{ unsent: number; undeliverable: number }>`
    select count(*)::int as unsent, count(*) filter (where attempts >= ${MAX_MAIL_ATTEMPTS})::int as undeliverable
    from outbox where sent_at is null`.execute(db);
  return res.rows[0];
}
