import { z } from '@hono/zod-openapi';
import { roles } from './model.ts';

export const LoginInput = z.object({
  email: z.string().trim().min(1, 'Vul uw e-mailadres in').max(320),
  password: z.string().min(1, 'Vul uw wachtwoord in').max(1000),
}).openapi('LoginInput');

export const Me = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), phone: z.string().nullable(), organisation: z.string().nullable() }),
  tenant: z.object({ id: z.string(), name: z.string(), slug: z.string() }),
  roles: z.array(z.enum(roles)),
}).openapi('Me');
