import crypto from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../database.ts';
import type { Tx } from '../db/tenant.ts';

const GENESIS = '0'.repeat(64);

export interface AuditEntry {
  actorId: string | null;
  action: string;
  objectType: string;
  objectId?: string | null;
  /** What changed, without personal data: field names, statuses, ids. */
  data?: Record<string, unknown>;
}

interface ChainRow {
  tenant_id: string; seq: number | string; at: Date | string; actor_id: string | null; action: string;
  object_type: string; object_id: string | null; data: unknown; prev_hash: string;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function hashRow(r: ChainRow): string {
  const at = new Date(r.at).toISOString();
  const body = canonical({
    tenant: r.tenant_id, seq: Number(r.seq), at, actor: r.actor_id, action: r.action,
    type: r.object_type, object: r.object_id, data: r.data, prev: r.prev_hash,
  });
  return crypto.createHash('sha256').update(body).digest('hex');
}

/**
 * Appends to the municipality's hash chain. The head row is locked by the update, so concurrent
 * writers of one municipality line up and every row links to exactly one predecessor.
 */
export async function appendAudit(tx: Tx, tenantId: string, entries: AuditEntry[]): Promise<void> {
  for (const e of entries) {
    await sql`insert into audit_head (tenant_id, seq, hash) values (${tenantId}, 0, ${GENESIS}) on conflict do nothing`.execute(tx);
    const head = await sql<{ seq: number; hash: string }>`
      select seq, hash from audit_head where tenant_id = ${tenantId} for update`.execute(tx);
    const prev = head.rows[0];
    const row: ChainRow = {
      tenant_id: tenantId, seq: Number(prev.seq) + 1, at: new Date(), actor_id: e.actorId, action: e.action,
      object_type: e.objectType, object_id: e.objectId ?? null, data: e.data ?? {}, prev_hash: prev.hash,
    };
    const hash = hashRow(row);
    await tx.insertInto('audit_chain').values({ ...row, seq: row.seq, data: JSON.stringify(row.data), hash } as never).execute();
    await tx.updateTable('audit_head').set({ seq: row.seq, hash }).where('tenant_id', '=', tenantId).execute();
  }
}

export interface VerifyResult {
  tenantId: string;
  rows: number;
  problems: string[];
}

/** Recomputes every chain; finds altered rows, removed rows (gaps) and a cut-off tail. */
export async function verifyAuditChains(db: Kysely<Database>): Promise<VerifyResult[]> {
  const heads = await db.selectFrom('audit_head').selectAll().execute();
  const results: VerifyResult[] = [];
  for (const head of heads) {
    const problems: string[] = [];
    let prevHash = GENESIS;
    let expected = 1;
    let rows = 0;
    // Streamed in pages so a chain of millions of rows fits in memory.
    for (let after = 0; ; ) {
      const page = await db.selectFrom('audit_chain').selectAll().where('tenant_id', '=', head.tenant_id)
        .where('seq', '>', String(after) as never).orderBy('seq').limit(5000).execute();
      if (page.length === 0) break;
      for (const r of page) {
        const seq = Number(r.seq);
        if (seq !== expected) problems.push(`regel ${expected}${seq > expected + 1 ? ` t/m ${seq - 1}` : ''} ontbreekt`);
        if (r.prev_hash !== prevHash) problems.push(`regel ${seq}: verwijzing naar vorige regel klopt niet`);
        if (hashRow(r as unknown as ChainRow) !== r.hash) problems.push(`regel ${seq}: inhoud is gewijzigd`);
        prevHash = r.hash;
        expected = seq + 1;
        rows++;
      }
      after = Number(page[page.length - 1].seq);
    }
    if (expected - 1 !== Number(head.seq)) problems.push(`laatste regel(s) na ${expected - 1} ontbreken (kop staat op ${head.seq})`);
    else if (prevHash !== head.hash) problems.push('kop van de keten klopt niet met de laatste regel');
    results.push({ tenantId: head.tenant_id, rows, problems });
  }
  return results;
}
