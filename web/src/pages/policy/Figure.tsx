// The frame every figure of the policy view shares: a heading, what it shows, a simple bar chart
// for the eye (hidden from screen readers: the table beside it carries the same numbers), the data
// table with its caption, and the figure as CSV. Small counts arrive as null and are said in words,
// never as a number.
import type { ReactNode } from 'react';
import { policyLinks } from '../../api-policy';
import { Heading, Paragraph } from '../../components/Heading';
import { Td } from '../../components/Table';
import { useLang } from '../../lang';
import type { Figure } from '../../types-policy';

export function FigureSection({ figure, title, intro, chart, wide = false, children }: {
  figure: Figure; title: string; intro: ReactNode; chart: ReactNode;
  /** A table with many columns goes below its chart: beside it, it would have to scroll. */
  wide?: boolean; children: ReactNode;
}) {
  const { t } = useLang();
  const id = `figure-${figure}`;
  return (
    <section className="doorbraak-section doorbraak-policy-figure" aria-labelledby={id}>
      <Heading level={2} id={id}>{title}</Heading>
      <Paragraph>{intro}</Paragraph>
      <div className={`doorbraak-policy-figure__body${wide ? ' doorbraak-policy-figure__body--stacked' : ''}`}>
        <div className="doorbraak-policy-figure__chart">{chart}</div>
        <div className="doorbraak-policy-figure__table">
          {wide ? (
            // Too wide for a small screen: this box scrolls sideways, and takes focus so keyboard users can scroll it too.
            <div className="doorbraak-policy-scroll" tabIndex={0} role="group" aria-labelledby={id}>{children}</div>
          ) : children}
          <Paragraph>
            <a className="utrecht-link utrecht-link--html-a" href={policyLinks.csv(figure)} download>
              {t('policy.csv')}
              <span className="doorbraak-visually-hidden">: {title}</span>
            </a>
          </Paragraph>
        </div>
      </div>
    </section>
  );
}

export interface Series {
  name: string;
  /** One of three colours; the legend names each. */
  tone: 1 | 2 | 3;
}

export interface BarRow {
  label: string;
  /** null: not shown (small count or derived from one), or no data. */
  values: (number | null)[];
}

/**
 * Horizontal bars, one group per row. Aria-hidden: it repeats the table, which a screen reader
 * reads better. A left-out value gets an outline and the words instead of a bar.
 */
export function Bars({ series, rows, format, max, hiddenText }: {
  series: Series[]; rows: BarRow[]; format: (v: number) => string; max?: number; hiddenText: string;
}) {
  const top = max ?? Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  return (
    <div className="doorbraak-chart" aria-hidden="true">
      {series.length > 1 ? (
        <ul className="doorbraak-chart__legend">
          {series.map((s) => (
            <li key={s.name}><span className={`doorbraak-chart__swatch doorbraak-chart__bar--${s.tone}`} />{s.name}</li>
          ))}
        </ul>
      ) : null}
      {rows.map((r) => (
        <div className="doorbraak-chart__row" key={r.label}>
          <span className="doorbraak-chart__label">{r.label}</span>
          <span className="doorbraak-chart__bars">
            {r.values.map((v, i) => (
              <span className="doorbraak-chart__line" key={series[i].name}>
                {v === null ? (
                  <span className="doorbraak-chart__hidden">{hiddenText}</span>
                ) : (
                  <>
                    <span className={`doorbraak-chart__bar doorbraak-chart__bar--${series[i].tone}`}
                      style={{ width: `${Math.max(0, Math.min(80, (v / top) * 80))}%` }} />
                    <span className="doorbraak-chart__value">{format(v)}</span>
                  </>
                )}
              </span>
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}

/**
 * How a table cell reads a value: a left-out count says "minder dan 5", a left-out amount or share
 * says it is not shown, and no data at all says so.
 */
export function useCell(minCount: number) {
  const { t } = useLang();
  return (row: { suppressed: string[] }, key: string, value: number | null, format: (v: number) => string = String) => {
    let text: ReactNode;
    if (value !== null) text = format(value);
    else if (!row.suppressed.includes(key)) text = <span className="doorbraak-policy-empty">{t('policy.cell.none')}</span>;
    else text = <span className="doorbraak-policy-suppressed">{t(COUNT_KEYS.has(key) ? 'policy.cell.fewer' : 'policy.cell.hidden', { n: minCount })}</span>;
    return <Td className="doorbraak-number">{text}</Td>;
  };
}

/** Fields that are counts of cases; the rest are derived from them (sums, shares, medians). */
const COUNT_KEYS = new Set([
  'intakes', 'cases', 'closed', 'breakthroughs', 'newCases', 'recurrences', 'waitingForFirstContact',
  'firstContactTotal', 'firstContactWithinNorm', 'startTotal', 'startWithinNorm',
]);

/** '2025-K3' in the user's language. */
export function quarterText(quarter: string, lang: string): string {
  return lang === 'en' ? quarter.replace('-K', ' Q') : quarter;
}
