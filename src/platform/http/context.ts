import { OpenAPIHono } from '@hono/zod-openapi';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Config } from '../../config.ts';
import type { Database } from '../../database.ts';
import type { SessionUser } from '../auth/session.ts';
import type { Crypto } from '../crypto/index.ts';
import type { DatabaseKind } from '../db/connect.ts';
import { type TenantContext, type Tx, withTenant } from '../db/tenant.ts';
import type { ProcessingContext } from '../log/processing.ts';
import { fromZod, forbidden, problemResponse, unauthorized } from './problem.ts';

/** What every area's routes get from the composition root. */
export interface Deps {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  crypto: Crypto;
  config: Config;
}

export type AppEnv = {
  Variables: {
    user: SessionUser | null;
    traceId: string;
  };
};

/** A sub-app whose validation failures are Dutch problem+json naming the fields. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return problemResponse(c, fromZod(result.error));
    },
  });
}

type Ctx = { get(key: 'user'): SessionUser | null; get(key: 'traceId'): string; req: { header(name: string): string | undefined } };

export function requireUser(c: Ctx, ...roles: string[]): SessionUser {
  const user = c.get('user');
  if (!user) throw unauthorized();
  if (roles.length > 0 && !roles.some((r) => user.roles.includes(r))) throw forbidden();
  return user;
}

export function processingContext(c: Ctx, tenantId: string, actorId: string | null): ProcessingContext {
  return { tenantId, traceId: c.get('traceId'), actorId, origin: c.req.header('user-agent')?.slice(0, 120) ?? null };
}

/** One transaction for the logged-in user's municipality, with their processing context. */
export function inTenant<T>(deps: Deps, c: Ctx, user: SessionUser, fn: (tx: Tx, pc: ProcessingContext) => Promise<T>): Promise<T> {
  const ctx: TenantContext = { tenantId: user.tenantId, userId: user.userId };
  return withTenant(deps.db, ctx, (tx) => fn(tx, processingContext(c, user.tenantId, user.userId)));
}

/** Whether the browser reached us over TLS: directly, or through a trusted proxy that says so. */
export function isHttps(deps: Deps, c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return deps.config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/** The client's address for rate limits: the socket's, or the proxy's X-Forwarded-For when configured. */
export function clientAddress(deps: Deps, c: Context): string {
  if (deps.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'onbekend';
  } catch {
    return 'onbekend';
  }
}
