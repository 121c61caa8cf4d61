import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { SESSION_COOKIE, readSession } from '../auth/session.ts';
import { newTraceId } from '../log/processing.ts';
import { type AppEnv, type Deps, isHttps } from './context.ts';
import { Problem, problemResponse } from './problem.ts';

z.config(z.locales.nl());

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function securityHeaders(h: Headers, https: boolean) {
  h.set('content-security-policy',
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
  h.set('x-content-type-options', 'nosniff');
  h.set('referrer-policy', 'no-referrer');
  h.set('x-frame-options', 'DENY');
  h.set('permissions-policy', 'camera=(), microphone=(), geolocation=()');
  if (https) h.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
}

/**
 * The HTTP shell every area plugs into: trace ids, security headers, size limit, same-origin check
 * for unsafe requests, the session, and problem+json for every error.
 */
export function createHttpApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();

  app.use('*', async (c, next) => {
    c.set('traceId', newTraceId());
    c.set('user', null);
    await next();
    securityHeaders(c.res.headers, isHttps(deps, c));
    if (c.req.path.startsWith('/api/')) c.res.headers.set('cache-control', 'no-store');
  });

  app.use('/api/*', bodyLimit({
    maxSize: 1024 * 1024,
    onError: (c) => problemResponse(c, new Problem(413, 'te-groot', 'Verzoek te groot', 'Het verzoek is groter dan 1 MB.')),
  }));

  app.use('/api/*', async (c, next) => {
    const origin = c.req.header('origin');
    if (UNSAFE.has(c.req.method) && origin) {
      const own = new URL(c.req.url).origin;
      const allowed = [own, deps.config.publicUrl && new URL(deps.config.publicUrl).origin];
      const host = c.req.header('host');
      if (!allowed.includes(origin) && !(host && new URL(origin).host === host)) {
        return problemResponse(c, new Problem(403, 'vreemde-herkomst', 'Verzoek geweigerd',
          'Dit verzoek komt van een andere website en is daarom geweigerd.'));
      }
    }
    const token = getCookie(c, SESSION_COOKIE);
    if (token) c.set('user', await readSession(deps.db, token));
    await next();
  });

  app.onError((err, c) => {
    if (err instanceof Problem) return problemResponse(c, err);
    if (err instanceof HTTPException) {
      const status = err.status;
      const title = status === 400 ? 'Ongeldig verzoek' : 'Fout in het verzoek';
      const detail = status === 400 ? 'De inhoud van het verzoek is geen geldige JSON.' : undefined;
      return problemResponse(c, new Problem(status, 'verzoek', title, detail));
    }
    // Only the trace id goes to the technical log: error messages may quote personal data.
    console.error(`[${c.get('traceId')}] ${c.req.method} ${c.req.routePath}: ${(err as Error).name} ${(err as { code?: string }).code ?? ''}`);
    return problemResponse(c, new Problem(500, 'interne-fout', 'Er ging iets mis',
      `Probeer het later opnieuw. Noem bij contact met beheer deze code: ${c.get('traceId')}`));
  });

  app.notFound((c) => problemResponse(c, new Problem(404, 'niet-gevonden', 'Niet gevonden', 'Deze pagina of dit adres bestaat niet.')));

  return app;
}

const escapeHtml = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The OpenAPI document and a readable page of it. The page is rendered here rather than by a
 * viewer from a CDN: municipal networks are often closed, and our CSP allows only our own scripts.
 */
export function mountDocs(app: OpenAPIHono<AppEnv>) {
  const info = {
    title: 'Doorbraak API',
    version: '0.1.0',
    description: 'Regie op vastgelopen situaties: aanmelding, triage, casusoverzicht en verwerkingenlog.',
    license: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12' },
  };
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessie', { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE });
  app.doc31('/api/openapi.json', { openapi: '3.1.0', info });
  app.get('/api/docs', (c) => {
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info });
    const rows = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { summary?: string; tags?: string[]; responses?: Record<string, unknown> }>).map(([method, op]) =>
        `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code></td><td>${escapeHtml(op.summary)}</td>` +
        `<td>${escapeHtml(op.tags?.join(', '))}</td><td>${Object.keys(op.responses ?? {}).join(', ')}</td></tr>`));
    return c.html(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${info.title}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse}td,th{border:1px solid #767676;padding:.4rem;text-align:left;vertical-align:top}a{color:#1d4f91}</style></head>
<body><main><h1>${info.title}</h1><p>${escapeHtml(info.description)}</p>
<p>Het volledige OpenAPI 3.1-document: <a href="/api/openapi.json">/api/openapi.json</a>. Fouten zijn <code>application/problem+json</code> (RFC 9457) met Nederlandse tekst en de velden die niet kloppen.</p>
<table><caption>Alle eindpunten</caption><thead><tr><th scope="col">Methode</th><th scope="col">Pad</th><th scope="col">Wat</th><th scope="col">Onderdeel</th><th scope="col">Antwoorden</th></tr></thead>
<tbody>${rows.join('')}</tbody></table></main></body></html>`);
  });
}
