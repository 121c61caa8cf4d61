// The words of a bottleneck: its title, who can change it (the owner organisation) and what is the
// problem. A bottleneck flagged by hand often starts without an owner; this is where it gets one.
// These texts go into the signal report, so the server refuses anything that points at a household.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading } from '../../components/Heading';
import { useLang } from '../../lang';
import type { BottleneckDetail } from '../../types-bottlenecks';
import { ConflictNotice, LatestVersion, orNull, useConflict, useFormErrors } from '../workflow/breakthrough/forms';

const SERVER_PATHS: Record<string, string> = { title: 'details.title', ownerOrganisation: 'details.owner', description: 'details.description' };

export function DetailsForm({ bottleneck: b, onChanged, onClose }: { bottleneck: BottleneckDetail; onChanged: (b: BottleneckDetail) => void; onClose: () => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(b.title);
  const [owner, setOwner] = useState(b.ownerOrganisation ?? '');
  const [description, setDescription] = useState(b.description ?? '');
  const errors = useFormErrors();
  // The version comes with the page's data; fetching the latest after a conflict refreshes it.
  const conflict = useConflict<BottleneckDetail>(
    () => queryClient.fetchQuery({ queryKey: bottlenecksKeys.one(b.id), queryFn: () => bottlenecksApi.one(b.id), staleTime: 0 }),
    () => undefined,
  );

  const save = useMutation({
    mutationFn: () => bottlenecksApi.update(b.id, { title, ownerOrganisation: orNull(owner), description: orNull(description), version: b.version }),
    onSuccess: onChanged,
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, SERVER_PATHS);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  };

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form doorbraak-bottleneck-create" aria-labelledby="bottleneck-details-form">
      <Heading level={3} id="bottleneck-details-form">{t('bottlenecks.details.formTitle')}</Heading>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? (
        <LatestVersion
          items={[
            { label: t('bottlenecks.field.title'), value: conflict.latest.title },
            { label: t('bottlenecks.field.owner'), value: conflict.latest.ownerOrganisation ?? '' },
            { label: t('bottlenecks.field.description'), value: conflict.latest.description ?? '' },
          ]}
          onAdopt={() => {
            const l = conflict.latest!;
            setTitle(l.title);
            setOwner(l.ownerOrganisation ?? '');
            setDescription(l.description ?? '');
            conflict.clear();
          }}
          onDismiss={() => conflict.clear()}
        />
      ) : null}
      <TextField path="details.title" label={t('bottlenecks.field.title')} description={t('bottlenecks.field.titleHint')} autoComplete="off" required
        value={title} onValue={setTitle} error={errors.fields['details.title']} />
      <TextField path="details.owner" label={t('bottlenecks.field.owner')} description={t('bottlenecks.field.ownerHint')} autoComplete="organization"
        value={owner} onValue={setOwner} error={errors.fields['details.owner']} />
      <TextAreaField path="details.description" label={t('bottlenecks.field.description')} description={t('bottlenecks.field.descriptionHint')} rows={5}
        value={description} onValue={setDescription} error={errors.fields['details.description']} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>{t('bottlenecks.details.save')}</Button>
        <Button appearance="subtle" onClick={onClose}>{t('bottlenecks.create.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
