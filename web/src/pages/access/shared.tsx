// Small helpers shared by the need-to-know pages: section names, server errors mapped to form
// fields, and a focusable "done" notice after an action.
import { useRef, useState } from 'react';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import type { SummaryItem } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import type { MessageKey, Translate } from '../../i18n';
import { CASE_SECTIONS, type CaseRole, type CaseSection, type InvitationStatus } from '../../types-access';

export const sectionKey = (s: CaseSection) => `access.section.${s}` as const satisfies MessageKey;
export const roleKey = (r: CaseRole) => `access.role.${r}` as const satisfies MessageKey;
export const invitationStatusKey = (s: InvitationStatus) => `invite.status.${s}` as const satisfies MessageKey;

/** "verhaal, leefgebieden" in the order of the case page. */
export function sectionNames(t: Translate, sections: readonly string[]): string {
  const known = CASE_SECTIONS.filter((s) => sections.includes(s));
  return known.length ? known.map((s) => t(sectionKey(s))).join(', ') : t('access.noSections');
}

/** Checkbox options for the sections, optionally leaving some out (e.g. internal ones). */
export function sectionOptions(t: Translate, except: readonly CaseSection[] = []) {
  return CASE_SECTIONS.filter((s) => !except.includes(s)).map((s) => ({ value: s, label: t(sectionKey(s)) }));
}

/** A readable message for a failed request that belongs to no single field. */
export function problemText(t: Translate, error: unknown): string {
  if (isApiError(error, 0)) return t('error.network');
  if (isApiError(error) && error.status < 500) return error.detail ?? error.title;
  return t('error.generic');
}

export interface FormProblems {
  fields: FieldErrors;
  summary: SummaryItem[];
}

/**
 * Server errors on form fields: `paths` maps the API's field name (e.g. 'sections' or
 * 'emergency.reason') to the form's field path; other errors go to the summary without a link.
 */
export function serverProblems(t: Translate, error: unknown, paths: Record<string, string>): FormProblems {
  const fields: FieldErrors = {};
  const summary: SummaryItem[] = [];
  if (isApiError(error) && error.errors.length) {
    for (const e of error.errors) {
      const path = paths[e.field] ?? paths[e.field.replace(/\.\d+$/, '')] ?? null;
      if (path && !fields[path]) fields[path] = e.message;
      summary.push({ path, message: e.message });
    }
  } else {
    summary.push({ path: null, message: problemText(t, error) });
  }
  return { fields, summary };
}

/** Client-side problems as summary items, in the order of the form. */
export const summaryOf = (fields: FieldErrors): SummaryItem[] =>
  Object.entries(fields).map(([path, message]) => ({ path, message }));

/** A success message that takes focus, so keyboard and screen reader users hear the result. */
export function useNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const announce = (message: string | null) => {
    setNotice(message);
    if (message) window.setTimeout(() => ref.current?.focus(), 0);
  };
  const element = notice ? (
    <Alert type="ok" role="status" ref={ref} focusable>
      <p className="utrecht-paragraph">{notice}</p>
    </Alert>
  ) : null;
  return { notice, announce, element };
}

/** Moves focus to an element by id once React has rendered it. */
export function focusLater(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** Field errors, summary items and a counter that moves focus to the summary on each failed submit. */
export function useFormProblems() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const show = (fields: FieldErrors, items: SummaryItem[] = summaryOf(fields)) => {
    setErrors(fields);
    setSummary(items);
    if (items.length) setAttempt((n) => n + 1);
  };
  return { errors, summary, attempt, show };
}
