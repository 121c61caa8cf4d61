import { canContribute, type CaseSection } from '../access/model.ts';
import { visibleCase } from '../cases/overview.ts';
import { addEvent } from '../cases/store.ts';
import { householdSubjects } from '../households/store.ts';
import type { SessionUser } from '../platform/auth/session.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { conflict, forbidden, notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { type ProcessingActivity, type ProcessingContext, logProcessing } from '../platform/log/processing.ts';

/** Who may read and change the breakthrough and the plan of a case, and how every read and change is recorded. */

type Kase = Awaited<ReturnType<typeof visibleCase>>;

/** The case, when the user sees every one of these sections; otherwise 404 as if there were nothing. */
export async function caseWithSections(tx: Tx, user: SessionUser, id: string, ...sections: CaseSection[]): Promise<Kase> {
  const kase = await visibleCase(tx, user, id);
  if (!sections.every((s) => kase.access.sections.includes(s))) throw notFound();
  return kase;
}

/** The case, when the user works on it (not only reads along) and it is still running. */
export async function changeableCase(tx: Tx, user: SessionUser, id: string, ...sections: CaseSection[]): Promise<Kase> {
  const kase = await caseWithSections(tx, user, id, ...sections);
  if (!canContribute(kase.access)) throw forbidden('U leest mee in deze casus. Wijzigen kan alleen als u in het casusteam meewerkt.');
  if (kase.status !== 'active') throw conflict('Deze casus loopt niet (meer). Wijzigen kan alleen in een lopende casus.');
  return kase;
}

type Deps = { crypto: Crypto };
type CaseRef = { id: string; household_id: string; legal_basis: string };

export async function logRead(deps: Deps, tx: Tx, pc: ProcessingContext, kase: CaseRef, activity: ProcessingActivity, objectType: string) {
  await logProcessing(tx, pc, {
    activity, action: 'read', objectType, objectId: kase.id, caseId: kase.id, legalBasis: kase.legal_basis,
    subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
  });
}

/**
 * A change goes on the timeline (ids and statuses only), into the processing log for every
 * household member, and onto the audit trail — all in the transaction of the change itself.
 */
export async function recordChange(
  deps: Deps, tx: Tx, pc: ProcessingContext, kase: CaseRef, change: {
    event: string; activity: ProcessingActivity; action: 'read' | 'create' | 'update' | 'delete'; objectType: string; objectId: string;
    data?: Record<string, unknown>;
  },
) {
  const data = change.data ?? {};
  await addEvent(tx, pc.tenantId, kase.id, change.event, pc.actorId, data);
  await logProcessing(tx, pc, {
    activity: change.activity, action: change.action, objectType: change.objectType, objectId: change.objectId, caseId: kase.id,
    legalBasis: kase.legal_basis, subjects: await householdSubjects(tx, deps.crypto, kase.household_id),
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: pc.actorId, action: `case.${change.event}`, objectType: change.objectType, objectId: change.objectId, data: { case: kase.id, ...data },
  }]);
}
