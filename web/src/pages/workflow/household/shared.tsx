// What steps 1 and 2 and the price list share: state and unit words, amounts typed in euros or as a
// number of units, and a panel that takes focus when opened.
import { useEffect, useRef, type ReactNode } from 'react';
import { Badge } from '../../../components/Badges';
import { Heading } from '../../../components/Heading';
import { labelOr, type Translate } from '../../../i18n';
import { useLang } from '../../../lang';
import type { AssessmentState, PriceUnit } from '../../../types-household';
import { formatEuros, parseEuros, type ParsedEuros } from '../breakthrough/money';

type Tone = NonNullable<Parameters<typeof Badge>[0]['tone']>;

export const stateTone: Record<AssessmentState, Tone> = { crisis: 'danger', under_pressure: 'warning', stable: 'success' };

/** The state as a word on a coloured badge: the word carries the meaning, the colour supports it. */
export function StateBadge({ state }: { state: AssessmentState | null }) {
  const { t } = useLang();
  if (!state) return <Badge tone="neutral">{t('household.state.none')}</Badge>;
  return <Badge tone={stateTone[state]}>{t(`household.state.${state}`)}</Badge>;
}

/** Said in place of a part of the case that is not shared with the viewer. */
export function NotShared() {
  const { t } = useLang();
  return <p className="utrecht-paragraph doorbraak-not-shared">{t('partner.notShared')}</p>;
}

/** A relation word of the household (stored in Dutch) in the user's language; unknown words as they are. */
export const relationLabel = (t: Translate, relation: string) => labelOr(t, `household.relation.${relation}`, relation);

/** "€ 100,00 per uur". */
export function useTariffText() {
  const { t, locale } = useLang();
  return (item: { tariffCents: number; unit: PriceUnit }) =>
    t('priceList.perUnit', { amount: formatEuros(item.tariffCents, locale, true), unit: t(`priceList.unit.${item.unit}`) });
}

/**
 * A tariff in euros. A minus sign is read, not refused here: the server says in its own words why a
 * negative tariff cannot be, on the field.
 */
export function parseTariff(input: string): ParsedEuros {
  const parsed = parseEuros(input);
  if (parsed.ok || parsed.reason !== 'negative') return parsed;
  const positive = parseEuros(input.replace('-', ''));
  return positive.ok && positive.cents !== null ? { ok: true, cents: -positive.cents } : positive;
}

/** A number of units per year as typed ("40", "12,5"); null when empty, NaN when unreadable. */
export function parseUnits(input: string): number | null {
  const s = input.trim().replace(/\s/g, '').replace(',', '.');
  if (s === '') return null;
  return /^\d+(\.\d{1,2})?$/.test(s) ? Number(s) : Number.NaN;
}

/** Units as the text of an input, in Dutch notation. */
export const unitsToInput = (units: number | null) => (units === null ? '' : String(units).replace('.', ','));

/**
 * After a conflict: the fields the user did not touch take the stored value, the user's own edits
 * stay. Saving then sends only those edits, so the other person's change is kept as well.
 */
export function mergeLatest<D extends object>(draft: D, base: D, latest: D): D {
  const merged = { ...latest };
  for (const key of Object.keys(draft) as (keyof D)[]) if (draft[key] !== base[key]) merged[key] = draft[key];
  return merged;
}

/** Said under the stored version after a conflict, because the form already holds the merge. */
export function MergedNote() {
  const { t } = useLang();
  return <p className="utrecht-paragraph">{t('household.conflict.merged')}</p>;
}

/** The fields of `next` that differ from `base`: what the user really changes. */
export function changedOnly<T extends object>(next: T, base: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) if (next[key] !== base[key]) out[key] = next[key];
  return out;
}

/**
 * A form that opens in place: its heading takes focus so keyboard and screen reader users land in
 * it, and closing it gives focus back to the control that opened it (by id).
 */
export function Panel({ id, title, returnTo, level = 3, children }: { id: string; title: string; returnTo?: string; level?: 2 | 3 | 4; children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const panel = ref.current;
    panel?.focus();
    return () => {
      if (!returnTo) return;
      // Only when the panel is really gone (not a development re-run) and focus went with it: then
      // the control it came from is back in the page.
      window.setTimeout(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (!panel?.isConnected && lost) document.getElementById(returnTo)?.focus();
      }, 0);
    };
  }, [returnTo]);
  return (
    <section className="doorbraak-household-panel" aria-labelledby={id}>
      <Heading level={level} id={id} ref={ref} tabIndex={-1} className="doorbraak-focus-target">
        {title}
      </Heading>
      {children}
    </section>
  );
}
