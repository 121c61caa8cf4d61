import type { z } from '@hono/zod-openapi';
import { maskBsn } from '../households/bsn.ts';
import { memberMatchKey } from '../households/matching.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { conflict, invalid, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing, type ProcessingContext } from '../platform/log/processing.ts';
import type { PersonSearchInput, RectificationInput } from './schema.ts';
import {
  addHistory, casesOfHouseholds, findPersons, getPerson, historyOf, otherPersonWithBsn, type PersonRow, recordRequest, updatePerson,
} from './store.ts';

const present = (crypto: Crypto, p: PersonRow) => ({
  id: p.id, name: p.name, birthDate: p.birth_date, relation: p.relation, version: p.version, erased: p.erased_at !== null,
  bsnMasked: p.bsn_encrypted ? maskBsn(crypto.decrypt(p.bsn_encrypted)) : null,
});

/**
 * Finds a resident by BSN (through its keyed hash) or by name and birth date (through the same
 * normalised key intake linking uses). The search reads whoever it finds, so it is logged for them;
 * the audit chain records that a search took place even when it finds nobody.
 */
export async function searchPersons(tx: Tx, crypto: Crypto, pc: ProcessingContext, input: z.infer<typeof PersonSearchInput>) {
  const by = input.bsn
    ? { bsnHash: crypto.searchHash(input.bsn) }
    : { matchKey: memberMatchKey({ name: input.name!, birthDate: input.birthDate! }) ?? '' };
  const found = await findPersons(tx, by);
  const cases = await casesOfHouseholds(tx, [...new Set(found.map((p) => p.household_id))]);
  await logProcessing(tx, pc, {
    activity: 'persoon-zoeken', action: 'read', objectType: 'person', legalBasis: 'legal_obligation',
    subjects: found.map((p) => crypto.pseudonym('person', p.id)),
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: pc.actorId, action: 'privacy.person_search', objectType: 'person', data: { by: input.bsn ? 'bsn' : 'name_birth_date', found: found.length },
  }]);
  return found.map((p) => ({
    ...present(crypto, p),
    cases: cases.filter((c) => c.household_id === p.household_id).map((c) => ({ id: c.id, reference: c.reference, kind: c.kind, status: c.status })),
  }));
}

type Field = 'name' | 'birthDate' | 'bsn' | 'relation';

/**
 * AVG art. 16: corrects a person's record. The old values of the changed fields are kept encrypted
 * in one blob with who, when and why; the audit chain gets the field names only.
 */
export async function rectifyPerson(tx: Tx, crypto: Crypto, pc: ProcessingContext, personId: string, input: z.infer<typeof RectificationInput>) {
  const p = await getPerson(tx, personId);
  if (!p) throw notFound();
  if (p.erased_at) throw conflict('De gegevens van deze inwoner zijn gewist. Er is niets meer te verbeteren.');
  if (input.version !== undefined && input.version !== p.version) {
    throw conflict('Iemand anders heeft deze gegevens net gewijzigd. Vernieuw de pagina en probeer het opnieuw.');
  }
  const oldBsn = p.bsn_encrypted ? crypto.decrypt(p.bsn_encrypted) : null;
  const current: Record<Field, string | null> = { name: p.name, birthDate: p.birth_date, bsn: oldBsn, relation: p.relation };
  const wanted: Partial<Record<Field, string | null>> = {};
  for (const f of ['name', 'birthDate', 'bsn', 'relation'] as const) {
    const v = input[f];
    if (v !== undefined && (v === '' ? null : v) !== current[f]) wanted[f] = v === '' ? null : v;
  }
  const fields = Object.keys(wanted) as Field[];
  if (fields.length === 0) throw invalid([{ field: '(body)', message: 'Er is niets gewijzigd: geef minstens één nieuwe waarde' }]);

  const set: Record<string, unknown> = {};
  if ('name' in wanted) set.name = wanted.name;
  if ('birthDate' in wanted) set.birth_date = wanted.birthDate;
  if ('relation' in wanted) set.relation = wanted.relation;
  if ('bsn' in wanted) {
    const bsnHash = wanted.bsn ? crypto.searchHash(wanted.bsn) : null;
    if (bsnHash && await otherPersonWithBsn(tx, bsnHash, p.id)) {
      throw conflict('Dit BSN hoort al bij een andere inwoner. Controleer het nummer, of voeg de gegevens samen via beheer.');
    }
    set.bsn_encrypted = wanted.bsn ? crypto.encrypt(wanted.bsn) : null;
    set.bsn_hash = bsnHash;
  }
  if ('name' in wanted || 'birthDate' in wanted) {
    const key = memberMatchKey({ name: (wanted.name ?? p.name) as string, birthDate: (wanted.birthDate ?? p.birth_date ?? '') as string });
    if (key) set.match_key = key;
  }

  const updated = await updatePerson(tx, p.id, p.version, set);
  if (!updated) throw conflict('Iemand anders heeft deze gegevens net gewijzigd. Vernieuw de pagina en probeer het opnieuw.');
  const oldValues = Object.fromEntries(fields.map((f) => [f, current[f]]));
  const historyId = await addHistory(tx, {
    tenantId: pc.tenantId, personId: p.id, changedBy: pc.actorId!, fields, oldValues: crypto.encrypt(JSON.stringify(oldValues)), reason: input.reason,
  });
  const requestId = await recordRequest(tx, {
    tenantId: pc.tenantId, kind: 'rectification', personId: p.id, status: 'done', legalGround: null, handledBy: pc.actorId!, note: input.reason,
  });
  await logProcessing(tx, pc, {
    activity: 'gegevens-rectificeren', action: 'update', objectType: 'person', objectId: p.id, legalBasis: 'legal_obligation',
    subjects: [crypto.pseudonym('person', p.id)],
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: pc.actorId, action: 'person.rectified', objectType: 'person', objectId: p.id, data: { fields, historyId, requestId },
  }]);
  return present(crypto, (await getPerson(tx, p.id))!);
}

/** Earlier values of a person's record, newest first, with who changed them and why. */
export async function personHistory(tx: Tx, crypto: Crypto, pc: ProcessingContext, personId: string) {
  const p = await getPerson(tx, personId);
  if (!p) throw notFound();
  const rows = await historyOf(tx, [p.id]);
  await logProcessing(tx, pc, {
    activity: 'gegevens-rectificeren', action: 'read', objectType: 'person_history', objectId: p.id, legalBasis: 'legal_obligation',
    subjects: [crypto.pseudonym('person', p.id)],
  });
  return rows.map((h) => ({
    id: h.id, changedAt: new Date(h.changed_at).toISOString(), fields: h.fields, reason: h.reason,
    changedBy: h.changed_by_name ? { name: h.changed_by_name, organisation: h.changed_by_organisation ?? null } : null,
    oldValues: h.old_values ? JSON.parse(crypto.decrypt(h.old_values)) : null,
  }));
}
