import { z } from '@hono/zod-openapi';
import { roles } from './model.ts';

export const LoginInput = z.object({
  email: z.string().trim().min(1, 'Vul uw e-mailadres in').max(320),
  password: z.string().min(1, 'Vul uw wachtwoord in').max(1000),
}).openapi('LoginInput');

export const MfaStatus = z.object({
  stage: z.enum(['done', 'verify', 'setup']).openapi({ description: "'verify': code invullen; 'setup': eerst een app instellen; 'done': ingelogd" }),
  enabled: z.boolean().openapi({ description: 'Heeft deze persoon een authenticator-app ingesteld' }),
  required: z.boolean().openapi({ description: 'Verplicht de gemeente tweestapsverificatie voor de rollen van deze persoon' }),
  recoveryCodesLeft: z.number().int().openapi({ description: 'Ongebruikte herstelcodes' }),
}).openapi('MfaStatus');

export const Me = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable(), organisation: z.string().nullable() }),
  tenant: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  roles: z.array(z.enum(roles)),
  rights: z.array(z.string()).openapi({ description: "Bijzondere rechten, zoals 'consent_override' (delen zonder toestemming in een noodgeval)" }),
  mfa: MfaStatus,
}).openapi('Me');

export const LoginResult = z.union([
  Me.extend({ mfaRequired: z.literal(false) }),
  z.object({ mfaRequired: z.literal(true), mfa: MfaStatus }),
]).openapi('LoginResult', { description: 'Ingelogd (mfaRequired false), of eerst nog de code uit de app (mfaRequired true)' });

export const CodeInput = z.object({
  code: z.string().trim().min(1, 'Vul de code in').max(32).openapi({ description: '6 cijfers uit de app, of een herstelcode', example: '123456' }),
}).openapi('CodeInput');

export const MfaSetup = z.object({
  secret: z.string().openapi({ description: 'Het geheim in base32, om over te typen' }),
  uri: z.string().openapi({ description: 'otpauth://-adres voor de QR-code' }),
  issuer: z.string(),
  account: z.string(),
}).openapi('MfaSetup');

export const RecoveryCodes = z.object({
  recoveryCodes: z.array(z.string()).openapi({ description: 'Eenmalig te gebruiken; alleen nu te zien' }),
  mfa: MfaStatus,
}).openapi('RecoveryCodes');

export const SessionIdParam = z.object({ id: z.uuid('Onbekende sessie') });
export const UserIdParam = z.object({ id: z.uuid('Onbekende gebruiker') });

export const SessionList = z.object({
  items: z.array(z.object({
    id: z.string(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    stage: z.enum(['full', 'mfa', 'mfa_setup']).openapi({ description: "'mfa'/'mfa_setup': wachtwoord goed, tweede stap nog niet" }),
    method: z.enum(['password', 'oidc']),
    secondFactor: z.enum(['totp', 'recovery_code', 'identity_provider']).nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })),
}).openapi('SessionList');

export const Revoked = z.object({ revoked: z.number().int() }).openapi('Revoked');

export const PasswordChange = z.object({
  current: z.string().min(1, 'Vul uw huidige wachtwoord in').max(1000),
  new: z.string().min(1, 'Vul een nieuw wachtwoord in').max(1000),
}).openapi('PasswordChange');

export const LoginSettings = z.object({
  mfaRequired: z.boolean().openapi({ description: 'Tweestapsverificatie verplicht voor rollen die persoonsgegevens zien' }),
}).openapi('LoginSettings');

// — OpenID Connect —

export const MunicipalityQuery = z.object({ gemeente: z.string().max(100).optional() });
export const OidcStartQuery = MunicipalityQuery.extend({ redirect: z.string().max(2000).optional() });
export const OidcCallbackQuery = z.object({
  code: z.string().optional(), state: z.string().optional(), iss: z.string().optional(),
  error: z.string().optional(), error_description: z.string().optional(),
});

export const ProviderList = z.object({
  providers: z.array(z.object({
    id: z.string().openapi({ description: 'De gemeente (slug)' }),
    label: z.string().openapi({ description: 'Tekst voor de knop' }),
    startUrl: z.string(),
  })),
}).openapi('ProviderList');

export const IdentityProviderInput = z.object({
  issuer: z.url('Vul een geldig adres in (https://…)').max(500),
  clientId: z.string().trim().min(1, 'Vul de client-id in').max(500),
  clientSecret: z.string().min(1).max(2000).optional().openapi({ description: 'Alleen meesturen om het te wijzigen; wordt nooit teruggegeven' }),
  label: z.string().trim().min(1, 'Vul de tekst voor de knop in').max(100),
  enabled: z.boolean(),
}).openapi('IdentityProviderInput');

export const IdentityProviderView = z.object({
  redirectUri: z.string().openapi({ description: 'Dit adres registreert u bij de identiteitsprovider' }),
  provider: z.object({
    issuer: z.string(), clientId: z.string(), label: z.string(), enabled: z.boolean(),
    secretSet: z.boolean(), updatedAt: z.string(),
  }).nullable(),
}).openapi('IdentityProviderView');
