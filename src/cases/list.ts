import { sql } from 'kysely';
import type { Tx } from '../platform/db/tenant.ts';
import { invalid } from '../platform/http/problem.ts';
import { type CaseStatus, STORY_EXCERPT_LENGTH } from './model.ts';

export interface CaseFilter {
  view: 'inbox' | 'mine';
  userId: string;
  status?: CaseStatus;
  step?: number;
  due?: 'overdue' | 'week';
  today: string;
  weekEnd: string;
  cursor?: string;
  limit: number;
}

interface Cursor { d: string | null; id: string }

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (typeof c.id === 'string' && /^[0-9a-f-]{36}$/.test(c.id) && (c.d === null || /^\d{4}-\d{2}-\d{2}$/.test(c.d))) return c;
  } catch { /* falls through to the problem below */ }
  throw invalid([{ field: 'cursor', message: 'Deze vervolgcode is ongeldig; begin opnieuw bij de eerste pagina' }]);
}

/**
 * One page of cases, earliest due first (so overdue ones lead), cases without a due date last.
 * Keyset pagination on (next_due, id) stays fast at any depth, served by the (tenant, status|coordinator,
 * next_due, id) indexes.
 */
export async function listCases(tx: Tx, f: CaseFilter) {
  let q = tx.selectFrom('cases as c')
    .leftJoin('app_user as u', 'u.id', 'c.coordinator_id')
    .select([
      'c.id', 'c.reference', 'c.status', 'c.step', 'c.kind', 'c.urgency', 'c.life_domains', 'c.reported_at',
      'c.first_contact_due', 'c.start_due', 'c.next_due', 'c.household_id', 'c.legal_basis', 'c.coordinator_id', 'u.name as coordinator_name',
      'c.internal_sections',
      sql<string>`(select left(i.story, ${STORY_EXCERPT_LENGTH}) from intake i where i.tenant_id = c.tenant_id and i.case_id = c.id order by i.reported_at limit 1)`.as('story_excerpt'),
    ]);
  // 'mine' is every case whose team the user is on: as coordinator, colleague or invited partner.
  q = f.view === 'inbox'
    ? q.where('c.status', '=', 'new')
    : q.where((eb) => eb.exists(eb.selectFrom('case_member as m').select('m.user_id')
      .whereRef('m.tenant_id', '=', 'c.tenant_id').whereRef('m.case_id', '=', 'c.id').where('m.user_id', '=', f.userId)));
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.step) q = q.where('c.step', '=', f.step);
  if (f.due === 'overdue') q = q.where('c.next_due', '<', f.today);
  if (f.due === 'week') q = q.where('c.next_due', '<=', f.weekEnd);
  if (f.cursor) {
    const cur = decodeCursor(f.cursor);
    q = cur.d === null
      ? q.where('c.next_due', 'is', null).where('c.id', '>', cur.id)
      : q.where((eb) => eb.or([
        eb('c.next_due', '>', cur.d),
        eb.and([eb('c.next_due', '=', cur.d), eb('c.id', '>', cur.id)]),
        eb('c.next_due', 'is', null),
      ]));
  }
  const rows = await q.orderBy(sql`c.next_due asc nulls last`).orderBy('c.id').limit(f.limit + 1).execute();
  const page = rows.slice(0, f.limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > f.limit && last ? encodeCursor({ d: last.next_due, id: last.id }) : null };
}
