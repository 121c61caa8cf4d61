// Who sees figures only: the policy role without a role that works with cases. The server refuses
// such a user every page with personal data; the web app then says why instead of "not found".
import { useMe } from '../../auth';
import { useLang } from '../../lang';
import type { Me } from '../../types';

const CASE_ROLES = ['coordinator', 'mandate_holder', 'reporter', 'partner'];

export function isPolicyOnly(me: Me | null | undefined): boolean {
  return !!me && me.roles.includes('policy') && !me.roles.some((r) => CASE_ROLES.includes(r));
}

/** What a case page says when the case is not there for the viewer: for policy staff, why. */
export function useCaseMissingText(): string {
  const { t } = useLang();
  return isPolicyOnly(useMe().data) ? t('policy.caseRefused') : t('case.notFound');
}
