// Status words as badges. The word itself carries the meaning; colour only supports it.
import type { ReactNode } from 'react';
import { statusKey, urgencyKey } from '../i18n';
import { useT } from '../lang';
import type { CaseStatus, Urgency } from '../types';

type Tone = 'neutral' | 'active' | 'success' | 'warning' | 'danger' | 'inactive';

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${tone} doorbraak-badge`}>{children}</span>;
}

const statusTone: Record<CaseStatus, Tone> = {
  new: 'warning',
  active: 'active',
  referred: 'inactive',
  closed: 'success',
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return <Badge tone={statusTone[status] ?? 'neutral'}>{t(statusKey(status))}</Badge>;
}

export function OverdueBadge() {
  const t = useT();
  return <Badge tone="danger">{t('common.overdue')}</Badge>;
}

export function UrgentBadge() {
  const t = useT();
  return <Badge tone="danger">{t('common.urgent')}</Badge>;
}

export function UrgencyText({ urgency }: { urgency: Urgency }) {
  const t = useT();
  return urgency === 'urgent' ? <UrgentBadge /> : <>{t(urgencyKey(urgency))}</>;
}
