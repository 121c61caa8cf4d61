import { createRoute, z } from '@hono/zod-openapi';
import { euros } from '../costs/model.ts';
import { municipalityName } from '../breakthrough/store.ts';
import type { Block, PdfDocument } from '../platform/pdf/document.ts';
import { renderPdf } from '../platform/pdf/render.ts';
import { type Deps, inTenant, newRouter, requireUser } from '../platform/http/context.ts';
import { problemResponses } from '../platform/http/openapi.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { dutchDate } from '../privacy/labels.ts';
import { bottleneckDetail, requireBottleneck, seesExactCounts, shownCases, windowOf } from './evidence.ts';
import { type PseudonymisedCase, resolutionLabel } from './model.ts';
import { BottleneckParam } from './schema.ts';

/**
 * The signal report: a bottleneck with its evidence, to put on a policy maker's or a national
 * agency's agenda. Markdown to paste into a note, a tagged PDF to send. Cases only pseudonymised.
 */

type Detail = Awaited<ReturnType<typeof bottleneckDetail>>;
export interface SignalReport { municipality: string; producedOn: string; b: Detail; cases: { items: PseudonymisedCase[]; total: number; shown: number } | null }

const n = (v: number | null) => (v === null ? 'minder dan 5' : String(v));

function sections(r: SignalReport) {
  const { b } = r;
  const e = b.evidence;
  const facts: { label: string; value: string }[] = [
    { label: 'Status', value: `${b.statusLabel}${b.resolution ? ` (${resolutionLabel[b.resolution]})` : ''}` },
    { label: 'Wie dit kan veranderen', value: b.ownerOrganisation ?? 'Nog niet bepaald' },
    ...(b.rule ? [{ label: 'Regel', value: `${b.rule.law}${b.rule.article ? `, ${b.rule.article}` : ''}: ${b.rule.name}` }] : []),
    ...(b.organisation ? [{ label: 'Organisatie', value: b.organisation }] : []),
    { label: 'Casussen', value: `${n(e.cases)} sinds ${dutchDate(e.since)}, waarvan ${n(e.openCases)} nog lopend` },
    { label: 'Kosten van de huidige hulp in deze casussen', value: e.yearlySupportCents === null ? 'weggelaten (minder dan 5 casussen)' : `${euros(e.yearlySupportCents)} per jaar` },
  ];
  return {
    facts,
    trend: e.trend.map((t) => [t.quarter, n(t.cases)]),
    kinds: e.kinds.map((k) => [k.label, n(k.cases)]),
    domains: e.lifeDomains.map((d) => [d.label, n(d.cases)]),
    cases: r.cases?.items.map((c) => [c.label, c.quarter, c.status, String(c.step), c.lifeDomains.join(', '), c.kinds.join(', '), String(c.agencies), c.yearlyCost]) ?? null,
    contacts: b.contacts.map((c) => [c.name, c.organisation, c.role, [c.phone, c.email].filter(Boolean).join(', ')]),
    history: b.history.map((h) => [dutchDate(h.changedAt), h.statusLabel, h.reason ?? '']),
  };
}

const CASE_HEADERS = ['Casus', 'Kwartaal', 'Status', 'Stap', 'Leefgebieden', 'Soort blokkade', 'Organisaties', 'Kosten per jaar'];
const closing = (r: SignalReport) => `Opgesteld door ${r.municipality} op ${dutchDate(r.producedOn)} met Doorbraak. Dit signaal bevat geen namen, BSN's, adressen of datums van inwoners${r.b.evidence.suppressed.length ? '; aantallen onder de 5 zijn weggelaten' : ''}.`;

const cellMd = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const table = (headers: string[], rows: string[][]) => [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.map(cellMd).join(' | ')} |`)].join('\n');

export function reportMarkdown(r: SignalReport): string {
  const s = sections(r);
  const out = [`# Signaal: ${r.b.title}`, '', `${r.municipality}, ${dutchDate(r.producedOn)}`, '',
    ...s.facts.map((f) => `- **${f.label}:** ${f.value}`), ''];
  if (r.b.description) out.push('## Wat knelt', '', r.b.description, '');
  if (r.b.rule?.purpose) out.push('## Wat de regel wil bereiken', '', r.b.rule.purpose, '');
  out.push('## Casussen per kwartaal', '', table(['Kwartaal', 'Casussen'], s.trend), '');
  if (s.kinds.length) out.push('## Soort blokkade', '', table(['Soort', 'Casussen'], s.kinds), '');
  if (s.domains.length) out.push('## Leefgebieden', '', table(['Leefgebied', 'Casussen'], s.domains), '');
  if (s.cases) {
    out.push('## De casussen (gepseudonimiseerd)', '');
    if (r.cases!.shown < r.cases!.total) out.push(`De ${r.cases!.shown} meest recente van ${r.cases!.total} casussen.`, '');
    out.push(table(CASE_HEADERS, s.cases), '');
  }
  if (s.contacts.length) out.push('## Contactpersonen', '', table(['Naam', 'Organisatie', 'Rol', 'Bereikbaar'], s.contacts), '');
  out.push('## Verloop', '', table(['Datum', 'Status', 'Toelichting'], s.history), '', `_${closing(r)}_`, '');
  return out.join('\n');
}

export function reportDocument(r: SignalReport): PdfDocument {
  const s = sections(r);
  const blocks: Block[] = [{ type: 'paragraph', text: `${r.municipality}, ${dutchDate(r.producedOn)}` }, { type: 'keyValue', items: s.facts }];
  if (r.b.description) blocks.push({ type: 'heading', level: 2, text: 'Wat knelt' }, { type: 'paragraph', text: r.b.description });
  if (r.b.rule?.purpose) blocks.push({ type: 'heading', level: 2, text: 'Wat de regel wil bereiken' }, { type: 'paragraph', text: r.b.rule.purpose });
  blocks.push({ type: 'heading', level: 2, text: 'Casussen per kwartaal' }, { type: 'table', caption: 'Casussen per kwartaal van aanmelding', headers: ['Kwartaal', 'Casussen'], rows: s.trend });
  if (s.kinds.length) blocks.push({ type: 'heading', level: 2, text: 'Soort blokkade' }, { type: 'table', headers: ['Soort', 'Casussen'], rows: s.kinds });
  if (s.domains.length) blocks.push({ type: 'heading', level: 2, text: 'Leefgebieden' }, { type: 'table', headers: ['Leefgebied', 'Casussen'], rows: s.domains });
  if (s.cases) {
    blocks.push({ type: 'heading', level: 2, text: 'De casussen (gepseudonimiseerd)' });
    if (r.cases!.shown < r.cases!.total) blocks.push({ type: 'paragraph', text: `De ${r.cases!.shown} meest recente van ${r.cases!.total} casussen.` });
    blocks.push({ type: 'table', caption: 'Casussen zonder namen, nummers of datums', headers: CASE_HEADERS, rows: s.cases, widths: [0.8, 0.9, 0.9, 0.5, 1.8, 1.5, 0.9, 1.3] });
  }
  if (s.contacts.length) blocks.push({ type: 'heading', level: 2, text: 'Contactpersonen' }, { type: 'table', headers: ['Naam', 'Organisatie', 'Rol', 'Bereikbaar'], rows: s.contacts });
  blocks.push({ type: 'heading', level: 2, text: 'Verloop' }, { type: 'table', headers: ['Datum', 'Status', 'Toelichting'], rows: s.history, widths: [1, 1, 3] });
  blocks.push({ type: 'paragraph', text: closing(r) });
  return { title: `Signaal: ${r.b.title}`, author: r.municipality, subject: 'Signaal systeemknelpunt', lang: 'nl-NL', footer: r.municipality, blocks };
}

const tags = ['Systeemknelpunten'];
const security = [{ sessie: [] }];
const READERS = ['coordinator', 'mandate_holder', 'administrator', 'policy'];
const md = createRoute({
  method: 'get', path: '/api/bottlenecks/{bottleneckId}/report.md', tags, security,
  summary: 'Signaalrapport als Markdown: het knelpunt, de regel en wat die wil bereiken, de onderbouwing en (voor regisseurs en beslissers) de gepseudonimiseerde casussen',
  request: { params: BottleneckParam },
  responses: { 200: { description: 'Markdown', content: { 'text/markdown': { schema: z.string() } } }, ...problemResponses(401, 403, 404, 422) },
});
const pdf = createRoute({
  method: 'get', path: '/api/bottlenecks/{bottleneckId}/report.pdf', tags, security,
  summary: 'Signaalrapport als toegankelijke pdf, om op de agenda van een beleidsmaker of landelijke instantie te zetten',
  request: { params: BottleneckParam },
  responses: { 200: { description: 'De pdf', content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } } }, ...problemResponses(401, 403, 404, 422) },
});

export function reportRoutes(deps: Deps) {
  const app = newRouter();
  const build = async (c: Parameters<typeof requireUser>[0] & { req: { valid(t: 'param'): { bottleneckId: string } } }, format: 'md' | 'pdf') => {
    const user = requireUser(c, ...READERS);
    const { bottleneckId } = c.req.valid('param');
    const exact = seesExactCounts(user.roles);
    return inTenant(deps, c, user, async (tx, pc) => {
      const b = await requireBottleneck(tx, bottleneckId);
      const detail = await bottleneckDetail(tx, bottleneckId, exact);
      const cases = exact ? await shownCases(tx, deps.crypto, pc, b, (await windowOf(tx)).since) : null;
      await appendAudit(tx, pc.tenantId, [{ actorId: user.userId, action: 'bottleneck.report', objectType: 'systemic_bottleneck', objectId: bottleneckId, data: { format, withCases: !!cases } }]);
      return { municipality: (await municipalityName(tx, pc.tenantId)).name, producedOn: amsterdamDate(new Date()), b: detail, cases };
    });
  };
  const filename = (title: string, ext: string) => `signaal-${title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}.${ext}`;

  app.openapi(md, async (c) => {
    const r = await build(c, 'md');
    return c.body(reportMarkdown(r), 200, {
      'content-type': 'text/markdown; charset=utf-8', 'content-disposition': `attachment; filename="${filename(r.b.title, 'md')}"`,
    });
  });
  app.openapi(pdf, async (c) => {
    const r = await build(c, 'pdf');
    const bytes = await renderPdf(reportDocument(r));
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename(r.b.title, 'pdf')}"`,
    });
  });
  return app;
}
