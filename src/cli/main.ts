import { ConfigError, loadConfig } from '../config.ts';
import { start, openConfiguredDatabase } from '../main.ts';
import { Crypto } from '../platform/crypto/index.ts';
import { DataDirLockedError } from '../platform/db/lock.ts';
import { migrate } from '../platform/db/migrate.ts';
import { verifyAuditChains } from '../platform/log/audit.ts';
import { DEMO_PASSWORD, demoUsers, seedDemo } from './seed.ts';

const usage = `Gebruik: doorbraak <opdracht>
  serve        start de server (standaard)
  migrate      voer databasemigraties uit
  seed         laad de demogegevens (alleen in demo-modus)
  verify-log   controleer de hashketen van het audittrail`;

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
