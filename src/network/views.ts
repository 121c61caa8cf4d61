import type { LifeDomain } from '../cases/model.ts';
import { type OrganisationKind, organisationKindLabel } from './model.ts';
import type { ContactRow } from './store.ts';

/** A directory contact as the API shows it; also used where bottlenecks and involvements show their contacts. */
export function presentContact(r: ContactRow) {
  return {
    id: r.id, name: r.name, organisation: r.organisation, organisationKind: r.organisation_kind as OrganisationKind,
    organisationKindLabel: organisationKindLabel[r.organisation_kind as OrganisationKind] ?? r.organisation_kind,
    department: r.department, role: r.role, canDecide: r.can_decide, lifeDomains: r.life_domains as LifeDomain[], phone: r.phone,
    email: r.email, reach: r.reach, notes: r.notes, active: r.active, version: r.version, updatedAt: new Date(r.updated_at).toISOString(),
  };
}

