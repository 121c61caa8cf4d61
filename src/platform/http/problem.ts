import type { Context } from 'hono';
import type { ZodError } from 'zod';

export interface FieldError {
  field: string;
  message: string;
}

/** An RFC 9457 problem that a use case can throw; the app turns it into application/problem+json. */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(title);
  }
}

export const notFound = () =>
  new Problem(404, 'niet-gevonden', 'Niet gevonden', 'Dit bestaat niet, of u heeft er geen toegang toe.');
export const conflict = (detail: string) => new Problem(409, 'conflict', 'Conflict', detail);
export const forbidden = (detail = 'U heeft hiervoor niet de juiste rol.') =>
  new Problem(403, 'geen-toegang', 'Geen toegang', detail);
export const unauthorized = () =>
  new Problem(401, 'niet-ingelogd', 'Niet ingelogd', 'Log eerst in.');
export const invalid = (errors: FieldError[]) =>
  new Problem(422, 'ongeldige-invoer', 'De invoer is niet geldig', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);

export function fromZod(error: ZodError): Problem {
  return invalid(error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })));
}

export function problemResponse(c: Context, p: Problem): Response {
  const body = {
    type: `https://doorbraak.nl/problemen/${p.type}`,
    title: p.title,
    status: p.status,
    ...(p.detail ? { detail: p.detail } : {}),
    ...(p.errors ? { errors: p.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: p.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...p.headers },
  });
}
