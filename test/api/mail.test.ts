import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { jobHandlers } from '../../src/jobs.ts';
import { Crypto } from '../../src/platform/crypto/index.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { withTenant } from '../../src/platform/db/tenant.ts';
import { enqueue } from '../../src/platform/jobs/queue.ts';
import { type JobHandler, Worker } from '../../src/platform/jobs/worker.ts';
import { deliverOutbox, outboxCounts, queueMail } from '../../src/platform/mail/outbox.ts';
import { type Mailer, smtpMailer } from '../../src/platform/mail/smtp.ts';
import { cloneTemplate } from '../helpers/db.ts';

interface Received { from: string; to: string[]; raw: string }

/** Just enough MIME decoding for what nodemailer writes: encoded-word subjects, quoted-printable or base64 text. */
function parse(raw: string) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers = head.replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(headers)?.[1] ?? '';
  const words = (v: string) => v.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'));
  const bodyRaw = rest.join('\r\n\r\n');
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const body = encoding === 'quoted-printable'
    ? Buffer.from(bodyRaw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8')
    : encoding === 'base64' ? Buffer.from(bodyRaw, 'base64').toString('utf8') : bodyRaw;
  // SMTP carries lines as CRLF.
  return { subject: words(header('Subject')), from: header('From'), body: body.replace(/\r\n$/, '').replace(/\r\n/g, '\n') };
}

let db: Db;
let voorbeeld: string;
let elders: string;
let server: SMTPServer;
let port: number;
let mailer: Mailer;
const received: Received[] = [];
const refused = new Set<string>();

before(async () => {
  db = await cloneTemplate();
  const tenants = await db.kysely.selectFrom('tenant').select(['id', 'slug']).execute();
  voorbeeld = tenants.find((t) => t.slug === 'voorbeeld')!.id;
  elders = tenants.find((t) => t.slug === 'elders')!.id;
  server = new SMTPServer({
    logger: false, disabledCommands: ['STARTTLS'], allowInsecureAuth: true,
    onAuth(auth, _session, cb) {
      if (auth.username === 'doorbraak' && auth.password === 'geheim') cb(null, { user: 'doorbraak' });
      else cb(new Error('Onjuiste inlog'));
    },
    onRcptTo(address, _session, cb) {
      if (refused.has(address.address)) cb(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((a) => a.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
  mailer = smtpMailer(`smtp://doorbraak:geheim@127.0.0.1:${port}`, 'Doorbraak <noreply@voorbeeld.nl>');
});
after(async () => {
  mailer.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.close();
});
beforeEach(async () => {
  received.length = 0;
  refused.clear();
  await db.kysely.deleteFrom('outbox').execute();
});

const T0 = new Date('2030-03-04T10:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const queue = (to: string, subject = 'Uitnodiging voor een casus', body = 'Beste collega,\n\nU bent uitgenodigd.') =>
  withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, (tx) => queueMail(tx, { tenantId: voorbeeld, to, subject, body }));
const row = (id: string) => db.kysely.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

describe('e-mail from the outbox', () => {
  test('a queued message is delivered by the delivery job with the right sender, recipient, subject and body', async () => {
    const body = 'Beste collega,\n\nU bent uitgenodigd voor het casusoverleg. Open de link om mee te doen: €0 kosten, één klik.';
    const id = await queue('partner@wijkteam.example', 'Uitnodiging: casusoverleg één huishouden', body);
    await enqueue(db.kysely, { kind: 'outbox-delivery', runAt: at(0) });
    const worker = new Worker(db.kysely, { 'outbox-delivery': ({ signal }) => deliverOutbox(db.kysely, mailer, { signal, clock: () => at(1) }) }, { clock: () => at(1) });
    await worker.tick();

    assert.equal(received.length, 1);
    assert.equal(received[0].from, 'noreply@voorbeeld.nl');
    assert.deepEqual(received[0].to, ['partner@wijkteam.example']);
    const mail = parse(received[0].raw);
    assert.equal(mail.subject, 'Uitnodiging: casusoverleg één huishouden');
    assert.equal(mail.from, 'Doorbraak <noreply@voorbeeld.nl>');
    assert.equal(mail.body, body);
    const r = await row(id);
    assert.equal(new Date(r.sent_at!).getTime(), at(1).getTime());
    assert.equal(r.attempts, 1);
    assert.equal(r.last_error, null);
    assert.deepEqual(await outboxCounts(db.kysely), { unsent: 0, undeliverable: 0 });
  });

  test('a refused recipient counts an attempt, waits, is tried again later and is not lost', async () => {
    refused.add('weigert@voorbeeld.example');
    const bad = await queue('weigert@voorbeeld.example');
    const good = await queue('neemt-aan@voorbeeld.example');

    assert.deepEqual(await deliverOutbox(db.kysely, mailer, { clock: () => at(0) }), { sent: 1, failed: 1 });
    assert.deepEqual(received.map((m) => m.to), [['neemt-aan@voorbeeld.example']]);
    let r = await row(bad);
    assert.equal(r.sent_at, null);
    assert.equal(r.attempts, 1);
    assert.equal(r.last_error, 'Error:EENVELOPE:550', 'the code, not the message with the address');
    assert.equal(new Date(r.next_attempt_at!).getTime(), at(30).getTime());
    assert.ok((await row(good)).sent_at);
    assert.deepEqual(await outboxCounts(db.kysely), { unsent: 1, undeliverable: 0 });

    assert.deepEqual(await deliverOutbox(db.kysely, mailer, { clock: () => at(29) }), { sent: 0, failed: 0 }, 'still waiting');
    assert.equal((await row(bad)).attempts, 1);

    refused.clear();
    assert.deepEqual(await deliverOutbox(db.kysely, mailer, { clock: () => at(30) }), { sent: 1, failed: 0 });
    r = await row(bad);
    assert.equal(r.attempts, 2);
    assert.equal(r.last_error, null);
    assert.ok(r.sent_at);
    assert.deepEqual(received.map((m) => m.to), [['neemt-aan@voorbeeld.example'], ['weigert@voorbeeld.example']]);
  });

  test('an unreachable mail server ends the run after one try and keeps every message', async () => {
    const ids = [await queue('een@voorbeeld.example'), await queue('twee@voorbeeld.example'), await queue('drie@voorbeeld.example')];
    const closed = new SMTPServer({ logger: false });
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = smtpMailer(`smtp://127.0.0.1:${deadPort}`, 'noreply@voorbeeld.nl');
    try {
      assert.deepEqual(await deliverOutbox(db.kysely, unreachable, { clock: () => at(0) }), { sent: 0, failed: 1 });
    } finally {
      unreachable.close();
    }
    const rows = await Promise.all(ids.map(row));
    assert.deepEqual(rows.map((r) => r.attempts), [1, 0, 0]);
    assert.match(rows[0].last_error!, /^Error:(ESOCKET|ECONNECTION)/);
    assert.deepEqual(await outboxCounts(db.kysely), { unsent: 3, undeliverable: 0 });
  });

  test('the outbox takes one plain address and one subject line, for its own municipality only', async () => {
    await assert.rejects(queue('een@voorbeeld.example, twee@voorbeeld.example'), /ongeldig e-mailadres/);
    await assert.rejects(queue('Naam <een@voorbeeld.example>'), /ongeldig e-mailadres/);
    const id = await queue('een@voorbeeld.example', 'Onderwerp\r\nBcc: stiekem@voorbeeld.example');
    assert.equal((await row(id)).subject, 'Onderwerp Bcc: stiekem@voorbeeld.example');
    await assert.rejects(withTenant(db.kysely, { tenantId: voorbeeld, userId: null }, (tx) =>
      queueMail(tx, { tenantId: elders, to: 'een@voorbeeld.example', subject: 'x', body: 'x' })), /row-level security/);
    await deliverOutbox(db.kysely, mailer, { clock: () => at(0) });
    assert.deepEqual(received.map((m) => m.to), [['een@voorbeeld.example']]);
  });

  test('a mail server without a sender address stops the start with a clear message; without a server mail waits', () => {
    assert.throws(() => loadConfig({ DOORBRAAK_SMTP_URL: 'smtp://mail.example:587' }),
      (e: Error) => e instanceof ConfigError && /DOORBRAAK_MAIL_FROM ontbreekt/.test(e.message));
    assert.throws(() => loadConfig({ DOORBRAAK_SMTP_URL: 'http://mail.example', DOORBRAAK_MAIL_FROM: 'a@b.nl' }), /DOORBRAAK_SMTP_URL/);
    const c = loadConfig({ DOORBRAAK_SMTP_URL: 'smtps://u:p@mail.example:465', DOORBRAAK_MAIL_FROM: 'Doorbraak <noreply@voorbeeld.nl>' });
    assert.equal(c.smtpUrl, 'smtps://u:p@mail.example:465');
    assert.equal(loadConfig({}).smtpUrl, undefined);
    assert.equal(loadConfig({}).jobs, true);
    assert.equal(loadConfig({ DOORBRAAK_JOBS: 'off' }).jobs, false);
  });

  test('without a mail server the delivery job leaves messages waiting, untouched', async () => {
    const id = await queue('wacht@voorbeeld.example');
    const handlers = jobHandlers({ db: db.kysely, crypto: new Crypto('x'.repeat(32)), mailer: null });
    const deliver = handlers['outbox-delivery'];
    assert.equal(typeof deliver, 'function');
    await (deliver as JobHandler)({ id: 'x', tenantId: null, payload: {}, attempt: 1, now: at(0), signal: new AbortController().signal });
    const r = await row(id);
    assert.equal(r.sent_at, null);
    assert.equal(r.attempts, 0);
    assert.deepEqual(await outboxCounts(db.kysely), { unsent: 1, undeliverable: 0 });
    assert.equal(received.length, 0);
  });
});
