// The goals of the perspectiefplan: a numbered list, each goal with its source, and (for the team)
// adding, changing and removing with the version the user read.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { breakthroughApi, breakthroughKeys } from '../../../api-breakthrough';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { fieldId } from '../../../components/fieldIds';
import { SelectField, TextAreaField } from '../../../components/FormField';
import { Heading, Paragraph } from '../../../components/Heading';
import { useLang } from '../../../lang';
import { GOAL_SOURCES, type Goal, type GoalSource, type Plan, type PlanAction } from '../../../types-breakthrough';
import { ToggleForm } from '../../access/ToggleForm';
import { ConflictNotice, LatestVersion, messageOf, notice, useConflict, useFormErrors, type Notice } from './forms';

interface GoalFormProps {
  caseId: string;
  goal?: Goal;
  onDone: (result: Notice | null) => void;
}

/** Fetches the plan again and gives back one of its items (null when it is gone). */
export function usePlanItem() {
  const queryClient = useQueryClient();
  return async <K extends keyof Plan>(caseId: string, kind: K, id: string): Promise<Plan[K][number] | null> => {
    const plan = await queryClient.fetchQuery({ queryKey: breakthroughKeys.plan(caseId), queryFn: () => breakthroughApi.plan(caseId), staleTime: 0 });
    return (plan[kind] as Plan[K][number][]).find((x) => x.id === id) ?? null;
  };
}

/** After a change: the plan and the case overview (step completeness counts actions) are stale. */
export function usePlanChanged(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: breakthroughKeys.plan(caseId) });
    void queryClient.invalidateQueries({ queryKey: breakthroughKeys.case(caseId), exact: true });
  };
}

function GoalForm({ caseId, goal, onDone }: GoalFormProps) {
  const { t } = useLang();
  const prefix = goal ? `goal-${goal.id}` : 'goal-new';
  const [text, setText] = useState(goal?.text ?? '');
  const [source, setSource] = useState<GoalSource>(goal?.source ?? 'other');
  const [version, setVersion] = useState(goal?.version ?? 0);
  const errors = useFormErrors();
  const planItem = usePlanItem();
  const changed = usePlanChanged(caseId);
  const conflict = useConflict(() => planItem(caseId, 'goals', goal!.id), setVersion);

  const save = useMutation({
    mutationFn: () => (goal
      ? breakthroughApi.updateGoal(caseId, goal.id, { text, source, version })
      : breakthroughApi.addGoal(caseId, { text, source })),
    onSuccess: () => {
      changed();
      onDone(notice(t(goal ? 'plan.goalSaved' : 'plan.goalAdded')));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) errors.fromError(error, t, { text: `${prefix}.text`, source: `${prefix}.source` });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!save.isPending) save.mutate();
  }

  return (
    <form noValidate onSubmit={submit} className="doorbraak-form" aria-label={t(goal ? 'plan.editGoalForm' : 'plan.addGoalForm')}>
      <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.gone ? <Paragraph role="alert">{t('plan.goalGone')}</Paragraph> : null}
      {conflict.latest ? (
        <LatestVersion
          items={[
            { label: t('plan.goalText'), value: conflict.latest.text },
            { label: t('plan.goalSource'), value: t(`plan.source.${conflict.latest.source}`) },
          ]}
          onAdopt={() => {
            setText(conflict.latest!.text);
            setSource(conflict.latest!.source);
            conflict.clear();
          }}
          onDismiss={conflict.clear}
        />
      ) : null}
      <TextAreaField path={`${prefix}.text`} label={t('plan.goalText')} description={t('plan.goalTextHint')} rows={3} required
        value={text} onValue={setText} error={errors.fields[`${prefix}.text`]} />
      <SelectField path={`${prefix}.source`} label={t('plan.goalSource')} value={source}
        onChange={(e) => setSource(e.target.value as GoalSource)} error={errors.fields[`${prefix}.source`]}
        options={GOAL_SOURCES.map((s) => ({ value: s, label: t(`plan.source.${s}`) }))} />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          {save.isPending ? t('breakthrough.saving') : t(goal ? 'plan.saveGoal' : 'plan.addGoal')}
        </Button>
        <Button appearance="subtle" onClick={() => onDone(null)}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

/** Removing asks first; the goal's actions stay in the plan, without a goal. */
export function ConfirmRemove({ id, question, busyLabel, confirmLabel, busy, onConfirm, onCancel, children }: {
  id: string; question: string; busyLabel: string; confirmLabel: string; busy: boolean;
  onConfirm: () => void; onCancel: () => void; children?: ReactNode;
}) {
  const { t } = useLang();
  return (
    <div className="doorbraak-confirm" role="group" aria-labelledby={`${id}-question`}>
      <Paragraph id={`${id}-question`}><strong>{question}</strong></Paragraph>
      {children}
      <ButtonGroup>
        <Button id={fieldId(id)} appearance="primary" busy={busy} onClick={onConfirm}>{busy ? busyLabel : confirmLabel}</Button>
        <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </div>
  );
}

function RemoveGoal({ caseId, goal, onDone }: { caseId: string; goal: Goal; onDone: (n: Notice | null) => void }) {
  const { t } = useLang();
  const [version, setVersion] = useState(goal.version);
  const [problem, setProblem] = useState('');
  const planItem = usePlanItem();
  const changed = usePlanChanged(caseId);
  const conflict = useConflict(() => planItem(caseId, 'goals', goal.id), setVersion);
  const remove = useMutation({
    mutationFn: () => breakthroughApi.deleteGoal(caseId, goal.id, version),
    onSuccess: () => {
      changed();
      onDone(notice(t('plan.goalRemoved')));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) setProblem(messageOf(error, t));
    },
  });
  return (
    <ConfirmRemove id={`goal-${goal.id}.remove`} question={t('plan.removeGoalQuestion')} confirmLabel={t('plan.removeConfirm')}
      busyLabel={t('plan.removing')} busy={remove.isPending} onConfirm={() => remove.mutate()} onCancel={() => onDone(null)}>
      <Paragraph>{t('plan.removeGoalHint')}</Paragraph>
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? <Paragraph role="status">{t('plan.latestGoal', { text: conflict.latest.text })}</Paragraph> : null}
      {conflict.gone ? <Paragraph role="alert">{t('plan.goalGone')}</Paragraph> : null}
      {problem ? <Paragraph role="alert">{problem}</Paragraph> : null}
    </ConfirmRemove>
  );
}

export function PlanGoals({ caseId, goals, actions, editable, onNotice }: {
  caseId: string; goals: Goal[]; actions: PlanAction[]; editable: boolean; onNotice: (n: Notice) => void;
}) {
  const { t } = useLang();
  const done = (close: (saved?: boolean) => void) => (n: Notice | null) => {
    close(!!n);
    if (n) onNotice(n);
  };
  return (
    <section className="doorbraak-section" aria-labelledby="plan-goals-title">
      <Heading level={2} id="plan-goals-title">{t('plan.goals')}</Heading>
      {goals.length === 0 ? <Paragraph>{t('plan.noGoals')}</Paragraph> : (
        <ol className="doorbraak-plan-goals">
          {goals.map((g, index) => {
            const count = actions.filter((a) => a.goalId === g.id).length;
            return (
              <li key={g.id} className="doorbraak-plan-goal">
                <p className="utrecht-paragraph doorbraak-plan-goal__text doorbraak-prewrap">{g.text}</p>
                <p className="utrecht-paragraph doorbraak-plan-goal__meta">
                  {t(`plan.source.${g.source}`)} · {t('plan.goalActions', { n: count })}
                </p>
                {editable ? (
                  <div className="doorbraak-row-actions doorbraak-no-print">
                    <ToggleForm label={t('plan.editGoal', { n: index + 1 })} firstField={`goal-${g.id}.text`}>
                      {(close) => <GoalForm caseId={caseId} goal={g} onDone={done(close)} />}
                    </ToggleForm>
                    <ToggleForm label={t('plan.removeGoal', { n: index + 1 })} firstField={`goal-${g.id}.remove`}>
                      {(close) => <RemoveGoal caseId={caseId} goal={g} onDone={done(close)} />}
                    </ToggleForm>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {editable ? (
        <div className="doorbraak-no-print">
          <ToggleForm label={t('plan.addGoal')} firstField="goal-new.text">
            {(close) => <GoalForm caseId={caseId} onDone={done(close)} />}
          </ToggleForm>
        </div>
      ) : null}
    </section>
  );
}
