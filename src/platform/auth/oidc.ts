import * as client from 'openid-client';
import { type Crypto, sha256 } from '../crypto/index.ts';

/**
 * Login at an OpenID Connect provider as a relying party: authorization code flow with PKCE, state
 * and nonce. What the browser must bring back (state, nonce, PKCE verifier) travels in an encrypted
 * cookie, not in server memory, so any app instance can finish a login another one started.
 */
export interface OidcClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export interface PendingLogin {
  state: string;
  nonce: string;
  verifier: string;
}

export interface OidcIdentity {
  /** The issuer as the provider names itself in its metadata (and in its tokens). */
  issuer: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  /** Authentication methods the provider says it used ('pwd', 'otp', 'mfa', …). */
  amr: string[];
}

const SCOPE = 'openid email profile';
const TIMEOUT_SECONDS = 10;

const CACHE_MS = 5 * 60_000;

function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** https, or plain http only for a provider on this machine (development and tests). */
export function isAllowedIssuer(issuer: string): boolean {
  try {
    const url = new URL(issuer);
    return url.protocol === 'https:' || isLoopback(url);
  } catch {
    return false;
  }
}

/**
 * The provider's metadata, kept a few minutes per instance: a cache, not state. It saves a
 * round trip per login and keeps the public start address from making us fetch on every call.
 */
const discovered = new Map<string, { at: number; config: Promise<client.Configuration> }>();

function configuration(s: OidcClientSettings): Promise<client.Configuration> {
  const key = sha256(JSON.stringify([s.issuer, s.clientId, s.clientSecret]));
  const hit = discovered.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.config;
  const url = new URL(s.issuer);
  if (!isAllowedIssuer(s.issuer)) return Promise.reject(new Error('issuer must use https'));
  const config = client.discovery(url, s.clientId, undefined, client.ClientSecretBasic(s.clientSecret), {
    timeout: TIMEOUT_SECONDS, ...(isLoopback(url) ? { execute: [client.allowInsecureRequests] } : {}),
  });
  discovered.set(key, { at: Date.now(), config });
  // A failed discovery is not remembered: the next login tries again.
  config.catch(() => discovered.delete(key));
  for (const [k, v] of discovered) if (Date.now() - v.at >= CACHE_MS) discovered.delete(k);
  return config;
}

/** The provider's authorization URL to send the browser to, and what to keep until it comes back. */
export async function beginOidcLogin(s: OidcClientSettings, redirectUri: string): Promise<{ url: URL; pending: PendingLogin }> {
  const config = await configuration(s);
  const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri, scope: SCOPE, state: pending.state, nonce: pending.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier), code_challenge_method: 'S256',
  });
  return { url, pending };
}

/**
 * Checks the provider's answer (state, issuer, code with PKCE, ID token signature, audience and
 * nonce) and returns who logged in. The e-mail address comes from the ID token, or else from the
 * userinfo endpoint: many providers only put it there. Throws when anything does not match.
 */
export async function finishOidcLogin(s: OidcClientSettings, redirectUri: string, params: URLSearchParams, pending: PendingLogin): Promise<OidcIdentity> {
  const config = await configuration(s);
  const current = new URL(redirectUri);
  for (const [k, v] of params) current.searchParams.append(k, v);
  const tokens = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  let email = typeof claims.email === 'string' ? claims.email : null;
  let verified = claims.email_verified === true;
  if (!email) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    email = typeof info.email === 'string' ? info.email : null;
    verified = info.email_verified === true;
  }
  return {
    issuer: config.serverMetadata().issuer, subject: claims.sub, email: email?.trim().toLowerCase() ?? null,
    emailVerified: verified, amr: Array.isArray(claims.amr) ? claims.amr.filter((a): a is string => typeof a === 'string') : [],
  };
}

const SEAL_PURPOSE = 'oidc-login:';

/**
 * Seals a value for a short-lived cookie: encrypted and authenticated (AES-GCM), with an expiry
 * inside. The purpose prefix keeps any other ciphertext of the same key from passing as one.
 */
export function sealForCookie(crypto: Crypto, value: unknown, ttlSeconds: number): string {
  return crypto.encrypt(SEAL_PURPOSE + JSON.stringify({ v: value, exp: Date.now() + ttlSeconds * 1000 }));
}

/** The sealed value, or null when it was tampered with, is from elsewhere or has expired. */
export function openFromCookie<T>(crypto: Crypto, sealed: string | undefined): T | null {
  if (!sealed) return null;
  try {
    const plain = crypto.decrypt(sealed);
    if (!plain.startsWith(SEAL_PURPOSE)) return null;
    const { v, exp } = JSON.parse(plain.slice(SEAL_PURPOSE.length)) as { v: T; exp: number };
    return typeof exp === 'number' && exp > Date.now() ? v : null;
  } catch {
    return null;
  }
}
