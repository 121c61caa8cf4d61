// Improving the texts of an own entry. The server checks them again for anything that leads back to
// a household (422 at the field, naming what it found), and an entry already shared goes back to
// the privacy officer. Someone else saving first (409) is said plainly; what was typed stays.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { libraryApi } from '../../api-library';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import { ENTRY_TEXT_FIELDS, type EntryTexts, type LibraryEntry } from '../../types-library';
import { ConflictNotice, LatestVersion, useConflict, useFormErrors } from '../workflow/breakthrough/forms';
import { fieldKey } from './labels';
import { EntryTextFields, TEXT_PATHS } from './TextFields';

const textsOf = (e: LibraryEntry): EntryTexts => ({
  title: e.title, problem: e.problem, blocker: e.blocker, breakthrough: e.breakthrough, outcome: e.outcome ?? '',
});

export function EntryEditForm({ entry, onSaved, onCancel }: { entry: LibraryEntry; onSaved: (e: LibraryEntry) => void; onCancel: () => void }) {
  const { t } = useLang();
  const [texts, setTexts] = useState<EntryTexts>(() => textsOf(entry));
  const [version, setVersion] = useState(entry.version);
  const errors = useFormErrors();
  const conflict = useConflict(() => libraryApi.entry(entry.id), setVersion);

  const save = useMutation({
    mutationFn: () => libraryApi.update(entry.id, { ...texts, outcome: texts.outcome.trim() ? texts.outcome : null, version }),
    onSuccess: (saved) => {
      errors.clear();
      conflict.clear();
      onSaved(saved);
    },
    onError: (error) => {
      if (conflict.caught(error, t('conflict.title'))) errors.clear();
      else errors.fromError(error, t, TEXT_PATHS);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };
  const latest = conflict.latest;

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-library-edit" aria-labelledby="library-edit-title">
      <Heading level={2} id="library-edit-title">{t('library.edit.title')}</Heading>
      <Paragraph>{entry.sharing === 'approved' ? t('library.edit.introShared') : t('library.edit.intro')}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.gone ? <Paragraph role="alert">{t('library.entry.gone')}</Paragraph> : null}
      {latest ? (
        <LatestVersion
          items={ENTRY_TEXT_FIELDS.map((f) => ({ label: t(fieldKey(f)), value: textsOf(latest)[f] }))}
          onAdopt={() => { setTexts(textsOf(latest)); conflict.clear(); }}
          onDismiss={conflict.clear}
        />
      ) : null}
      <EntryTextFields texts={texts} onChange={setTexts} errors={errors.fields} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>{save.isPending ? t('library.edit.saving') : t('library.edit.save')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
