// What the bottleneck pages share: the status as a badge, counts that may be left out for privacy,
// the labels of kinds of blocker and life domains in the user's language, and who may do what.
import { hasRole } from '../../auth';
import { Badge } from '../../components/Badges';
import { labelOr, type Translate } from '../../i18n';
import { useLang } from '../../lang';
import type { Me } from '../../types';
import type { Bottleneck, BottleneckStatus, Resolution } from '../../types-bottlenecks';

const tone: Record<BottleneckStatus, 'warning' | 'active' | 'success' | 'inactive'> = {
  signalled: 'warning', on_agenda: 'active', in_discussion: 'active', resolved: 'success', not_taken_up: 'inactive',
};

export const statusText = (t: Translate, s: BottleneckStatus) => t(`bottlenecks.status.${s}`);
export const resolutionText = (t: Translate, r: Resolution) => t(`bottlenecks.resolution.${r}`);

/** The status in words; colour only supports it. */
export function BottleneckBadge({ status }: { status: BottleneckStatus }) {
  const { t } = useLang();
  return <Badge tone={tone[status]}>{statusText(t, status)}</Badge>;
}

/** A count, or why it is not shown: between 1 and 4 cases could point at a household. */
export function useCount() {
  const { t, locale } = useLang();
  return (n: number | null) => (n === null ? t('bottlenecks.fewerThan5') : new Intl.NumberFormat(locale).format(n));
}

/** A kind of blocker by its code, in the user's language; the server's Dutch label when unknown here. */
export const kindText = (t: Translate, value: string, label: string) => labelOr(t, `blocker.kind.${value}`, label);
export const domainText = (t: Translate, value: string, label: string) => labelOr(t, `domain.${value}`, label);

/** What a bottleneck is about: its rule, its organisation, or cases flagged by hand. */
export function basisText(t: Translate, b: Pick<Bottleneck, 'basis' | 'rule' | 'organisation'>) {
  if (b.basis === 'rule' && b.rule) return t('bottlenecks.basis.rule', { rule: `${b.rule.law}${b.rule.article ? ` ${b.rule.article}` : ''}` });
  if (b.basis === 'organisation') return t('bottlenecks.basis.organisation', { organisation: b.organisation ?? '' });
  return t('bottlenecks.basis.manual');
}

/** Who reads bottlenecks at all (the API refuses everyone else). */
export const readsBottlenecks = (me: Me | null | undefined) =>
  (['coordinator', 'mandate_holder', 'administrator', 'policy'] as const).some((r) => hasRole(me, r));
/** Who moves a bottleneck along: coordinators, administrators and policy makers. */
export const editsBottlenecks = (me: Me | null | undefined) =>
  (['coordinator', 'administrator', 'policy'] as const).some((r) => hasRole(me, r));
/** Only the people who work on cases see the (pseudonymised) cases and counts below 5. */
export const seesCases = (me: Me | null | undefined) => hasRole(me, 'coordinator') || hasRole(me, 'mandate_holder');
