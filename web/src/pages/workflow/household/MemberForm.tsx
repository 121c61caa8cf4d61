// Add a household member or change one: name, birth date and relation. A change carries the
// version the user saw; when someone else saved first nothing is overwritten (409).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { householdApi, householdKeys } from '../../../api-household';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import type { FieldErrors } from '../../../components/fieldIds';
import { SelectField, TextField } from '../../../components/FormField';
import { formatDate, todayInAmsterdam } from '../../../format';
import { useLang } from '../../../lang';
import { MergedNote, Panel, changedOnly, mergeLatest, relationLabel } from './shared';
import type { Member, MemberChangeInput } from '../../../types-household';
import { ConflictNotice, LatestVersion, useFormErrors } from '../breakthrough/forms';

interface Draft {
  name: string;
  birthDate: string;
  relation: string;
}

const toDraft = (m: Member | null): Draft => ({ name: m?.name ?? '', birthDate: m?.birthDate ?? '', relation: m?.relation ?? '' });
const PATHS = { name: 'member.name', birthDate: 'member.birthDate', relation: 'member.relation' };

interface MemberFormProps {
  caseId: string;
  /** The member to change; null to add one. */
  member: Member | null;
  relations: string[];
  returnTo: string;
  onDone: (message?: string) => void;
}

export function MemberForm({ caseId, member, relations, returnTo, onDone }: MemberFormProps) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(member));
  /** The stored values the draft started from: what the user changed is measured against these. */
  const [base, setBase] = useState<Draft>(() => toDraft(member));
  const [version, setVersion] = useState(member?.version ?? 0);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<Member | null>(null);
  const errors = useFormErrors();
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  // A relation from an older intake stays choosable, so it need not change to save another field.
  const choices = draft.relation && !relations.includes(draft.relation) ? [draft.relation, ...relations] : relations;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: householdKeys.members(caseId) });
    void queryClient.invalidateQueries({ queryKey: householdKeys.case(caseId), exact: true });
  };

  const save = useMutation({
    mutationFn: () => {
      const birthDate = draft.birthDate || null;
      if (!member) return householdApi.addMember(caseId, { name: draft.name, birthDate, relation: draft.relation });
      // Only what the user changed: an old free-text relation would not pass the server's list, and
      // a field someone else changed meanwhile keeps their value.
      const changed = changedOnly(draft, base);
      const change: MemberChangeInput = { version };
      if (changed.name !== undefined) change.name = changed.name;
      if (changed.birthDate !== undefined) change.birthDate = birthDate;
      if (changed.relation !== undefined) change.relation = changed.relation;
      return householdApi.updateMember(caseId, member.id, change);
    },
    onSuccess: (saved) => {
      refresh();
      onDone(t(member ? 'household.members.changed' : 'household.members.added', { name: saved.name }));
    },
    onError: (error) => {
      if (isApiError(error, 409) && member) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, PATHS);
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: householdKeys.members(caseId), queryFn: () => householdApi.members(caseId), staleTime: 0 }),
    onSuccess: (list) => {
      const found = list.members.find((m) => m.id === member?.id) ?? null;
      setConflict(null);
      if (found) {
        setLatest(found);
        setVersion(found.version);
        setDraft((d) => mergeLatest(d, base, toDraft(found)));
        setBase(toDraft(found));
      }
      void queryClient.invalidateQueries({ queryKey: householdKeys.case(caseId), exact: true });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    const found: FieldErrors = {};
    if (!draft.name.trim()) found[PATHS.name] = t('household.members.err.name');
    if (!draft.relation) found[PATHS.relation] = t('household.members.err.relation');
    if (draft.birthDate && draft.birthDate > todayInAmsterdam()) found[PATHS.birthDate] = t('household.members.err.birthDateFuture');
    if (Object.keys(found).length) {
      errors.show(found);
      return;
    }
    errors.clear();
    save.mutate();
  }

  const title = member ? t('household.members.editTitle', { name: member.name }) : t('household.members.addTitle');
  return (
    <Panel id="member-form-title" title={title} returnTo={returnTo}>
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
        {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
        {latest ? (
          <LatestVersion
            items={[
              { label: t('common.name'), value: latest.name },
              { label: t('case.birthDate'), value: formatDate(latest.birthDate, locale) },
              { label: t('case.relation'), value: latest.relation ? relationLabel(t, latest.relation) : null },
            ]}
            onAdopt={() => { setDraft(toDraft(latest)); setBase(toDraft(latest)); setLatest(null); }}
            onDismiss={() => setLatest(null)}
          />
        ) : null}
        {latest ? <MergedNote /> : null}
        <TextField path={PATHS.name} label={t('common.name')} required autoComplete="off" value={draft.name}
          onValue={(name) => update({ name })} error={errors.fields[PATHS.name]} />
        <TextField path={PATHS.birthDate} label={t('case.birthDate')} description={t('household.members.birthDateHint')} type="date"
          max={todayInAmsterdam()} className="doorbraak-input--date" value={draft.birthDate}
          onValue={(birthDate) => update({ birthDate })} error={errors.fields[PATHS.birthDate]} />
        <SelectField path={PATHS.relation} label={t('case.relation')} description={t('household.members.relationHint')} required
          value={draft.relation} onChange={(e) => update({ relation: e.target.value })} error={errors.fields[PATHS.relation]}
          options={[{ value: '', label: t('household.members.chooseRelation') }, ...choices.map((r) => ({ value: r, label: relationLabel(t, r) }))]} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {member ? t('household.members.save') : t('household.members.add')}
          </Button>
          <Button appearance="subtle" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Panel>
  );
}
