import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation.ts';
import * as m0002 from './0002_case_access.ts';
import * as m0003 from './0003_login_hardening.ts';
import * as m0004 from './0004_privacy_rights.ts';
import * as m0005 from './0005_jobs.ts';
import * as m0006 from './0006_workflow.ts';
import * as m0007 from './0007_step_reopen_reason.ts';
import * as m0008 from './0008_decisions.ts';
import * as m0009 from './0009_learning.ts';
import * as m0010 from './0010_library_entry_id.ts';
import * as m0011 from './0011_bottleneck_keys.ts';

/** Every migration, in order; listed explicitly so bundling and tests never miss one. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_case_access': m0002,
  '0003_login_hardening': m0003,
  '0004_privacy_rights': m0004,
  '0005_jobs': m0005,
  '0006_workflow': m0006,
  '0007_step_reopen_reason': m0007,
  '0008_decisions': m0008,
  '0009_learning': m0009,
  '0010_library_entry_id': m0010,
  '0011_bottleneck_keys': m0011,
};
