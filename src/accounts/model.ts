/** The roles a person can have within one municipality. */
export const roles = [
  'reporter', 'coordinator', 'mandate_holder', 'partner', 'policy', 'privacy_officer', 'administrator',
] as const;
export type Role = (typeof roles)[number];

/** Roles that see residents' personal data: a municipality can require a second factor for them. */
export const personalDataRoles: readonly Role[] = ['coordinator', 'mandate_holder', 'partner', 'privacy_officer', 'administrator'];

export function mfaRequiredFor(roles: readonly string[], municipalityRequires: boolean): boolean {
  return municipalityRequires && roles.some((r) => (personalDataRoles as readonly string[]).includes(r));
}

/**
 * What the identity provider's 'amr' claim must contain for us to trust that it checked a second
 * factor itself (RFC 8176: 'mfa' = more than one factor, 'otp' = a one-time code).
 */
export const trustedProviderFactors = ['mfa', 'otp'] as const;

export function providerDidSecondFactor(amr: readonly string[]): boolean {
  return amr.some((a) => (trustedProviderFactors as readonly string[]).includes(a));
}

export type LoginStage = 'full' | 'mfa' | 'mfa_setup';

/**
 * The stage a new session starts in after a correct password (or identity provider login):
 * whoever has an authenticator enters a code; whoever must have one but has none sets it up first.
 */
export function loginStage(p: { roles: readonly string[]; municipalityRequiresMfa: boolean; totpEnabled: boolean; secondFactorDone: boolean }): LoginStage {
  if (p.secondFactorDone) return 'full';
  if (p.totpEnabled) return 'mfa';
  return mfaRequiredFor(p.roles, p.municipalityRequiresMfa) ? 'mfa_setup' : 'full';
}

/** How the web names the stage in GET /api/auth/me and the login answer. */
export function mfaStageName(stage: LoginStage): 'done' | 'verify' | 'setup' {
  return stage === 'full' ? 'done' : stage === 'mfa' ? 'verify' : 'setup';
}

/**
 * Where to go after login: only a path on this site. Anything that could lead elsewhere
 * ('//host', 'https://…', '/\\host', control characters) becomes '/'.
 */
export function safeRedirectPath(wanted: string | undefined | null): string {
  if (!wanted || !wanted.startsWith('/') || wanted.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(wanted)) return '/';
  try {
    const base = 'http://doorbraak.invalid';
    const url = new URL(wanted, base);
    if (url.origin !== base) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
