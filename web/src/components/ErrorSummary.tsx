// Error summary shown above a form after a failed submit. It takes focus, lists every problem
// and links to the field, so keyboard and screen reader users can jump straight to it.
import { useEffect, useRef } from 'react';
import { useT } from '../lang';
import { fieldId } from './fieldIds';

export interface SummaryItem {
  /** Field path, or null when the problem belongs to no single field. */
  path: string | null;
  message: string;
}

interface ErrorSummaryProps {
  items: SummaryItem[];
  /** Changes on every failed submit; the summary then takes focus again. */
  focusKey: number;
  title?: string;
}

export function ErrorSummary({ items, focusKey, title }: ErrorSummaryProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (items.length && focusKey > 0) ref.current?.focus();
    // Focus only when a new submit failed, not on every edit.
  }, [focusKey]);

  if (!items.length) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="utrecht-alert utrecht-alert--error doorbraak-error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-3" id="error-summary-title">
            {title ?? t('error.summary')}
          </h2>
          <ul className="utrecht-unordered-list">
            {items.map((item, index) => (
              <li className="utrecht-unordered-list__item" key={`${item.path ?? ''}-${index}`}>
                {item.path ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${fieldId(item.path)}`}
                    onClick={(event) => {
                      const target = document.getElementById(fieldId(item.path!));
                      if (!target) return;
                      event.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
