// Who does what, and when: the actions of the perspectiefplan as a table (on screen and on paper);
// changing or removing one opens a form under the table, and focus goes back to the row afterwards.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { accessApi, accessKeys } from '../../../api-access';
import { breakthroughApi } from '../../../api-breakthrough';
import { Badge, OverdueBadge } from '../../../components/Badges';
import { Button } from '../../../components/Button';
import { fieldId } from '../../../components/fieldIds';
import { Heading, Paragraph } from '../../../components/Heading';
import { Table, TBody, THead, Td, Th, Tr } from '../../../components/Table';
import { excerpt, formatDate, todayInAmsterdam } from '../../../format';
import { useLang } from '../../../lang';
import type { ActionStatus, Goal, PlanAction } from '../../../types-breakthrough';
import { ToggleForm } from '../../access/ToggleForm';
import { ActionForm, type Colleague } from './ActionForm';
import { ConflictNotice, messageOf, notice, useConflict, type Notice } from './forms';
import { ConfirmRemove, usePlanChanged, usePlanItem } from './PlanGoals';

const statusTone: Record<ActionStatus, 'neutral' | 'active' | 'success' | 'inactive'> = {
  open: 'neutral', in_progress: 'active', done: 'success', dropped: 'inactive',
};

type Open = { id: string; mode: 'edit' | 'remove' };
const rowButtonId = (o: Open) => `action-${o.id}-${o.mode}`;

function RemoveAction({ caseId, action, onDone }: { caseId: string; action: PlanAction; onDone: (n: Notice | null) => void }) {
  const { t } = useLang();
  const [version, setVersion] = useState(action.version);
  const [problem, setProblem] = useState('');
  const planItem = usePlanItem();
  const changed = usePlanChanged(caseId);
  const conflict = useConflict(() => planItem(caseId, 'actions', action.id), setVersion);
  const remove = useMutation({
    mutationFn: () => breakthroughApi.deleteAction(caseId, action.id, version),
    onSuccess: () => {
      changed();
      onDone(notice(t('plan.actionRemoved')));
    },
    onError: (error) => {
      if (!conflict.caught(error, t('conflict.title'))) setProblem(messageOf(error, t));
    },
  });
  const shown = conflict.latest ?? action;
  return (
    <ConfirmRemove id={`action-${action.id}.remove`} question={t('plan.removeActionQuestion')} confirmLabel={t('plan.removeConfirm')}
      busyLabel={t('plan.removing')} busy={remove.isPending} onConfirm={() => remove.mutate()} onCancel={() => onDone(null)}>
      <Paragraph className="doorbraak-quote">{shown.what}</Paragraph>
      {conflict.conflict ? <ConflictNotice detail={conflict.conflict} busy={conflict.fetching} onFetchLatest={conflict.fetch} /> : null}
      {conflict.latest ? <Paragraph role="status">{t('plan.latestAction')}</Paragraph> : null}
      {conflict.gone ? <Paragraph role="alert">{t('plan.actionGone')}</Paragraph> : null}
      {problem ? <Paragraph role="alert">{problem}</Paragraph> : null}
    </ConfirmRemove>
  );
}

export function PlanActions({ caseId, goals, actions, editable, onNotice }: {
  caseId: string; goals: Goal[]; actions: PlanAction[]; editable: boolean; onNotice: (n: Notice) => void;
}) {
  const { t, locale } = useLang();
  const [open, setOpen] = useState<Open | null>(null);
  const returnTo = useRef<string | null>(null);
  const team = useQuery({ queryKey: accessKeys.team(caseId), queryFn: () => accessApi.team(caseId), enabled: editable, retry: false });
  const colleagues: Colleague[] = (team.data?.members ?? []).map((m) => ({ userId: m.userId, name: m.name, organisation: m.organisation }));
  const today = todayInAmsterdam();
  const openAction = open ? actions.find((a) => a.id === open.id) : undefined;

  useEffect(() => {
    if (open) {
      window.setTimeout(() => document.getElementById(fieldId(`action-${open.id}.${open.mode === 'edit' ? 'what' : 'remove'}`))?.focus(), 0);
    } else if (returnTo.current) {
      document.getElementById(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [open]);

  const done = (n: Notice | null) => {
    // Cancelled: back to the row's button. Saved: the notice takes focus.
    returnTo.current = !n && open ? rowButtonId(open) : null;
    setOpen(null);
    if (n) onNotice(n);
  };
  const goalName = (id: string | null) => {
    const index = goals.findIndex((g) => g.id === id);
    return index < 0 ? t('plan.noGoal') : t('plan.goalShort', { n: index + 1 });
  };

  return (
    <section className="doorbraak-section" aria-labelledby="plan-actions-title">
      <Heading level={2} id="plan-actions-title">{t('plan.actions')}</Heading>
      {actions.length === 0 ? <Paragraph>{t('plan.noActions')}</Paragraph> : (
        <Table caption={t('plan.actionsCaption')}>
          <THead>
            <Th>{t('plan.what')}</Th>
            <Th>{t('plan.who')}</Th>
            <Th>{t('plan.forGoal')}</Th>
            <Th>{t('plan.dueOn')}</Th>
            <Th>{t('common.status')}</Th>
            {editable ? <Th className="doorbraak-no-print">{t('plan.change')}</Th> : null}
          </THead>
          <TBody>
            {actions.map((a) => {
              const late = !!a.dueOn && a.dueOn < today && (a.status === 'open' || a.status === 'in_progress');
              const name = excerpt(a.what, 50);
              return (
                <Tr key={a.id}>
                  <Th scope="row" className="doorbraak-prewrap">{a.what}</Th>
                  <Td>
                    {a.owner}
                    <span className="doorbraak-rule-meta">{t(`plan.owner.${a.ownerKind}`)}</span>
                  </Td>
                  <Td>{goalName(a.goalId)}</Td>
                  <Td>
                    {a.dueOn ? formatDate(a.dueOn, locale) : t('plan.noDue')} {late ? <OverdueBadge /> : null}
                  </Td>
                  <Td><Badge tone={statusTone[a.status]}>{t(`plan.status.${a.status}`)}</Badge></Td>
                  {editable ? (
                    <Td className="doorbraak-no-print">
                      <div className="doorbraak-row-actions">
                        <Button id={rowButtonId({ id: a.id, mode: 'edit' })} onClick={() => setOpen({ id: a.id, mode: 'edit' })}>
                          {t('plan.change')}<span className="doorbraak-visually-hidden">: {name}</span>
                        </Button>
                        <Button id={rowButtonId({ id: a.id, mode: 'remove' })} appearance="subtle" onClick={() => setOpen({ id: a.id, mode: 'remove' })}>
                          {t('plan.remove')}<span className="doorbraak-visually-hidden">: {name}</span>
                        </Button>
                      </div>
                    </Td>
                  ) : null}
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
      {open && openAction ? (
        <section className="doorbraak-access-form doorbraak-no-print" aria-labelledby="plan-action-open-title">
          <Heading level={3} id="plan-action-open-title">{t(open.mode === 'edit' ? 'plan.editAction' : 'plan.removeAction')}</Heading>
          {open.mode === 'edit' ? (
            <ActionForm key={open.id} caseId={caseId} goals={goals} colleagues={colleagues} action={openAction} onDone={done} />
          ) : (
            <RemoveAction key={open.id} caseId={caseId} action={openAction} onDone={done} />
          )}
        </section>
      ) : null}
      {editable ? (
        <div className="doorbraak-no-print">
          <ToggleForm label={t('plan.addAction')} firstField="action-new.what">
            {(close) => (
              <ActionForm caseId={caseId} goals={goals} colleagues={colleagues} onDone={(n) => {
                close(!!n);
                if (n) onNotice(n);
              }} />
            )}
          </ToggleForm>
        </div>
      ) : null}
    </section>
  );
}
