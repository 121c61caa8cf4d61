// /beheer/waardendriehoek — per municipality: the corners of the values triangle a request is
// weighed on (default Rechtmatig, Doelmatig, Rechtvaardig), how many working days a decider has
// before a request goes up a level, and where residents object (it is in every letter).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { decisionsApi, decisionsKeys } from '../../api-decisions';
import { Button, ButtonGroup } from '../../components/Button';
import { Fieldset } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import { TextAreaField, TextField } from '../../components/FormField';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { formatDateTime } from '../../format';
import { useLang } from '../../lang';
import type { Corner, DecisionSettings } from '../../types-decisions';
import { usePageTitle } from '../../usePageTitle';
import { RoleGate } from '../security/RoleGate';
import { ConflictNotice, LatestVersion, SavedStatus, orNull, useConflict, useFormErrors } from '../workflow/breakthrough/forms';
import './decisions.css';

const MAX_CORNERS = 6;

/** A key from a name, as the server accepts it: lower case letters, digits and dashes. */
const slug = (name: string) => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+|-+$/g, '').slice(0, 40);

function SettingsForm({ initial }: { initial: DecisionSettings }) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [corners, setCorners] = useState<Corner[]>(initial.corners);
  const [days, setDays] = useState(String(initial.dueWorkingDays));
  const [address, setAddress] = useState(initial.objectionAddress ?? '');
  const [version, setVersion] = useState(initial.version);
  const [saved, setSaved] = useState('');
  const errors = useFormErrors();
  const conflict = useConflict<DecisionSettings>(
    () => queryClient.fetchQuery({ queryKey: decisionsKeys.settings, queryFn: () => decisionsApi.settings(), staleTime: 0 }),
    setVersion,
  );
  const paths: Record<string, string> = { dueWorkingDays: 'dueWorkingDays', objectionAddress: 'objectionAddress', corners: 'corners.0.name' };
  corners.forEach((_, i) => {
    for (const f of ['key', 'name', 'description']) paths[`corners.${i}.${f}`] = `corners.${i}.${f}`;
  });

  const save = useMutation({
    mutationFn: (dueWorkingDays: number) => decisionsApi.saveSettings({ corners, dueWorkingDays, objectionAddress: orNull(address), version }),
    onSuccess: (s) => {
      errors.clear();
      conflict.clear();
      setVersion(s.version);
      queryClient.setQueryData(decisionsKeys.settings, s);
      setSaved(t('triangle.saved', { at: formatDateTime(s.updatedAt, locale) }));
    },
    onError: (error) => {
      setSaved('');
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, paths);
    },
  });

  const change = (i: number, patch: Partial<Corner>) => setCorners((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(days);
    if (!Number.isInteger(n) || n < 1 || n > 30) {
      errors.show({ dueWorkingDays: t('triangle.daysInvalid') });
      return;
    }
    if (!save.isPending) save.mutate(n);
  };

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-label={t('triangle.title')}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? (
        <LatestVersion
          items={[
            { label: t('triangle.corners'), value: conflict.latest.corners.map((c) => c.name).join(', ') },
            { label: t('triangle.days'), value: String(conflict.latest.dueWorkingDays) },
            { label: t('triangle.objection'), value: conflict.latest.objectionAddress ?? '' },
          ]}
          onAdopt={() => {
            const l = conflict.latest!;
            setCorners(l.corners);
            setDays(String(l.dueWorkingDays));
            setAddress(l.objectionAddress ?? '');
            conflict.clear();
          }}
          onDismiss={() => conflict.clear()}
        />
      ) : null}
      <Heading level={2}>{t('triangle.corners')}</Heading>
      <Paragraph>{t('triangle.cornersIntro')}</Paragraph>
      {corners.map((c, i) => (
        <Fieldset key={i} path={`corner-${i}`} legend={t('triangle.corner', { n: i + 1, name: c.name || '…' })}>
          <TextField path={`corners.${i}.name`} label={t('triangle.name')} autoComplete="off" required
            value={c.name} onValue={(name) => change(i, c.key === '' || c.key === slug(c.name) ? { name, key: slug(name) } : { name })} error={errors.fields[`corners.${i}.name`]} />
          <TextAreaField path={`corners.${i}.description`} label={t('triangle.question')} description={t('triangle.questionHint')} rows={2} required
            value={c.description} onValue={(description) => change(i, { description })} error={errors.fields[`corners.${i}.description`]} />
          <TextField path={`corners.${i}.key`} label={t('triangle.key')} description={t('triangle.keyHint')} autoComplete="off" required
            value={c.key} onValue={(key) => change(i, { key })} error={errors.fields[`corners.${i}.key`]} />
          {corners.length > 1 ? (
            <Button appearance="subtle" onClick={() => setCorners((cs) => cs.filter((_, j) => j !== i))}>
              {t('triangle.remove')}<span className="doorbraak-visually-hidden"> {c.name}</span>
            </Button>
          ) : null}
        </Fieldset>
      ))}
      {corners.length < MAX_CORNERS ? (
        <Paragraph>
          <Button onClick={() => setCorners((cs) => [...cs, { key: '', name: '', description: '' }])}>{t('triangle.add')}</Button>
        </Paragraph>
      ) : null}
      <Heading level={2}>{t('triangle.timing')}</Heading>
      <TextField path="dueWorkingDays" label={t('triangle.days')} description={t('triangle.daysHint')} inputMode="numeric" autoComplete="off"
        className="doorbraak-money" required value={days} onValue={setDays} error={errors.fields.dueWorkingDays} />
      <TextAreaField path="objectionAddress" label={t('triangle.objection')} description={t('triangle.objectionHint')} rows={3}
        value={address} onValue={setAddress} error={errors.fields.objectionAddress} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>{t('triangle.save')}</Button>
      </ButtonGroup>
      <SavedStatus message={saved} />
    </form>
  );
}

export function DecisionSettingsPage() {
  const { t, locale } = useLang();
  usePageTitle(t('triangle.title'));
  const settings = useQuery({ queryKey: decisionsKeys.settings, queryFn: () => decisionsApi.settings() });
  return (
    <>
      <Paragraph><AppLink to="/beheer">{t('mandates.back')}</AppLink></Paragraph>
      <Heading level={1}>{t('triangle.title')}</Heading>
      <RoleGate role="administrator">
        <Paragraph lead>{t('triangle.intro')}</Paragraph>
        <QueryFeedback query={settings} />
        {settings.data?.updatedAt ? (
          <Paragraph>{t('breakthrough.lastSaved', { name: settings.data.updatedBy ?? '', at: formatDateTime(settings.data.updatedAt, locale) })}</Paragraph>
        ) : settings.data ? <Paragraph>{t('triangle.defaults')}</Paragraph> : null}
        {settings.data ? <SettingsForm initial={settings.data} /> : null}
      </RoleGate>
    </>
  );
}
