// Moving a bottleneck along: signalled · on the agenda · in discussion · resolved (the rule or the
// practice changed) · not taken up. Resolved says what changed and not taken up says why; the
// server checks that and its messages land at the fields. Someone else's change in between (409)
// is said plainly, and what the user typed stays.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { Button } from '../../components/Button';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import {
  BOTTLENECK_STATUSES, RESOLUTIONS, type BottleneckDetail, type BottleneckStatus, type Resolution,
} from '../../types-bottlenecks';
import { ConflictNotice, LatestVersion, orNull, useConflict, useFormErrors } from '../workflow/breakthrough/forms';
import { resolutionText, statusText } from './labels';

const SERVER_PATHS: Record<string, string> = { status: 'status', resolution: 'resolution', reason: 'reason' };

export function StatusForm({ bottleneck: b, onChanged }: { bottleneck: BottleneckDetail; onChanged: (b: BottleneckDetail) => void }) {
  const { t } = useLang();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<BottleneckStatus | ''>('');
  const [resolution, setResolution] = useState<Resolution | ''>('');
  const [reason, setReason] = useState('');
  const errors = useFormErrors();
  // The version comes with the page's data; fetching the latest after a conflict refreshes it.
  const conflict = useConflict<BottleneckDetail>(
    () => queryClient.fetchQuery({ queryKey: bottlenecksKeys.one(b.id), queryFn: () => bottlenecksApi.one(b.id), staleTime: 0 }),
    () => undefined,
  );

  const change = useMutation({
    mutationFn: () => bottlenecksApi.update(b.id, {
      status: status as BottleneckStatus,
      resolution: status === 'resolved' && resolution ? resolution : null,
      reason: orNull(reason),
      version: b.version,
    }),
    onSuccess: (next) => {
      errors.clear();
      conflict.clear();
      setStatus('');
      setResolution('');
      setReason('');
      onChanged(next);
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, SERVER_PATHS);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!status) {
      errors.show({ status: t('bottlenecks.status.choose') });
      return;
    }
    if (!change.isPending) change.mutate();
  };

  const needsReason = status === 'resolved' || status === 'not_taken_up';
  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="bottleneck-status-form">
      <Heading level={2} id="bottleneck-status-form">{t('bottlenecks.status.formTitle')}</Heading>
      <Paragraph>{t('bottlenecks.status.now', { status: statusText(t, b.status) })}</Paragraph>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? (
        <LatestVersion
          items={[
            { label: t('bottlenecks.col.status'), value: statusText(t, conflict.latest.status) },
            { label: t('bottlenecks.status.reason'), value: conflict.latest.statusReason ?? '' },
          ]}
          onAdopt={() => {
            setStatus(conflict.latest!.status);
            setResolution(conflict.latest!.resolution ?? '');
            setReason(conflict.latest!.statusReason ?? '');
            conflict.clear();
          }}
          onDismiss={() => conflict.clear()}
        />
      ) : null}
      <RadioGroup<BottleneckStatus>
        path="status"
        legend={t('bottlenecks.status.new')}
        options={BOTTLENECK_STATUSES.map((s) => ({ value: s, label: statusText(t, s) }))}
        value={status}
        onChange={setStatus}
        error={errors.fields.status}
      />
      {status === 'resolved' ? (
        <RadioGroup<Resolution>
          path="resolution"
          legend={t('bottlenecks.status.resolution')}
          options={RESOLUTIONS.map((r) => ({ value: r, label: resolutionText(t, r) }))}
          value={resolution}
          onChange={setResolution}
          error={errors.fields.resolution}
        />
      ) : null}
      <TextAreaField
        path="reason"
        label={t('bottlenecks.status.reason')}
        description={t(status === 'resolved' ? 'bottlenecks.status.reasonResolved' : status === 'not_taken_up' ? 'bottlenecks.status.reasonNotTakenUp' : 'bottlenecks.status.reasonHint')}
        rows={4}
        required={needsReason}
        value={reason}
        onValue={setReason}
        error={errors.fields.reason}
      />
      <Button type="submit" appearance="primary" busy={change.isPending}>{t('bottlenecks.status.submit')}</Button>
    </form>
  );
}
