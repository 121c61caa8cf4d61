import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_case_access.ts';

/** Every migration, in order; listed explicitly so bundling and tests never miss one. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_case_access': m0002,
};
