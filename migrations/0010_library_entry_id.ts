import { type Kysely, sql } from 'kysely';

/**
 * Library entries are read by id alone: one municipality reads another's shared entry, so the
 * tenant is not known up front and row-level security (own or shared) gives no key prefix. Without
 * this index every such read walks the whole primary key (tenant_id, id).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create unique index library_entry_id on library_entry (id)`.execute(db);
}
