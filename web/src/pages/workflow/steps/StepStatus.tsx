// How one step stands: its state, what is still missing (the server's list), and "mark complete" /
// "reopen". A refused completion shows the missing points; a stale version says so with a reload.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { stepsApi, stepsKeys } from '../../../api-steps';
import { Alert } from '../../../components/Alert';
import { Button, ButtonGroup } from '../../../components/Button';
import { TextAreaField } from '../../../components/FormField';
import { Heading, Paragraph } from '../../../components/Heading';
import { AppLink } from '../../../components/Link';
import { formatDateTime } from '../../../format';
import { stepKey } from '../../../i18n';
import { useLang } from '../../../lang';
import type { CaseStep } from '../../../types';
import { type CaseSteps, stepProgress, type StepsOverview } from '../../../types-steps';
import { messageOf } from '../breakthrough/forms';
import { canMoveSteps, missingTexts, progressKey, refusalTexts } from './labels';

type Outcome =
  | { kind: 'done'; message: string; next: CaseStep | null }
  | { kind: 'refused'; items: string[] }
  | { kind: 'stale'; detail: string }
  | { kind: 'failed'; message: string };

function ReopenForm({ busy, onReopen, onCancel }: { busy: boolean; onReopen: (reason: string) => void; onCancel: () => void }) {
  const { t } = useLang();
  const [reason, setReason] = useState('');
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => ref.current?.querySelector('textarea')?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onReopen(reason);
  };
  return (
    <form ref={ref} noValidate onSubmit={submit} className="doorbraak-access-form">
      <TextAreaField
        path="reopen.reason"
        label={t('steps.reopenReason')}
        description={t('steps.reopenReasonHint')}
        rows={3}
        maxLength={2000}
        value={reason}
        onValue={setReason}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>{t('steps.reopenConfirm')}</Button>
        <Button appearance="subtle" onClick={onCancel}>{t('common.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

export function StepStatus({ overview, step }: { overview: StepsOverview; step: CaseStep }) {
  const { t, lang, locale } = useLang();
  const queryClient = useQueryClient();
  const state = overview.steps.find((s) => s.number === step);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reopening, setReopening] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const reopenButton = useRef<HTMLButtonElement>(null);
  const focusNotice = () => window.setTimeout(() => noticeRef.current?.focus(), 0);

  /** The new step states at once; the timeline and version follow with the fresh overview. */
  const moved = (next: CaseSteps) => {
    queryClient.setQueryData<StepsOverview>(stepsKeys.case(overview.id), (old) =>
      old ? { ...old, step: next.step, version: next.version, steps: next.steps } : old,
    );
    void queryClient.invalidateQueries({ queryKey: stepsKeys.case(overview.id), exact: true });
    void queryClient.invalidateQueries({ queryKey: stepsKeys.cases });
  };
  const failed = (error: unknown) => {
    if (isApiError(error, 422)) {
      const messages = error.errors.map((e) => e.message);
      setOutcome({ kind: 'refused', items: refusalTexts(messages, state, t, lang) });
      // The list on the page may be older than the server's answer.
      void queryClient.invalidateQueries({ queryKey: stepsKeys.case(overview.id), exact: true });
    } else if (isApiError(error, 409)) {
      setOutcome({ kind: 'stale', detail: error.detail ?? t('steps.stale') });
    } else {
      setOutcome({ kind: 'failed', message: messageOf(error, t) });
    }
    focusNotice();
  };

  const complete = useMutation({
    mutationFn: () => stepsApi.complete(overview.id, step, overview.version),
    onSuccess: (next) => {
      moved(next);
      const forward = next.step !== step && next.steps.find((s) => s.number === next.step)?.state === 'open' ? next.step : null;
      setOutcome({ kind: 'done', message: t('steps.completed', { n: step, current: next.step }), next: forward });
      focusNotice();
    },
    onError: failed,
  });
  const reopen = useMutation({
    mutationFn: (reason: string) => stepsApi.reopen(overview.id, step, overview.version, reason),
    onSuccess: (next) => {
      moved(next);
      setReopening(false);
      setOutcome({ kind: 'done', message: t('steps.reopened', { n: step, current: next.step }), next: null });
      focusNotice();
    },
    onError: failed,
  });

  if (!state) return null;
  const progress = stepProgress(state, overview.step);
  const missing = missingTexts(state, t, lang);
  const mayMove = canMoveSteps(overview);
  const busy = complete.isPending || reopen.isPending;

  return (
    <section aria-labelledby="step-status-title" className="doorbraak-step-status">
      <Heading level={2} id="step-status-title">{t('steps.statusTitle')}</Heading>
      <Paragraph>
        <strong>{t(progressKey(progress))}</strong>
        {state.state === 'complete' && state.completedAt
          ? ` — ${t('steps.completedBy', { date: formatDateTime(state.completedAt, locale), name: state.completedBy?.name ?? t('case.systemActor') })}`
          : ''}
      </Paragraph>
      {state.state === 'open' && state.reopenedAt ? (
        <Paragraph>
          {t('steps.reopenedAt', { date: formatDateTime(state.reopenedAt, locale) })}
          {state.reopenReason ? ` ${t('steps.reopenedBecause', { reason: state.reopenReason })}` : ''}
        </Paragraph>
      ) : null}
      {missing.length ? (
        <>
          <Heading level={3} id="step-missing-title">{t('steps.missingTitle')}</Heading>
          <ul className="utrecht-unordered-list" aria-labelledby="step-missing-title">
            {missing.map((m) => (
              <li className="utrecht-unordered-list__item" key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{state.state === 'complete' ? t('steps.allThere') : t('steps.readyToComplete')}</Paragraph>
      )}

      {outcome ? (
        <Alert
          type={outcome.kind === 'done' ? 'ok' : outcome.kind === 'stale' ? 'warning' : 'error'}
          role={outcome.kind === 'done' ? 'status' : 'alert'}
          ref={noticeRef}
          focusable
        >
          {outcome.kind === 'done' ? (
            <>
              <Paragraph>{outcome.message}</Paragraph>
              {outcome.next ? (
                <Paragraph>
                  <AppLink to="/casussen/$id/stap/$step" params={{ id: overview.id, step: String(outcome.next) }}>
                    {t('steps.goTo', { n: outcome.next, name: t(stepKey(outcome.next)) })}
                  </AppLink>
                </Paragraph>
              ) : null}
            </>
          ) : outcome.kind === 'refused' ? (
            <>
              <Heading level={3}>{t('steps.refusedTitle')}</Heading>
              <ul className="utrecht-unordered-list">
                {outcome.items.map((m) => (
                  <li className="utrecht-unordered-list__item" key={m}>{m}</li>
                ))}
              </ul>
            </>
          ) : outcome.kind === 'stale' ? (
            <>
              <Paragraph>{outcome.detail}</Paragraph>
              <Button
                onClick={() => {
                  setOutcome(null);
                  void queryClient.invalidateQueries({ queryKey: stepsKeys.case(overview.id), exact: true });
                }}
              >
                {t('steps.reload')}
              </Button>
            </>
          ) : (
            <Paragraph>{outcome.message}</Paragraph>
          )}
        </Alert>
      ) : null}

      {mayMove && state.state === 'open' ? (
        <ButtonGroup>
          <Button appearance="primary" busy={busy} onClick={() => { setOutcome(null); complete.mutate(); }}>
            {t('steps.complete')}
          </Button>
        </ButtonGroup>
      ) : null}
      {mayMove && state.state === 'complete' ? (
        reopening ? (
          <ReopenForm
            busy={busy}
            onReopen={(reason) => { setOutcome(null); reopen.mutate(reason); }}
            onCancel={() => {
              setReopening(false);
              window.setTimeout(() => reopenButton.current?.focus(), 0);
            }}
          />
        ) : (
          <ButtonGroup>
            <Button ref={reopenButton} onClick={() => { setOutcome(null); setReopening(true); }}>{t('steps.reopen')}</Button>
          </ButtonGroup>
        )
      ) : null}
      {!mayMove ? <Paragraph>{t(overview.status === 'active' ? 'steps.readOnly' : 'steps.notRunning')}</Paragraph> : null}
    </section>
  );
}
