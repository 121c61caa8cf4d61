// Shows a page's content only to the roles it is for; others read that they have no access
// (the API refuses them anyway, this only saves them a list of errors).
import type { ReactNode } from 'react';
import { hasRole, useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Loading } from '../../components/Feedback';
import { useT } from '../../lang';
import type { Role } from '../../types';

export function RoleGate({ role, also, children }: { role: Role; also?: Role; children: ReactNode }) {
  const t = useT();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (hasRole(me.data, role) || (also && hasRole(me.data, also))) return <>{children}</>;
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">{t('error.forbidden')}</p>
    </Alert>
  );
}
