// What the breakthrough forms share: server errors on the fields, a plain 409 notice that keeps
// what the user typed, the stored version to compare with, and a short "saved" message.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isApiError } from '../../../api';
import { Alert } from '../../../components/Alert';
import { Button, ButtonGroup } from '../../../components/Button';
import { DataList } from '../../../components/DataList';
import type { SummaryItem } from '../../../components/ErrorSummary';
import type { FieldErrors } from '../../../components/fieldIds';
import { Heading, Paragraph } from '../../../components/Heading';
import type { Translate } from '../../../i18n';
import { useT } from '../../../lang';

/** One sentence for a failed request that belongs to no field. */
export function messageOf(error: unknown, t: Translate): string {
  if (isApiError(error, 0)) return t('error.network');
  if (isApiError(error, 403)) return error.detail ?? t('error.forbidden');
  if (isApiError(error) && error.status < 500) return error.detail ?? error.title;
  return t('error.generic');
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
    show(fields: FieldErrors, summary?: SummaryItem[]) {
      setState((s) => ({
        fields,
        summary: summary ?? Object.entries(fields).map(([path, message]) => ({ path, message })),
        attempt: s.attempt + 1,
      }));
    },
    /** A failed request: 422 field errors on the form's fields (server field → form path), anything else as one message. */
    fromError(error: unknown, t: Translate, paths: Record<string, string> = {}) {
      const fields: FieldErrors = {};
      const summary: SummaryItem[] = [];
      if (isApiError(error, 422)) {
        for (const e of error.errors) {
          const path = paths[e.field] ?? paths[e.field.split('.')[0]] ?? null;
          if (path && !fields[path]) fields[path] = e.message;
          summary.push({ path, message: e.message });
        }
      }
      if (!summary.length) summary.push({ path: null, message: messageOf(error, t) });
      setState((s) => ({ fields, summary, attempt: s.attempt + 1 }));
    },
    clear() {
      setState((s) => ({ fields: {}, summary: [], attempt: s.attempt }));
    },
  };
}

/** Someone else saved first: say so plainly, keep the user's text, offer to fetch the stored version. */
export function ConflictNotice({ detail, busy, onFetchLatest }: { detail: string; busy: boolean; onFetchLatest: () => void }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [detail]);
  return (
    <Alert type="warning" role="alert" ref={ref} focusable>
      <Heading level={2} look={3}>{t('conflict.title')}</Heading>
      <Paragraph>{detail}</Paragraph>
      <Paragraph>{t('conflict.kept')}</Paragraph>
      <Button appearance="primary" busy={busy} onClick={onFetchLatest}>
        {t('conflict.fetch')}
      </Button>
    </Alert>
  );
}

/** The stored version after a conflict, to compare with what is in the form; the user may take it over. */
export function LatestVersion({ items, onAdopt, onDismiss }: { items: { label: string; value: ReactNode }[]; onAdopt: () => void; onDismiss: () => void }) {
  const t = useT();
  return (
    <section className="doorbraak-latest" aria-labelledby="latest-title">
      <Heading level={2} look={3} id="latest-title">{t('conflict.latestTitle')}</Heading>
      <Paragraph>{t('conflict.latestIntro')}</Paragraph>
      <DataList items={items.map((i) => ({ key: i.label, value: i.value || t('common.notProvided') }))} />
      <ButtonGroup>
        <Button onClick={onAdopt}>{t('conflict.adopt')}</Button>
        <Button appearance="subtle" onClick={onDismiss}>{t('conflict.keepMine')}</Button>
      </ButtonGroup>
    </section>
  );
}

/** A polite "saved" message that screen readers announce without moving focus. */
export function SavedStatus({ message }: { message: string }) {
  return (
    <p className="utrecht-paragraph doorbraak-saved" role="status" aria-live="polite">
      {message}
    </p>
  );
}

/** Whether the viewer may change this case: a contributing team member on a running case. */
export function canChange(o: { status: string; access: { via: string; role: string } }): boolean {
  return o.access.via === 'team' && o.access.role !== 'reader' && o.status === 'active';
}

/** Empty text is sent as null. */
export const orNull = (s: string) => (s.trim() === '' ? null : s);

/**
 * The 409 flow of a versioned item: remember the server's explanation, fetch the stored item on
 * request (null when it is gone) and hand its version to the form, so the next save is deliberate.
 */
export function useConflict<T extends { version: number }>(load: () => Promise<T | null>, onVersion: (version: number) => void) {
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<T | null>(null);
  const [gone, setGone] = useState(false);
  const fetchLatest = useMutation({
    mutationFn: load,
    onSuccess: (item) => {
      setConflict(null);
      if (!item) {
        setGone(true);
        return;
      }
      setLatest(item);
      onVersion(item.version);
    },
  });
  return {
    conflict,
    latest,
    gone,
    fetching: fetchLatest.isPending,
    fetch: () => fetchLatest.mutate(),
    /** True when the error was a 409 and is now shown. */
    caught(error: unknown, fallback: string): boolean {
      if (!isApiError(error, 409)) return false;
      setConflict(error.detail ?? fallback);
      return true;
    },
    clear() {
      setConflict(null);
      setLatest(null);
    },
  };
}

/** News after an action (saved, removed, added); `at` makes the same text news again. */
export interface Notice {
  text: string;
  type: 'ok' | 'error';
  at: number;
}

export const notice = (text: string, type: Notice['type'] = 'ok'): Notice => ({ text, type, at: Date.now() });

/** Announced, and focused so keyboard users land on it after the form they used has closed. */
export function DoneNotice({ notice: n }: { notice: Notice | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (n) ref.current?.focus();
  }, [n]);
  if (!n) return null;
  return (
    <Alert type={n.type} role={n.type === 'ok' ? 'status' : 'alert'} ref={ref} focusable>
      <Paragraph>{n.text}</Paragraph>
    </Alert>
  );
}
