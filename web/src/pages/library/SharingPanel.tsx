// Sharing with other municipalities and taking an entry out of the library. The owning
// municipality's coordinators ask for sharing or withdraw it; its privacy officer approves or
// refuses a request (a refusal says why). A stale version (409) is said plainly with a way to reload.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { libraryApi } from '../../api-library';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { LibraryEntry, SharingDecision } from '../../types-library';
import { useFormErrors } from '../workflow/breakthrough/forms';
import { SharingBadge } from './labels';

interface Props {
  entry: LibraryEntry;
  onChanged: (e: LibraryEntry, news: string) => void;
  onReload: () => void;
}

function Stale({ detail, onReload }: { detail: string; onReload: () => void }) {
  const { t } = useLang();
  return (
    <Alert type="warning" role="alert">
      <Paragraph>{detail}</Paragraph>
      <Button onClick={onReload}>{t('library.entry.reload')}</Button>
    </Alert>
  );
}

function useSharing({ entry, onChanged }: Props, paths: Record<string, string>) {
  const { t } = useLang();
  const [stale, setStale] = useState<string | null>(null);
  const errors = useFormErrors();
  const mutation = useMutation({
    mutationFn: ({ decision, note }: { decision: SharingDecision; note?: string }) =>
      libraryApi.sharing(entry.id, { decision, note: note?.trim() ? note : null, version: entry.version }),
    onSuccess: (saved, { decision }) => {
      setStale(null);
      errors.clear();
      onChanged(saved, t(`library.sharing.done.${decision}`));
    },
    onError: (error) => {
      if (isApiError(error, 409)) {
        errors.clear();
        setStale(error.detail ?? error.title);
      } else {
        setStale(null);
        errors.fromError(error, t, paths);
      }
    },
  });
  return { mutation, stale, errors };
}

/** The privacy officer's judgement on a request to share. */
export function SharingDecisionForm(props: Props) {
  const { t } = useLang();
  const [note, setNote] = useState('');
  const { mutation, stale, errors } = useSharing(props, { note: 'sharing.note' });
  const busy = (d: SharingDecision) => mutation.isPending && mutation.variables?.decision === d;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // Which of the two buttons was used; Enter in the note approves, as the first button does.
    const decision: SharingDecision = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'refuse' ? 'refuse' : 'approve';
    if (decision === 'refuse' && !note.trim()) {
      errors.show({ 'sharing.note': t('library.sharing.noteRequired') });
      return;
    }
    if (!mutation.isPending) mutation.mutate({ decision, note });
  };
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-library-judge" aria-labelledby="library-judge-title">
      <Heading level={2} id="library-judge-title">{t('library.judge.title')}</Heading>
      <Paragraph>{t('library.judge.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {stale ? <Stale detail={stale} onReload={props.onReload} /> : null}
      <TextAreaField path="sharing.note" label={t('library.judge.note')} description={t('library.judge.noteHint')} rows={3}
        value={note} onValue={setNote} error={errors.fields['sharing.note']} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" name="decision" value="approve" busy={busy('approve')}>
          {t('library.judge.approve')}
        </Button>
        <Button type="submit" name="decision" value="refuse" busy={busy('refuse')}>
          {t('library.judge.refuse')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** Where sharing stands, and asking for it or withdrawing it (coordinators and administrators of the owner). */
export function SharingSection({ mayChange, ...props }: Props & { mayChange: boolean }) {
  const { t, locale } = useLang();
  const e = props.entry;
  const { mutation, stale, errors } = useSharing(props, {});
  const next: SharingDecision = e.sharing === 'local' || e.sharing === 'refused' ? 'request' : 'withdraw';
  return (
    <section className="doorbraak-section" aria-labelledby="library-sharing-title">
      <Heading level={2} id="library-sharing-title">{t('library.sharing.title')}</Heading>
      <Paragraph>
        <SharingBadge sharing={e.sharing} /> {t(`library.sharing.explain.${e.sharing}`)}
      </Paragraph>
      {e.sharingDecidedAt ? <Paragraph>{t('library.sharing.decidedAt', { at: formatDateTime(e.sharingDecidedAt, locale) })}</Paragraph> : null}
      {e.sharingNote ? <Paragraph>{t('library.sharing.note', { note: e.sharingNote })}</Paragraph> : null}
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {stale ? <Stale detail={stale} onReload={props.onReload} /> : null}
      {mayChange ? (
        <Button busy={mutation.isPending} onClick={() => mutation.mutate({ decision: next })}>
          {t(next === 'request' ? 'library.sharing.request' : 'library.sharing.withdraw')}
        </Button>
      ) : null}
    </section>
  );
}

/** Taking an own entry out of the library, after a second click. */
export function RemoveEntry({ entry, onRemoved, onReload }: { entry: LibraryEntry; onRemoved: () => void; onReload: () => void }) {
  const { t } = useLang();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: () => libraryApi.remove(entry.id, entry.version),
    onSuccess: onRemoved,
    onError: (error) => setProblem(isApiError(error) ? error.detail ?? error.title : t('error.generic')),
  });
  return (
    <section className="doorbraak-section" aria-labelledby="library-remove-title">
      <Heading level={2} id="library-remove-title">{t('library.remove.title')}</Heading>
      <Paragraph>{entry.fromCase ? t('library.remove.introCase') : t('library.remove.intro')}</Paragraph>
      {problem ? <Stale detail={problem} onReload={onReload} /> : null}
      {open ? (
        <Alert type="warning">
          <Paragraph>{t('library.remove.confirmText', { title: entry.title })}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary" busy={remove.isPending} onClick={() => remove.mutate()}>{t('library.remove.confirm')}</Button>
            <Button appearance="subtle" onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <Button onClick={() => setOpen(true)}>{t('library.remove.open')}</Button>
      )}
    </section>
  );
}
