// One action of the perspectiefplan: what happens, who does it (the household, someone of their
// network, or a professional: a colleague from the case team or a named partner), by when, status.
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { breakthroughApi } from '../../../api-breakthrough';
import { Button, ButtonGroup } from '../../../components/Button';
import { RadioGroup } from '../../../components/Choices';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/FormField';
import { Paragraph } from '../../../components/Heading';
import { excerpt, formatDate } from '../../../format';
import { useLang } from '../../../lang';
import {
  ACTION_STATUSES, OWNER_KINDS, type ActionInput, type ActionStatus, type Goal, type OwnerKind, type PlanAction,
} from '../../../types-breakthrough';
import { ConflictNotice, LatestVersion, notice, orNull, useConflict, useFormErrors, type Notice } from './forms';
import { usePlanChanged, usePlanItem } from './PlanGoals';

export interface Colleague {
  userId: string;
  name: string;
  organisation: string | null;
}

interface Draft {
  what: string;
  goalId: string;
  ownerKind: OwnerKind | '';
  ownerUserId: string;
  ownerName: string;
  dueOn: string;
  status: ActionStatus;
}

/** A colleague who left the case team can no longer be chosen: their name then stays as text. */
function toDraft(a: PlanAction | undefined, colleagues: Colleague[]): Draft {
  const chosen = !!a?.ownerUserId && colleagues.some((c) => c.userId === a.ownerUserId);
  return {
    what: a?.what ?? '',
    goalId: a?.goalId ?? '',
    ownerKind: a?.ownerKind ?? '',
    ownerUserId: chosen ? a!.ownerUserId! : '',
    ownerName: chosen ? '' : (a?.ownerName ?? ''),
    dueOn: a?.dueOn ?? '',
    status: a?.status ?? 'open',
  };
}

const FIELDS = ['what', 'goalId', 'ownerKind', 'ownerUserId', 'ownerName', 'dueOn', 'status'] as const;

interface ActionFormProps {
  caseId: string;
  goals: Goal[];
  colleagues: Colleague[];
  action?: PlanAction;
  onDone: (result: Notice | null) => void;
}

export function ActionForm({ caseId, goals, colleagues, action, onDone }: ActionFormProps) {
  const { t, locale } = useLang();
  const prefix = action ? `action-${action.id}` : 'action-new';
  const path = (f: (typeof FIELDS)[number]) => `${prefix}.${f}`;
  const [draft, setDraft] = useState<Draft>(() => toDraft(action, colleagues));
  const [version, setVersion] = useState(action?.version ?? 0);
  const errors = useFormErrors();
  const planItem = usePlanItem();
  const changed = usePlanChanged(caseId);
  const conflict = useConflict(() => planItem(caseId, 'actions', action!.id), setVersion);
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const professional = draft.ownerKind === 'professional';

  const input = (): ActionInput => ({
    what: draft.what,
    goalId: draft.goalId || null,
    ownerKind: draft.ownerKind || null,
    ownerName: orNull(draft.ownerName),
    ownerUserId: professional && draft.ownerUserId ? draft.ownerUserId : null,
    dueOn: draft.dueOn || null,
    status: draft.status,
  });

  const save = useMutation({
    mutationFn: () => (action
      ? breakthroughApi.updateAction(caseId, action.id, { ...input(), version })
      : breakthroughApi.addAction(caseId, input())),
    onSuccess: () => {
      changed();
      onDone(notice(t(action ? 'plan.actionSaved' : 'plan.actionAdded')));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) {
        errors.fromError(error, t, Object.fromEntries(FIELDS.map((f) => [f, path(f)])));
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  const goalLabel = (id: string | null) => {
    const index = goals.findIndex((g) => g.id === id);
    return index < 0 ? t('plan.noGoal') : t('plan.goalNumbered', { n: index + 1, text: excerpt(goals[index].text, 60) });
  };
  const latest = conflict.latest;
  const ownerNameLabel = draft.ownerKind ? t(`plan.ownerName.${draft.ownerKind}`) : '';

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-label={t(action ? 'plan.editActionForm' : 'plan.addActionForm')}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.gone ? <Paragraph role="alert">{t('plan.actionGone')}</Paragraph> : null}
      {latest ? (
        <LatestVersion
          items={[
            { label: t('plan.what'), value: latest.what },
            { label: t('plan.who'), value: `${latest.owner} (${t(`plan.owner.${latest.ownerKind}`)})` },
            { label: t('plan.forGoal'), value: goalLabel(latest.goalId) },
            { label: t('plan.dueOn'), value: latest.dueOn ? formatDate(latest.dueOn, locale) : '' },
            { label: t('common.status'), value: t(`plan.status.${latest.status}`) },
          ]}
          onAdopt={() => {
            setDraft(toDraft(latest, colleagues));
            conflict.clear();
          }}
          onDismiss={conflict.clear}
        />
      ) : null}
      <TextAreaField path={path('what')} label={t('plan.what')} description={t('plan.whatHint')} rows={3} required
        value={draft.what} onValue={(what) => update({ what })} error={errors.fields[path('what')]} />
      <RadioGroup<OwnerKind>
        path={path('ownerKind')}
        legend={t('plan.who')}
        options={OWNER_KINDS.map((k) => ({ value: k, label: t(`plan.ownerChoice.${k}`) }))}
        value={draft.ownerKind}
        onChange={(ownerKind) => update({ ownerKind })}
        error={errors.fields[path('ownerKind')]}
      />
      {professional && colleagues.length ? (
        <SelectField path={path('ownerUserId')} label={t('plan.colleague')} description={t('plan.colleagueHint')}
          value={draft.ownerUserId} onChange={(e) => update({ ownerUserId: e.target.value })} error={errors.fields[path('ownerUserId')]}
          options={[
            { value: '', label: t('plan.colleagueNone') },
            ...colleagues.map((c) => ({ value: c.userId, label: c.organisation ? `${c.name} (${c.organisation})` : c.name })),
          ]} />
      ) : null}
      {draft.ownerKind ? (
        <TextField path={path('ownerName')} label={ownerNameLabel} description={t(`plan.ownerNameHint.${draft.ownerKind}`)}
          autoComplete="off" value={draft.ownerName} onValue={(ownerName) => update({ ownerName })} error={errors.fields[path('ownerName')]} />
      ) : null}
      <SelectField path={path('goalId')} label={t('plan.forGoal')} value={draft.goalId}
        onChange={(e) => update({ goalId: e.target.value })} error={errors.fields[path('goalId')]}
        options={[{ value: '', label: t('plan.noGoal') }, ...goals.map((g) => ({ value: g.id, label: goalLabel(g.id) }))]} />
      <TextField path={path('dueOn')} type="date" label={t('plan.dueOn')} description={t('plan.dueOnHint')} className="doorbraak-input--date"
        value={draft.dueOn} onValue={(dueOn) => update({ dueOn })} error={errors.fields[path('dueOn')]} />
      <SelectField path={path('status')} label={t('common.status')} value={draft.status}
        onChange={(e) => update({ status: e.target.value as ActionStatus })} error={errors.fields[path('status')]}
        options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`plan.status.${s}`) }))} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('breakthrough.saving') : t(action ? 'plan.saveAction' : 'plan.addAction')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
