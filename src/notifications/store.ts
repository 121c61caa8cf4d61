import { uuidv7 } from 'uuidv7';
import type { Tx } from '../platform/db/tenant.ts';

/** In-app messages; their data holds references and names of staff, never a resident's details. */
export async function notify(tx: Tx, tenantId: string, userIds: string[], kind: string, caseId: string | null, data: Record<string, unknown>) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await tx.insertInto('notification').values(unique.map((userId) => ({
    tenant_id: tenantId, id: uuidv7(), user_id: userId, kind, case_id: caseId, data: JSON.stringify(data),
  }))).execute();
}

export function notificationsOf(tx: Tx, userId: string, limit = 50) {
  return tx.selectFrom('notification').select(['id', 'kind', 'case_id', 'data', 'created_at', 'read_at'])
    .where('user_id', '=', userId).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function unreadCount(tx: Tx, userId: string): Promise<number> {
  const row = await tx.selectFrom('notification').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function markRead(tx: Tx, userId: string, id: string) {
  return tx.updateTable('notification').set({ read_at: new Date() })
    .where('user_id', '=', userId).where('id', '=', id).returning('id').executeTakeFirst();
}
