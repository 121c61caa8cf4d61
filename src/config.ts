import path from 'node:path';
import { z } from 'zod';

/** Every setting of the server, read once at start and checked as a whole. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DOORBRAAK_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DOORBRAAK_DEMO: z.enum(['0', '1']).optional(),
  DOORBRAAK_SECRET: z.string().min(32, 'moet minstens 32 tekens lang zijn').optional(),
  DOORBRAAK_PUBLIC_URL: z.string().url().optional(),
  DOORBRAAK_DEFAULT_MUNICIPALITY: z.string().optional(),
  DOORBRAAK_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  DOORBRAAK_JOBS: z.enum(['on', 'off']).default('on'),
  DOORBRAAK_JOBS_POLL_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  DOORBRAAK_SMTP_URL: z.string().regex(/^smtps?:\/\/[^\s]+$/, 'moet beginnen met smtp:// of smtps://').optional(),
  DOORBRAAK_MAIL_FROM: z.string().min(3).optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  demo: boolean;
  secret: string;
  publicUrl?: string;
  defaultMunicipality?: string;
  /** Behind a reverse proxy the client address comes from X-Forwarded-For; otherwise that header is ignored. */
  trustProxy: boolean;
  /** Run the background worker in this process (schedules, outbox delivery, retention). */
  jobs: boolean;
  jobsPollSeconds: number;
  /** Without it, e-mail waits in the outbox unsent. */
  smtpUrl?: string;
  mailFrom?: string;
}

/** Only for demo mode: a fixed secret is fine because demo data is fictional. */
const DEMO_SECRET = 'doorbraak-demo-geheim-alleen-voor-voorbeelddata-0000';

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const demo = e.DOORBRAAK_DEMO ? e.DOORBRAAK_DEMO === '1' : !e.DATABASE_URL;
  if (!demo && !e.DOORBRAAK_SECRET) {
    throw new ConfigError(
      'DOORBRAAK_SECRET ontbreekt. Buiten de demo-modus is een geheim van minstens 32 tekens verplicht ' +
        '(het beschermt BSN-versleuteling en pseudoniemen). Maak er een met: openssl rand -base64 48',
    );
  }
  if (e.DOORBRAAK_SMTP_URL && !e.DOORBRAAK_MAIL_FROM) {
    throw new ConfigError('DOORBRAAK_MAIL_FROM ontbreekt. Met DOORBRAAK_SMTP_URL is een afzender verplicht, bijvoorbeeld "Doorbraak <noreply@gemeente.nl>".');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DOORBRAAK_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    demo,
    secret: e.DOORBRAAK_SECRET ?? DEMO_SECRET,
    publicUrl: e.DOORBRAAK_PUBLIC_URL,
    defaultMunicipality: e.DOORBRAAK_DEFAULT_MUNICIPALITY,
    trustProxy: e.DOORBRAAK_TRUST_PROXY === '1',
    jobs: e.DOORBRAAK_JOBS === 'on',
    jobsPollSeconds: e.DOORBRAAK_JOBS_POLL_SECONDS,
    smtpUrl: e.DOORBRAAK_SMTP_URL,
    mailFrom: e.DOORBRAAK_MAIL_FROM,
  };
}
