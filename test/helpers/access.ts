import type { TestApp } from './app.ts';

export const POLICY = 'beleid@voorbeeld.nl';

/**
 * What someone outside a case's team gets for it: 404, so the case's existence is not confirmed;
 * policy staff get 403 on every case endpoint by their role alone, which confirms nothing either.
 */
export const outsiderStatus = (who: string) => (who === POLICY ? 403 : 404);

/** The case (and person id) of a demo resident, looked up with the owner connection. */
export async function caseOfMember(t: TestApp, name: string) {
  const row = await t.db.kysely.selectFrom('person as p').innerJoin('cases as c', (j) => j.onRef('c.household_id', '=', 'p.household_id'))
    .select(['c.id as caseId', 'p.id as personId', 'c.household_id as householdId']).where('p.name', '=', name).executeTakeFirstOrThrow();
  return row;
}

/** Accepts an invitation and returns a request function that carries the partner's new session. */
export async function partnerSession(t: TestApp, token: string, password: string) {
  const res = await t.request('/api/public/invitations/accept', { method: 'POST', json: { token, password } });
  if (res.status !== 200) throw new Error(`uitnodiging aannemen mislukt: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  return (path: string, init: RequestInit = {}) => t.request(path, { ...init, headers: { ...init.headers, cookie } });
}
