import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { clear, hit, isBlocked, type Limit } from '../platform/auth/rate-limit.ts';
import { SESSION_COOKIE, type SessionMethod, type SessionStage, createSession, readSessionState } from '../platform/auth/session.ts';
import { sha256 } from '../platform/crypto/index.ts';
import { type Deps, clientAddress, isHttps } from '../platform/http/context.ts';
import { Problem, unauthorized } from '../platform/http/problem.ts';
import { type Role, loginStage, mfaRequiredFor, mfaStageName } from './model.ts';
import { loginFacts } from './store.ts';

/**
 * What every way of logging in shares: the throttle on wrong passwords and codes, the session
 * cookie, the stage a new session starts in and what the web gets to see.
 */

const FAILURES: Limit = { max: 5, windowSeconds: 15 * 60 };
const PER_ADDRESS: Limit = { max: 50, windowSeconds: 15 * 60 };

export interface Throttle {
  person: string;
  address: string;
}

/** Wrong passwords and wrong codes count in the same buckets: per person and per client address. */
export function throttleFor(deps: Deps, c: Context, email: string): Throttle {
  return { person: `login:${sha256(email.trim().toLowerCase())}`, address: `login-adres:${sha256(clientAddress(deps, c))}` };
}

export async function assertNotThrottled(deps: Deps, t: Throttle, what: 'wachtwoord' | 'code'): Promise<void> {
  const wait = Math.max(await isBlocked(deps.db, t.person, FAILURES), await isBlocked(deps.db, t.address, PER_ADDRESS));
  if (wait > 0) {
    const wrong = what === 'wachtwoord' ? 'een verkeerd wachtwoord' : 'een verkeerde code';
    throw new Problem(429, 'te-veel-pogingen', 'Te veel pogingen',
      `U heeft te vaak ${wrong} ingevuld. Probeer het over ${Math.ceil(wait / 60)} minuten opnieuw.`,
      undefined, { 'retry-after': String(wait) });
  }
}

export async function recordFailure(deps: Deps, t: Throttle): Promise<void> {
  await hit(deps.db, t.person, FAILURES);
  await hit(deps.db, t.address, PER_ADDRESS);
}

export async function clearFailures(deps: Deps, t: Throttle): Promise<void> {
  await clear(deps.db, t.person);
}

export function setSessionCookie(deps: Deps, c: Context, token: string): void {
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps(deps, c) });
}

export function sessionToken(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** The session of this request in whatever stage it is (the app's `user` only knows full sessions). */
export async function currentSession(deps: Deps, c: Context) {
  const token = sessionToken(c);
  return token ? readSessionState(deps.db, token) : null;
}

/** A session that is past the password but may still need its second step; 401 without one. */
export async function sessionInStage(deps: Deps, c: Context, ...stages: SessionStage[]) {
  const s = await currentSession(deps, c);
  if (!s || !stages.includes(s.stage)) throw unauthorized();
  return s;
}

/**
 * Starts a session after a correct password or identity-provider login, in the stage the
 * municipality's rules and the person's authenticator call for, and sets the cookie.
 * Other areas that log someone in (accepting an invitation) use this too.
 */
export async function startSession(deps: Deps, c: Context, who: { userId: string; tenantId: string },
  opts: { method: SessionMethod; providerSecondFactor?: boolean } = { method: 'password' }): Promise<SessionStage> {
  const f = await loginFacts(deps.db, who.userId, who.tenantId);
  const stage = loginStage({
    roles: f.roles, municipalityRequiresMfa: f.mfa_required, totpEnabled: f.totp_enabled_at !== null,
    secondFactorDone: opts.providerSecondFactor === true,
  });
  const token = await createSession(deps.db, who.userId, who.tenantId, {
    stage, method: opts.method, secondFactor: opts.providerSecondFactor ? 'identity_provider' : null,
    userAgent: c.req.header('user-agent') ?? null,
  });
  setSessionCookie(deps, c, token);
  return stage;
}

export async function presentMe(deps: Deps, userId: string, tenantId: string, stage: SessionStage) {
  const r = await loginFacts(deps.db, userId, tenantId);
  return {
    user: { id: r.id, name: r.name, email: r.email, phone: r.phone, organisation: r.organisation },
    tenant: { id: r.tenant_id, name: r.tenant_name, slug: r.tenant_slug },
    roles: r.roles as Role[],
    rights: r.rights,
    mfa: {
      stage: mfaStageName(stage), enabled: r.totp_enabled_at !== null, required: mfaRequiredFor(r.roles, r.mfa_required),
      recoveryCodesLeft: Number(r.recovery_codes_left ?? 0),
    },
  };
}

/** The answer to a login: who you are, or only that the code from the app is needed first. */
export async function loginResult(deps: Deps, userId: string, tenantId: string, stage: SessionStage) {
  const me = await presentMe(deps, userId, tenantId, stage);
  if (stage === 'mfa') return { mfaRequired: true as const, mfa: me.mfa };
  return { ...me, mfaRequired: false as const };
}
