/** Tables of the jobs migration: background jobs and schedules. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface JobTables {}
