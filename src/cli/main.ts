import { ConfigError, loadConfig } from '../config.ts';
import { jobHandlers, schedules } from '../jobs.ts';
import { configuredMailer, start, openConfiguredDatabase } from '../main.ts';
import { Crypto } from '../platform/crypto/index.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { migrate } from '../platform/db/migrate.ts';
import { enqueueScheduleNow, ensureSchedules, jobOverview } from '../platform/jobs/queue.ts';
import { describeSchedule } from '../platform/jobs/schedule.ts';
import { Worker } from '../platform/jobs/worker.ts';
import { verifyAuditChains } from '../platform/log/audit.ts';
import { outboxCounts } from '../platform/mail/outbox.ts';
import { DEMO_PASSWORD, demoUsers, seedDemo } from './seed.ts';

const usage = `Gebruik: doorbraak <opdracht>
  serve        start de server (standaard)
  migrate      voer databasemigraties uit
  seed         laad de demogegevens (alleen in demo-modus)
  verify-log   controleer de hashketen van het audittrail
  jobs         toon terugkerende taken, de wachtrij, mislukte taken en onverstuurde e-mail
  jobs run <naam>  voer een terugkerende taak nu uit (bijvoorbeeld: jobs run retention)`;

async function serve() {
  const config = loadConfig();
  const running = await start(config);
  console.log(`\nDoorbraak draait op ${running.url} (database: ${running.db.kind}${config.databaseUrl ? '' : `, map ${config.dataDir}`})`);
  if (config.demo) {
    console.log(`\nDemo-modus. Inloggen met wachtwoord '${DEMO_PASSWORD}' als:`);
    for (const u of demoUsers) console.log(`  ${u.email.padEnd(26)} ${u.roles.join(', ')}`);
    console.log(`\nOpenbaar meldformulier: ${running.url}/melden    API-documentatie: ${running.url}/api/docs\n`);
  }
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} ontvangen: database wordt netjes afgesloten…`);
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openConfiguredDatabase>>, config: ReturnType<typeof loadConfig>) => Promise<T>) {
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    return await fn(db, config);
  } finally {
    await db.close();
  }
}

const localTime = (d: Date) => new Date(d).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });

/** Counts, kinds and error codes only: job payloads and mail contents are never printed. */
async function jobs(args: string[]) {
  return withDb(async (db, config) => {
    await migrate(db);
    await ensureSchedules(db.kysely, schedules, new Date());
    if (args[0] === 'run') {
      const id = args[1] ? await enqueueScheduleNow(db.kysely, args[1], new Date()) : undefined;
      if (!id) {
        console.error(`Onbekende taak${args[1] ? ` '${args[1]}'` : ''}. Bekende taken: ${schedules.map((s) => s.name).join(', ')}`);
        process.exitCode = 2;
        return;
      }
      const mailer = configuredMailer(config);
      try {
        const worker = new Worker(db.kysely, jobHandlers({ db: db.kysely, crypto: new Crypto(config.secret), mailer }));
        const outcome = await worker.runNext(id);
        if (outcome?.status === 'done') console.log(`Taak ${args[1]} uitgevoerd.`);
        else {
          console.error(`Taak ${args[1]} mislukt${outcome ? ` (${outcome.error})` : ''}.`);
          process.exitCode = 1;
        }
      } finally {
        mailer?.close();
      }
      return;
    }
    if (args.length) {
      console.log(usage);
      process.exitCode = 2;
      return;
    }
    const o = await jobOverview(db.kysely, new Date());
    console.log('Terugkerende taken:');
    for (const s of o.schedules) {
      console.log(`  ${s.name.padEnd(20)} ${describeSchedule(s).padEnd(36)} volgende: ${localTime(s.next_run_at)}` +
        `   laatst klaar: ${s.last_done_at ? localTime(s.last_done_at) : 'nog niet'}`);
    }
    console.log(`Wachtrij: ${o.due} klaar om te draaien, ${o.running} bezig, ${o.retrying} wachten op een nieuwe poging, ${o.failed.length} mislukt`);
    for (const f of o.failed) console.log(`  mislukt: ${f.kind} (${f.attempts} pogingen, ${f.last_error ?? 'onderbroken'}) sinds ${localTime(f.created_at)}, id ${f.id}`);
    const mail = await outboxCounts(db.kysely);
    console.log(`E-mail: ${mail.unsent} niet verstuurd, waarvan ${mail.undeliverable} onbestelbaar` +
      (config.smtpUrl ? '' : ' (geen SMTP-server ingesteld: zet DOORBRAAK_SMTP_URL en DOORBRAAK_MAIL_FROM)'));
    if (!config.jobs) console.log('Let op: DOORBRAAK_JOBS=off, deze instantie voert geen taken uit.');
  });
}

async function main(command = 'serve') {
  switch (command) {
    case 'serve':
      return serve();
    case 'migrate':
      return withDb(async (db) => console.log(`Migraties uitgevoerd: ${(await migrate(db)).join(', ') || 'geen (al bijgewerkt)'}`));
    case 'seed':
      return withDb(async (db, config) => {
        if (!config.demo) throw new ConfigError('Demogegevens worden alleen in demo-modus geladen (DOORBRAAK_DEMO=1).');
        await migrate(db);
        console.log((await seedDemo(db.kysely, new Crypto(config.secret))) ? 'Demogegevens geladen.' : 'Demogegevens waren er al.');
      });
    case 'verify-log':
      return withDb(async (db) => {
        await migrate(db);
        const results = await verifyAuditChains(db.kysely);
        let bad = 0;
        for (const r of results) {
          console.log(`${r.tenantId}: ${r.rows} regels, ${r.problems.length ? `${r.problems.length} problemen` : 'in orde'}`);
          for (const p of r.problems) console.log(`  - ${p}`);
          bad += r.problems.length;
        }
        if (bad) process.exitCode = 1;
        console.log(bad ? 'Het audittrail is aangetast.' : 'Het audittrail is volledig en ongewijzigd.');
      });
    case 'jobs':
      return jobs(process.argv.slice(3));
    default:
      console.log(usage);
      process.exitCode = command === 'help' ? 0 : 2;
  }
}

main(process.argv[2]).catch((e) => {
  if (e instanceof ConfigError || e instanceof DataDirLockedError) {
    console.error(e.message);
  } else {
    console.error('Doorbraak kon niet starten:', (e as Error).message);
  }
  process.exit(1);
});
