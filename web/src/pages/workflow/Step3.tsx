// Step 3 — Perspectief: where the household wants to be in a year (own words), what they and their
// network can do, what they need, and the professional's dream scenario. Saves half-done.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextAreaField } from '../../components/FormField';
import { Paragraph } from '../../components/Heading';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { CaseOverview } from '../../types';
import type { BreakthroughOverview, Perspective, PerspectiveValues } from '../../types-breakthrough';
import { ConflictNotice, LatestVersion, SavedStatus, canChange, orNull, useFormErrors } from './breakthrough/forms';

type Draft = Record<keyof PerspectiveValues, string>;
const FIELDS = ['ownWords', 'ownStrength', 'networkStrength', 'needs', 'dreamScenario'] as const;
const toDraft = (p: PerspectiveValues): Draft =>
  Object.fromEntries(FIELDS.map((f) => [f, p[f] ?? ''])) as Draft;

function PerspectiveForm({ caseId, initial, editable }: { caseId: string; initial: Perspective; editable: boolean }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [version, setVersion] = useState(initial.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<Perspective | null>(null);
  const [saved, setSaved] = useState('');
  const errors = useFormErrors();

  const save = useMutation({
    mutationFn: () => breakthroughApi.savePerspective(caseId, {
      ...(Object.fromEntries(FIELDS.map((f) => [f, orNull(draft[f])])) as unknown as PerspectiveValues), version,
    }),
    onSuccess: (p) => {
      setVersion(p.version);
      setConflict(null);
      setLatest(null);
      errors.clear();
      setSaved(t('perspective.saved', { at: formatDateTime(p.updatedAt, locale) }));
      queryClient.setQueryData(breakthroughKeys.perspective(caseId), p);
      void queryClient.invalidateQueries({ queryKey: breakthroughKeys.case(caseId), exact: true });
    },
    onError: (error) => {
      setSaved('');
      if (isApiError(error, 409)) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, Object.fromEntries(FIELDS.map((f) => [f, f])));
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: breakthroughKeys.perspective(caseId), queryFn: () => breakthroughApi.perspective(caseId), staleTime: 0 }),
    onSuccess: (p) => {
      setLatest(p);
      setVersion(p.version);
      setConflict(null);
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  const field = (name: (typeof FIELDS)[number], rows = 5) => (
    <TextAreaField
      path={name}
      label={t(`perspective.${name}`)}
      description={t(`perspective.${name}Hint`)}
      rows={rows}
      value={draft[name]}
      readOnly={!editable}
      onValue={(value) => setDraft((d) => ({ ...d, [name]: value }))}
      error={errors.fields[name]}
    />
  );

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-label={t('perspective.formLabel')}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
      {latest ? (
        <LatestVersion
          items={FIELDS.map((f) => ({ label: t(`perspective.${f}`), value: latest[f] }))}
          onAdopt={() => { setDraft(toDraft(latest)); setLatest(null); }}
          onDismiss={() => setLatest(null)}
        />
      ) : null}
      {field('ownWords', 6)}
      {field('ownStrength')}
      {field('networkStrength')}
      {field('needs')}
      {field('dreamScenario', 6)}
      {editable ? (
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('breakthrough.saving') : t('perspective.save')}
        </Button>
      ) : null}
      <SavedStatus message={saved} />
    </form>
  );
}

export function Step3({ overview }: { overview: CaseOverview }) {
  const { t, locale } = useLang();
  const o = overview as unknown as BreakthroughOverview;
  const visible = o.access.sections.includes('breakthrough');
  const perspective = useQuery({
    queryKey: breakthroughKeys.perspective(o.id),
    queryFn: () => breakthroughApi.perspective(o.id),
    enabled: visible,
  });
  if (!visible) {
    return (
      <Alert type="info">
        <Paragraph>{t('breakthrough.notShared')}</Paragraph>
      </Alert>
    );
  }
  const editable = canChange(o);
  return (
    <>
      <Paragraph lead>{t('perspective.intro')}</Paragraph>
      {!editable ? (
        <Alert type="info">
          <Paragraph>{t('breakthrough.readOnly')}</Paragraph>
        </Alert>
      ) : null}
      <QueryFeedback query={perspective} />
      {perspective.data?.updatedAt ? (
        <Paragraph>
          {t('breakthrough.lastSaved', { name: perspective.data.updatedBy ?? '', at: formatDateTime(perspective.data.updatedAt, locale) })}
        </Paragraph>
      ) : null}
      {perspective.data ? <PerspectiveForm caseId={o.id} initial={perspective.data} editable={editable} /> : null}
    </>
  );
}
