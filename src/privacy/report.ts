import { describeEvent, type LifeDomain } from '../cases/model.ts';
import type { Contact, Reporter } from '../database.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import type { Tx } from '../platform/db/tenant.ts';
import { notFound } from '../platform/http/problem.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing, type ProcessingContext } from '../platform/log/processing.ts';
import { retentionEndsOn } from './model.ts';
import type { AccessReport } from './schema.ts';
import type { z } from '@hono/zod-openapi';
import {
  casesOfHouseholds, consentsOf, eventsOfCases, getPerson, historyOf, householdMembers, intakesOfCases, logAbout, recordRequest,
  recordsOfSameResident, requestsOf, retentionCase, retentionPolicy,
} from './store.ts';

export type Report = z.infer<typeof AccessReport>;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/**
 * Everything held about one resident and every processing of it (AVG art. 15), for the privacy
 * officer to hand over. Decisions, following art. 15 practice:
 * - The BSN is given in full: it is the resident's own data, and only the whole number lets them
 *   check it is right (art. 16). The officer hands the report over after checking who asks; the PDF
 *   says to keep it safe. Everywhere else the BSN stays masked.
 * - Other household members appear by name and relation only: their birth dates, BSNs and processing
 *   are their own data (art. 15 lid 4).
 * - Who processed the data is given as the organisation, not the employee's name: employees acting
 *   for the municipality are not recipients (CJEU C-579/21, Pankki S, 22 June 2023). The same goes
 *   for whoever reported: their organisation is the source (art. 15 lid 1 onder g), their name is not.
 * - Other records of the same resident (same BSN, or same name and birth date, e.g. a new intake after
 *   a case ended) are included: the request is about the person, not about one row.
 */
export async function accessReport(tx: Tx, crypto: Crypto, pc: ProcessingContext, personId: string, format: 'json' | 'pdf'): Promise<Report> {
  const person = await getPerson(tx, personId);
  if (!person) throw notFound();
  const records = await recordsOfSameResident(tx, person);
  const recordIds = records.map((r) => r.id);
  const householdIds = [...new Set(records.map((r) => r.household_id))];
  const [members, cases, consents, history, requests, tenant, { policy }] = await Promise.all([
    householdMembers(tx, householdIds),
    casesOfHouseholds(tx, householdIds),
    consentsOf(tx, recordIds),
    historyOf(tx, recordIds),
    requestsOf(tx, recordIds),
    tx.selectFrom('tenant').select('name').where('id', '=', pc.tenantId).executeTakeFirstOrThrow(),
    retentionPolicy(tx),
  ]);
  const caseIds = cases.map((c) => c.id);
  const [intakes, events, processing] = await Promise.all([
    intakesOfCases(tx, caseIds),
    eventsOfCases(tx, caseIds),
    logAbout(tx, recordIds.map((id) => crypto.pseudonym('person', id))),
  ]);
  const others = members.filter((m) => !recordIds.includes(m.id));

  const report: Report = {
    producedAt: new Date().toISOString(),
    municipality: tenant.name,
    person: {
      id: person.id, name: person.name, birthDate: person.birth_date, relation: person.relation,
      bsn: person.bsn_encrypted ? crypto.decrypt(person.bsn_encrypted) : null,
      recordedAt: iso(person.created_at)!, erased: person.erased_at !== null,
    },
    otherRecords: records.filter((r) => r.id !== person.id).map((r) => ({ id: r.id, recordedAt: iso(r.created_at)! })),
    household: others.map((m) => ({ name: m.name, relation: m.relation })),
    cases: cases.map((c) => ({
      id: c.id, reference: c.reference, kind: c.kind, status: c.status, step: c.step, lifeDomains: c.life_domains as LifeDomain[],
      legalBasis: c.legal_basis, reportedAt: iso(c.reported_at)!, acceptedAt: iso(c.accepted_at), closedAt: iso(c.closed_at),
      retentionEndsOn: retentionEndsOn(retentionCase(c), policy),
      contact: c.contact as unknown as Contact,
      intakes: intakes.filter((i) => i.case_id === c.id).map((i) => ({
        reportedAt: iso(i.reported_at)!, story: i.story, source: (i.reporter as unknown as Reporter).organisation ?? 'Een melder zonder organisatie',
      })),
      timeline: events.filter((e) => e.case_id === c.id).map((e) => ({
        at: iso(e.at)!, summary: describeEvent({ type: e.type, data: e.data as Record<string, unknown> }),
      })),
    })),
    consents: consents.map((k) => ({
      caseReference: k.reference, purpose: k.purpose, organisations: k.organisations, sections: k.sections, method: k.method,
      givenOn: k.given_on, withdrawnAt: iso(k.withdrawn_at),
    })),
    rectifications: history.map((h) => ({
      changedAt: iso(h.changed_at)!, fields: h.fields, reason: h.reason, oldValues: h.old_values ? JSON.parse(crypto.decrypt(h.old_values)) : null,
    })),
    requests: requests.map((r) => ({ kind: r.kind, status: r.status, handledAt: iso(r.handled_at)!, legalGround: r.legal_ground })),
    recipients: [...new Set(processing.flatMap((l) => (l.organisation ? [l.organisation] : [])))].sort((a, b) => a.localeCompare(b, 'nl')),
    processing: processing.map((l) => ({
      at: iso(l.at)!, activity: l.activity, purpose: l.purpose, action: l.action, legalBasis: l.legal_basis,
      organisation: l.organisation ?? (l.actor_id ? null : 'Geen medewerker'), caseReference: l.case_reference ?? null,
    })),
  };

  // Producing the report reads the resident's data and the names of the people they live with.
  await logProcessing(tx, pc, {
    activity: 'inzage-verstrekken', action: 'read', objectType: 'person', objectId: person.id, legalBasis: 'legal_obligation',
    subjects: [...records, ...others].map((m) => crypto.pseudonym('person', m.id)),
  });
  const requestId = await recordRequest(tx, {
    tenantId: pc.tenantId, kind: 'access', personId: person.id, status: 'done', legalGround: null, handledBy: pc.actorId!, note: `format: ${format}`,
  });
  await appendAudit(tx, pc.tenantId, [{
    actorId: pc.actorId, action: 'privacy.access_report', objectType: 'person', objectId: person.id,
    data: { requestId, format, records: records.length, cases: cases.length, processingLines: processing.length },
  }]);
  return report;
}
