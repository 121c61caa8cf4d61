import { z } from '@hono/zod-openapi';

export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
}).openapi('Problem');

const descriptions: Record<number, string> = {
  400: 'Ongeldig verzoek', 401: 'Niet ingelogd', 403: 'Geen toegang', 404: 'Niet gevonden',
  409: 'Conflict', 413: 'Verzoek te groot', 422: 'Ongeldige invoer', 429: 'Te veel verzoeken',
};

/** The problem+json responses a route can give, for the OpenAPI document. */
export function problemResponses<S extends number>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((s) => [s, {
    description: descriptions[s] ?? 'Fout',
    content: { 'application/problem+json': { schema: ProblemSchema } },
  }])) as Record<S, { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }>;
}
