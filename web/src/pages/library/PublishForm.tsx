// The coordinator's form to publish a breakthrough: the texts proposed from the case, a check that
// shows at each field what still leads back to the household, and publishing, which the server
// refuses (422, at the fields) while anything identifying remains.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { libraryApi } from '../../api-library';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { EntryTexts, LibraryDraft, LibraryEntry } from '../../types-library';
import { Checkbox } from '../security/Checkbox';
import { SavedStatus, useFormErrors } from '../workflow/breakthrough/forms';
import { fieldKey, findingMessages } from './labels';
import { EntryTextFields, TEXT_PATHS } from './TextFields';

export function PublishForm({ caseId, draft, onPublished }: { caseId: string; draft: LibraryDraft; onPublished: (e: LibraryEntry) => void }) {
  const { t } = useLang();
  const [texts, setTexts] = useState<EntryTexts>(draft.texts);
  const [requestSharing, setRequestSharing] = useState(false);
  // What the proposal from the case still holds, at the fields from the start; replaced by the first check or attempt.
  const [proposed, setProposed] = useState<FieldErrors>(() => findingMessages(draft.findings, t));
  const [checked, setChecked] = useState('');
  const errors = useFormErrors();

  const check = useMutation({
    mutationFn: () => libraryApi.check(texts, caseId),
    onSuccess: (result) => {
      setProposed({});
      if (result.clean) {
        errors.clear();
        setChecked(t('library.check.clean'));
        return;
      }
      setChecked('');
      const fields = findingMessages(result.findings, t);
      errors.show(fields, Object.entries(fields).map(([path, message]) => ({ path, message: `${t(fieldKey(path as keyof EntryTexts))}: ${message}` })));
    },
    onError: (error) => {
      setChecked('');
      errors.fromError(error, t, {});
    },
  });

  const publish = useMutation({
    mutationFn: () => libraryApi.publish(caseId, { ...texts, outcome: texts.outcome.trim() ? texts.outcome : null, requestSharing }),
    onSuccess: onPublished,
    onError: (error) => {
      setProposed({});
      setChecked('');
      errors.fromError(error, t, TEXT_PATHS);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!publish.isPending) publish.mutate();
  };
  const proposedCount = Object.keys(proposed).length;

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="library-publish-title">
      <Heading level={2} id="library-publish-title">{t('library.publish.formTitle')}</Heading>
      <Paragraph>{t('library.publish.formIntro')}</Paragraph>
      {proposedCount ? (
        <Alert type="warning">
          <Paragraph>{t('library.publish.proposedFound', { n: proposedCount })}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} title={errors.summary.some((s) => s.path) ? t('library.check.foundTitle') : undefined} />
      <EntryTextFields texts={texts} onChange={setTexts} errors={{ ...proposed, ...errors.fields }} />
      <Checkbox path="requestSharing" label={t('library.publish.requestSharing')} description={t('library.publish.requestSharingHint')}
        checked={requestSharing} onChange={setRequestSharing} />
      <ButtonGroup>
        <Button busy={check.isPending} onClick={() => check.mutate()}>{check.isPending ? t('library.check.busy') : t('library.check.submit')}</Button>
        <Button type="submit" appearance="primary" busy={publish.isPending}>{publish.isPending ? t('library.publish.busy') : t('library.publish.submit')}</Button>
      </ButtonGroup>
      <SavedStatus message={checked} />
    </form>
  );
}
