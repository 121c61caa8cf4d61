// Turning a failed request into words for a form: messages per field and for the error summary.
import { useState } from 'react';
import { isApiError } from '../../api';
import type { SummaryItem } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import type { Translate } from '../../i18n';

/** One sentence for a failed request that belongs to no field. */
export function messageOf(error: unknown, t: Translate): string {
  if (isApiError(error, 0)) return t('error.network');
  if (isApiError(error, 403)) return error.detail ?? t('error.forbidden');
  if (isApiError(error) && error.status < 500) return error.detail ?? error.title;
  return t('error.generic');
}

/**
 * The server's field errors on the form's paths (`paths` maps the server's field name to the form
 * path; fields not in it go to the summary only), or one general message.
 */
export function problemOf(
  error: unknown,
  t: Translate,
  paths: Record<string, string> = {},
): { fields: FieldErrors; summary: SummaryItem[] } {
  const fields: FieldErrors = {};
  const summary: SummaryItem[] = [];
  if (isApiError(error) && error.status === 422) {
    for (const e of error.errors) {
      const path = Object.prototype.hasOwnProperty.call(paths, e.field) ? paths[e.field] : null;
      if (path && !fields[path]) fields[path] = e.message;
      summary.push({ path, message: e.message });
    }
  }
  if (!summary.length) summary.push({ path: null, message: messageOf(error, t) });
  return { fields, summary };
}

/** Field errors plus an error summary that takes focus again on every failed submit. */
export function useFormErrors() {
  const [state, setState] = useState<{ fields: FieldErrors; summary: SummaryItem[]; attempt: number }>({
    fields: {},
    summary: [],
    attempt: 0,
  });
  return {
    ...state,
    /** Shows field errors (and a summary made of them unless one is given). */
    show(fields: FieldErrors, summary?: SummaryItem[]) {
      setState((s) => ({
        fields,
        summary: summary ?? Object.entries(fields).map(([path, message]) => ({ path, message })),
        attempt: s.attempt + 1,
      }));
    },
    clear() {
      setState((s) => ({ fields: {}, summary: [], attempt: s.attempt }));
    },
  };
}
