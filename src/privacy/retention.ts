import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { Crypto } from '../platform/crypto/index.ts';
import { type Tx, withTenant } from '../platform/db/tenant.ts';
import { appendAudit } from '../platform/log/audit.ts';
import { logProcessing, newTraceId, type ProcessingContext } from '../platform/log/processing.ts';
import { amsterdamDate } from '../platform/time/working-days.ts';
import { addYears, LEGAL_MINIMUM_YEARS, type RetentionPolicy, retentionEndsOn } from './model.ts';
import { blankCase, erasePerson } from './erase.ts';
import {
  casesOfHouseholds, householdMembers, markRetentionDone, recordRetentionRun, retentionCandidates, retentionCase, retentionPolicy,
} from './store.ts';

export interface MunicipalityRetention {
  tenantId: string;
  casesProcessed: number;
  personsErased: number;
  /** Household members kept because another case of theirs still runs or is still within its term. */
  personsKept: number;
}

export interface RetentionReport {
  ranAt: string;
  municipalities: MunicipalityRetention[];
}

const BATCH = 200;

/**
 * The daily retention job: in every municipality, finished cases whose term has run out lose their
 * free text, and the people in them are pseudonymised unless another case still needs them. Each
 * case is marked, so a second run does nothing; each municipality gets a retention_run row.
 * Runs per municipality as the application role, so row-level security keeps them apart.
 */
export async function runRetention(db: Kysely<Database>, crypto: Crypto, now: Date): Promise<RetentionReport> {
  const tenants = await db.selectFrom('tenant').select('id').orderBy('id').execute();
  const municipalities: MunicipalityRetention[] = [];
  for (const { id: tenantId } of tenants) {
    const pc: ProcessingContext = { tenantId, traceId: newTraceId(), actorId: null, origin: 'bewaartermijn' };
    const totals: MunicipalityRetention = { tenantId, casesProcessed: 0, personsErased: 0, personsKept: 0 };
    const today = amsterdamDate(now);
    // No term is shorter than the legal minimum, so older cases are the only ones that can be due.
    const endedOnOrBefore = addYears(today, -LEGAL_MINIMUM_YEARS);
    // One transaction per batch: a long backlog never holds one huge transaction, and what is done stays done.
    for (let after: string | null = null; ;) {
      const batch: { id: string }[] = await withTenant(db, { tenantId, userId: null }, async (tx) => {
        const { policy } = await retentionPolicy(tx);
        const candidates = await retentionCandidates(tx, endedOnOrBefore, after, BATCH);
        for (const c of candidates) {
          const endsOn = retentionEndsOn(retentionCase(c), policy);
          if (!endsOn || endsOn > today) continue;
          const r = await retainCase(tx, crypto, pc, policy, today, { id: c.id, householdId: c.household_id, endsOn }, now);
          totals.casesProcessed++;
          totals.personsErased += r.erased;
          totals.personsKept += r.kept;
        }
        return candidates;
      });
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1].id;
    }
    await withTenant(db, { tenantId, userId: null }, (tx) => recordRetentionRun(tx, { ...totals, ranAt: now }));
    municipalities.push(totals);
  }
  return { ranAt: now.toISOString(), municipalities };
}

async function retainCase(
  tx: Tx, crypto: Crypto, pc: ProcessingContext, policy: RetentionPolicy, today: string,
  c: { id: string; householdId: string; endsOn: string }, now: Date,
): Promise<{ erased: number; kept: number }> {
  const [members, cases] = await Promise.all([householdMembers(tx, [c.householdId]), casesOfHouseholds(tx, [c.householdId])]);
  // People stay while another case of their household still runs or is still within its own term.
  const othersNeedThem = cases.some((o) => {
    if (o.id === c.id || o.retention_done_at) return false;
    const endsOn = retentionEndsOn(retentionCase(o), policy);
    return !endsOn || endsOn > today;
  });
  const living = members.filter((m) => !m.erased_at);
  const intakes = await blankCase(tx, pc.tenantId, c.id);
  let erased = 0;
  if (!othersNeedThem) {
    for (const m of living) {
      await erasePerson(tx, crypto, pc.tenantId, m.id, now);
      erased++;
    }
  }
  await markRetentionDone(tx, c.id, now);
  await logProcessing(tx, pc, {
    activity: 'bewaartermijn-verwerken', action: 'delete', objectType: 'case', objectId: c.id, caseId: c.id,
    legalBasis: 'legal_obligation', subjects: members.map((m) => crypto.pseudonym('person', m.id)),
  });
  const kept = othersNeedThem ? living.length : 0;
  await appendAudit(tx, pc.tenantId, [{
    actorId: null, action: 'retention.applied', objectType: 'case', objectId: c.id,
    data: { retentionEndedOn: c.endsOn, intakesBlanked: intakes, personsErased: erased, personsKept: kept },
  }]);
  return { erased, kept };
}
