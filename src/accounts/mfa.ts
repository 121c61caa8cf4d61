import crypto from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { promoteSession, type SecondFactor } from '../platform/auth/session.ts';
import { matchTotp, newTotpSecret, totpUri } from '../platform/auth/totp.ts';
import { withSystem } from '../platform/db/tenant.ts';
import { type Deps, newRouter, requireUser } from '../platform/http/context.ts';
import { conflict, forbidden, invalid, unauthorized } from '../platform/http/problem.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import {
  assertNotThrottled, clearFailures, loginResult, presentMe, recordFailure, sessionInStage, sessionToken, setSessionCookie, throttleFor,
} from './login.ts';
import { mfaRequiredFor } from './model.ts';
import { CodeInput, LoginResult, MfaSetup, RecoveryCodes } from './schema.ts';
import {
  activatePendingTotp, findTotp, loginFacts, removeTotp, replaceRecoveryCodes, savePendingTotp, useRecoveryCode, useTotpCounter,
} from './store.ts';

const ISSUER = 'Doorbraak';
const RECOVERY_CODES = 8;
/** No 0/o, 1/l/i: codes are read from paper. */
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const WRONG_CODE = 'De code klopt niet. Gebruik de nieuwste code uit de app en kijk of de tijd op uw telefoon goed staat.';

const code = { body: { content: { 'application/json': { schema: CodeInput } }, required: true } };

const setup = createRoute({
  method: 'post', path: '/api/auth/mfa/setup', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Authenticator-app instellen: geeft het geheim en het otpauth-adres voor de QR-code',
  responses: { 200: { description: 'Nieuw geheim, nog niet actief', content: { 'application/json': { schema: MfaSetup } } }, ...problemResponses(401) },
});
const confirm = createRoute({
  method: 'post', path: '/api/auth/mfa/confirm', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Instellen afronden met een code uit de app; zet tweestapsverificatie aan en geeft herstelcodes',
  request: code,
  responses: { 200: { description: 'Aan', content: { 'application/json': { schema: RecoveryCodes } } }, ...problemResponses(401, 409, 422, 429) },
});
const verify = createRoute({
  method: 'post', path: '/api/auth/mfa/verify', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Tweede stap van het inloggen: de code uit de app (of een herstelcode)',
  request: code,
  responses: { 200: { description: 'Ingelogd', content: { 'application/json': { schema: LoginResult } } }, ...problemResponses(401, 422, 429) },
});
const disable = createRoute({
  method: 'delete', path: '/api/auth/mfa', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Tweestapsverificatie uitzetten (met een geldige code); niet als de gemeente het verplicht',
  request: code,
  responses: { 204: { description: 'Uit' }, ...problemResponses(401, 403, 409, 422, 429) },
});
const regenerate = createRoute({
  method: 'post', path: '/api/auth/mfa/recovery-codes', tags: ['Inloggen'], security: [{ sessie: [] }],
  summary: 'Nieuwe herstelcodes maken (met een geldige code); de oude vervallen',
  request: code,
  responses: { 200: { description: 'Nieuwe codes', content: { 'application/json': { schema: RecoveryCodes } } }, ...problemResponses(401, 409, 422, 429) },
});

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[crypto.randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** Keyed, so a copy of the database alone is not enough to try recovery codes offline. */
function recoveryHash(deps: Deps, userId: string, code: string): string {
  return deps.crypto.searchHash(`herstelcode:${userId}:${code.replace(/[\s-]/g, '').toLowerCase()}`);
}

async function issueRecoveryCodes(deps: Deps, tx: Parameters<typeof replaceRecoveryCodes>[0], userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  await replaceRecoveryCodes(tx, userId, codes.map((c) => recoveryHash(deps, userId, c)));
  return codes;
}

/**
 * Checks a code from the app (each time step only once) or an unused recovery code. Returns which
 * of the two it was, or null.
 */
async function checkSecondFactor(deps: Deps, userId: string, input: string): Promise<SecondFactor | null> {
  const row = await findTotp(deps.db, userId);
  if (!row?.secret_encrypted || !row.enabled_at) return null;
  const compact = input.replace(/[\s-]/g, '');
  if (/^\d{6}$/.test(compact)) {
    const step = matchTotp(deps.crypto.decrypt(row.secret_encrypted), compact, { lastCounter: row.last_counter === null ? null : Number(row.last_counter) });
    // The update only succeeds for a later step, so two requests with one code cannot both pass.
    return step !== null && (await useTotpCounter(deps.db, userId, step)) ? 'totp' : null;
  }
  return (await useRecoveryCode(deps.db, userId, recoveryHash(deps, userId, compact))) ? 'recovery_code' : null;
}

/** The shared part of every route that asks for a code: throttle, check, count a failure. */
async function requireCode(deps: Deps, c: Parameters<typeof throttleFor>[1], who: { userId: string; email: string }, input: string): Promise<SecondFactor> {
  const throttle = throttleFor(deps, c, who.email);
  await assertNotThrottled(deps, throttle, 'code');
  const factor = await checkSecondFactor(deps, who.userId, input);
  if (!factor) {
    await recordFailure(deps, throttle);
    throw invalid([{ field: 'code', message: WRONG_CODE }]);
  }
  await clearFailures(deps, throttle);
  return factor;
}

export function mfaRoutes(deps: Deps) {
  const app = newRouter();

  app.openapi(setup, async (c) => {
    const s = await sessionInStage(deps, c, 'full', 'mfa_setup');
    const secret = newTotpSecret();
    await savePendingTotp(deps.db, s.userId, deps.crypto.encrypt(secret));
    return c.json({ secret, uri: totpUri(secret, ISSUER, s.email), issuer: ISSUER, account: s.email }, 200);
  });

  app.openapi(confirm, async (c) => {
    const s = await sessionInStage(deps, c, 'full', 'mfa_setup');
    const { code: input } = c.req.valid('json');
    const throttle = throttleFor(deps, c, s.email);
    await assertNotThrottled(deps, throttle, 'code');
    const row = await findTotp(deps.db, s.userId);
    if (!row?.pending_secret_encrypted) throw conflict('Start eerst met het instellen van de app.');
    const pending = row.pending_secret_encrypted;
    const step = matchTotp(deps.crypto.decrypt(pending), input);
    if (step === null) {
      await recordFailure(deps, throttle);
      throw invalid([{ field: 'code', message: WRONG_CODE }]);
    }
    await clearFailures(deps, throttle);
    const codes = await withSystem(deps.db, async (tx) => {
      if (!(await activatePendingTotp(tx, s.userId, pending, step))) throw conflict('De app is intussen opnieuw ingesteld. Begin opnieuw.');
      const issued = await issueRecoveryCodes(deps, tx, s.userId);
      await appendAudit(tx, s.tenantId, [{ actorId: s.userId, action: 'account.mfa_enabled', objectType: 'user', objectId: s.userId, data: { renewed: row.enabled_at !== null } }]);
      return issued;
    });
    let stage = s.stage;
    if (s.stage === 'mfa_setup') {
      const token = await promoteSession(deps.db, sessionToken(c)!, 'totp');
      if (!token) throw unauthorized();
      setSessionCookie(deps, c, token);
      stage = 'full';
    }
    const me = await presentMe(deps, s.userId, s.tenantId, stage);
    return c.json({ recoveryCodes: codes, mfa: me.mfa }, 200);
  });

  app.openapi(verify, async (c) => {
    const s = await sessionInStage(deps, c, 'mfa');
    const { code: input } = c.req.valid('json');
    const factor = await requireCode(deps, c, s, input);
    const token = await promoteSession(deps.db, sessionToken(c)!, factor);
    if (!token) throw unauthorized();
    setSessionCookie(deps, c, token);
    if (factor === 'recovery_code') {
      await withSystem(deps.db, (tx) => appendAudit(tx, s.tenantId, [{ actorId: s.userId, action: 'account.recovery_code_used', objectType: 'user', objectId: s.userId }]));
    }
    return c.json(await loginResult(deps, s.userId, s.tenantId, 'full'), 200);
  });

  app.openapi(disable, async (c) => {
    const user = requireUser(c);
    const { code: input } = c.req.valid('json');
    const facts = await loginFacts(deps.db, user.userId, user.tenantId);
    if (mfaRequiredFor(facts.roles, facts.mfa_required)) throw forbidden('Uw gemeente verplicht tweestapsverificatie voor uw rol. U kunt wel een nieuwe app instellen.');
    if (!facts.totp_enabled_at) throw conflict('Tweestapsverificatie staat al uit.');
    await requireCode(deps, c, user, input);
    await withSystem(deps.db, async (tx) => {
      await removeTotp(tx, user.userId);
      await appendAudit(tx, user.tenantId, [{ actorId: user.userId, action: 'account.mfa_disabled', objectType: 'user', objectId: user.userId }]);
    });
    return c.body(null, 204);
  });

  app.openapi(regenerate, async (c) => {
    const user = requireUser(c);
    const { code: input } = c.req.valid('json');
    const facts = await loginFacts(deps.db, user.userId, user.tenantId);
    if (!facts.totp_enabled_at) throw conflict('Zet eerst tweestapsverificatie aan.');
    await requireCode(deps, c, user, input);
    const codes = await withSystem(deps.db, async (tx) => {
      const issued = await issueRecoveryCodes(deps, tx, user.userId);
      await appendAudit(tx, user.tenantId, [{ actorId: user.userId, action: 'account.recovery_codes_renewed', objectType: 'user', objectId: user.userId }]);
      return issued;
    });
    const me = await presentMe(deps, user.userId, user.tenantId, 'full');
    return c.json({ recoveryCodes: codes, mfa: me.mfa }, 200);
  });

  return app;
}
