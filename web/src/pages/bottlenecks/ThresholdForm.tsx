// For administrators: from how many cases (N, default 3) in how many months (default 12) a rule or
// organisation is proposed as a systemic bottleneck. A stale version is said plainly.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { bottlenecksApi, bottlenecksKeys } from '../../api-bottlenecks';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FieldErrors } from '../../components/fieldIds';
import { QueryFeedback } from '../../components/Feedback';
import { TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { BottleneckSettings } from '../../types-bottlenecks';
import { ConflictNotice, LatestVersion, SavedStatus, useConflict, useFormErrors } from '../workflow/breakthrough/forms';

const SERVER_PATHS: Record<string, string> = { threshold: 'threshold', windowMonths: 'windowMonths' };

function Form({ initial }: { initial: BottleneckSettings }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [threshold, setThreshold] = useState(String(initial.threshold));
  const [months, setMonths] = useState(String(initial.windowMonths));
  const [version, setVersion] = useState(initial.version);
  const [saved, setSaved] = useState('');
  const errors = useFormErrors();
  const conflict = useConflict<BottleneckSettings>(
    () => queryClient.fetchQuery({ queryKey: bottlenecksKeys.settings, queryFn: () => bottlenecksApi.settings(), staleTime: 0 }),
    setVersion,
  );

  const save = useMutation({
    mutationFn: (v: { threshold: number; windowMonths: number }) => bottlenecksApi.saveSettings({ ...v, version }),
    onSuccess: (s) => {
      errors.clear();
      conflict.clear();
      setVersion(s.version);
      queryClient.setQueryData(bottlenecksKeys.settings, s);
      // Proposals, groups and counts are all counted with these settings.
      void queryClient.invalidateQueries({ queryKey: bottlenecksKeys.all });
      setSaved(t('bottlenecks.threshold.saved', { at: formatDateTime(s.updatedAt, locale) }));
    },
    onError: (error) => {
      setSaved('');
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, SERVER_PATHS);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const n = Number(threshold);
    const m = Number(months);
    if (threshold.trim() === '' || !Number.isInteger(n)) found.threshold = t('bottlenecks.threshold.whole');
    if (months.trim() === '' || !Number.isInteger(m)) found.windowMonths = t('bottlenecks.threshold.whole');
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    // The server checks the bounds, so its messages stay the one source of them.
    if (!save.isPending) save.mutate({ threshold: n, windowMonths: m });
  };

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-labelledby="bottleneck-threshold">
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? (
        <LatestVersion
          items={[
            { label: t('bottlenecks.threshold.cases'), value: String(conflict.latest.threshold) },
            { label: t('bottlenecks.threshold.months'), value: String(conflict.latest.windowMonths) },
          ]}
          onAdopt={() => {
            setThreshold(String(conflict.latest!.threshold));
            setMonths(String(conflict.latest!.windowMonths));
            conflict.clear();
          }}
          onDismiss={() => conflict.clear()}
        />
      ) : null}
      <TextField path="threshold" label={t('bottlenecks.threshold.cases')} description={t('bottlenecks.threshold.casesHint')} inputMode="numeric"
        autoComplete="off" className="doorbraak-money" required value={threshold} onValue={setThreshold} error={errors.fields.threshold} />
      <TextField path="windowMonths" label={t('bottlenecks.threshold.months')} description={t('bottlenecks.threshold.monthsHint')} inputMode="numeric"
        autoComplete="off" className="doorbraak-money" required value={months} onValue={setMonths} error={errors.fields.windowMonths} />
      <Button type="submit" appearance="primary" busy={save.isPending}>{t('bottlenecks.threshold.save')}</Button>
      <SavedStatus message={saved} />
    </form>
  );
}

export function ThresholdSettings() {
  const { t } = useLang();
  const query = useQuery({ queryKey: bottlenecksKeys.settings, queryFn: () => bottlenecksApi.settings() });
  return (
    <section className="doorbraak-section" aria-labelledby="bottleneck-threshold">
      <Heading level={2} id="bottleneck-threshold">{t('bottlenecks.threshold.title')}</Heading>
      <Paragraph>{t('bottlenecks.threshold.intro')}</Paragraph>
      <QueryFeedback query={query} />
      {query.data ? <Form initial={query.data} /> : null}
    </section>
  );
}
