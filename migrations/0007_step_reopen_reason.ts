import { type Kysely, sql } from 'kysely';

/**
 * Why a completed step was opened again: the coordinator's reason, shown on the step and blanked
 * with the rest of the six-step free text by erasure and retention.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table case_step add column reopen_reason text`.execute(db);
}

