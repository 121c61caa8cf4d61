import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

/** Tables of the jobs migration: background jobs and schedules. */
export interface JobTables {
  job: {
    id: string; tenant_id: string | null; kind: string; payload: Json<Record<string, unknown>>; schedule: string | null;
    run_at: Date; attempts: Generated<number>; max_attempts: Generated<number>; locked_until: Date | null;
    last_error: string | null; done_at: Date | null; created_at: Generated<Date>;
  };
  job_schedule: {
    name: string; kind: string; every_seconds: number | null; daily_at: string | null; time_zone: Generated<string>;
    next_run_at: Date; updated_at: Generated<Date>;
  };
}
