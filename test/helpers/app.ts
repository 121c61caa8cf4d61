import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { Crypto } from '../../src/platform/crypto/index.ts';
import type { Db } from '../../src/platform/db/connect.ts';
import { cloneTemplate } from './db.ts';

export interface TestApp {
  db: Db;
  crypto: Crypto;
  request(path: string, init?: RequestInit & { json?: unknown; as?: string }): Promise<Response>;
  close(): Promise<void>;
}

/** The real application on a fresh copy of the demo database, called in-process. */
export async function testApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await cloneTemplate();
  const config = loadConfig({ DOORBRAAK_DEMO: '1', ...env });
  const crypto = new Crypto(config.secret);
  const app = buildApp({ db: db.kysely, dbKind: db.kind, crypto, config });
  const cookies = new Map<string, string>();
  async function request(path: string, init: RequestInit & { json?: unknown; as?: string } = {}) {
    const headers = new Headers(init.headers);
    if (init.json !== undefined) headers.set('content-type', 'application/json');
    if (init.as) headers.set('cookie', await cookieFor(init.as));
    return app.request(path, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  }
  async function cookieFor(email: string): Promise<string> {
    const known = cookies.get(email);
    if (known) return known;
    const res = await app.request('/api/auth/login', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'doorbraak' }),
    });
    if (res.status !== 200) throw new Error(`inloggen als ${email} mislukt: ${res.status}`);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    cookies.set(email, cookie);
    return cookie;
  }
  return { db, crypto, request, close: () => db.close() };
}

export const minimalIntake = (over: Record<string, unknown> = {}) => ({
  household: { members: [{ name: 'Jan Testpersoon', birthDate: '1980-05-17' }] },
  story: 'Ik kom er niet meer uit met mijn schulden en mijn huis.',
  lifeDomains: ['finances'],
  urgency: 'normal',
  reporter: { name: 'Anna Wijkteam', organisation: 'Wijkteam Noord' },
  legalBasis: 'consent',
  ...over,
});
