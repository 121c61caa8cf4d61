// "Oppakken" (accept) and "Terugverwijzen" (refer back, with a required reason) for a new case.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { fieldId } from '../../components/fieldIds';
import { TextAreaField } from '../../components/FormField';
import { useT } from '../../lang';
import type { CaseOverview } from '../../types';

interface TriageActionsProps {
  caseId: string;
  /** Id of the element that names the case (e.g. the reference cell), for aria-describedby. */
  describedBy?: string;
  onAccepted: (overview: CaseOverview) => void;
  onReferred: (overview: CaseOverview) => void;
}

export function TriageActions({ caseId, describedBy, onAccepted, onReferred }: TriageActionsProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const reasonPath = `refer.${caseId}.reason`;
  const focusReason = () => window.setTimeout(() => document.getElementById(fieldId(reasonPath))?.focus(), 0);
  const wasOpen = useRef(false);

  // Return focus to the toggle when the form closes (cancel), not on first render.
  useEffect(() => {
    if (open) focusReason();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const showProblem = (error: unknown) => {
    if (isApiError(error, 0)) setProblem(t('error.network'));
    else if (isApiError(error) && error.status < 500) setProblem(error.detail ?? error.title);
    else setProblem(t('error.generic'));
  };

  const settle = (overview: CaseOverview) => {
    queryClient.setQueryData(['case', caseId], overview);
    void queryClient.invalidateQueries({ queryKey: ['cases'] });
  };

  const accept = useMutation({
    mutationFn: () => api.acceptCase(caseId),
    onMutate: () => setProblem(null),
    onSuccess: (overview) => {
      settle(overview);
      onAccepted(overview);
    },
    onError: showProblem,
  });

  const refer = useMutation({
    mutationFn: () => api.referCase(caseId, reason.trim()),
    onMutate: () => setProblem(null),
    onSuccess: (overview) => {
      settle(overview);
      onReferred(overview);
    },
    onError: (error) => {
      const fieldError = isApiError(error) ? error.errors.find((e) => e.field === 'reason') : undefined;
      if (fieldError) {
        setReasonError(fieldError.message);
        focusReason();
      } else showProblem(error);
    },
  });

  function submitRefer(event: FormEvent) {
    event.preventDefault();
    if (refer.isPending) return;
    if (!reason.trim()) {
      setReasonError(t('triage.reasonRequired'));
      focusReason();
      return;
    }
    setReasonError(undefined);
    refer.mutate();
  }

  return (
    <div className="doorbraak-triage">
      {problem ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{problem}</p>
        </Alert>
      ) : null}
      <ButtonGroup>
        <Button
          appearance="primary"
          busy={accept.isPending}
          aria-describedby={describedBy}
          onClick={() => accept.mutate()}
        >
          {t('triage.accept')}
        </Button>
        {!open ? (
          <Button
            ref={toggleRef}
            appearance="secondary"
            aria-describedby={describedBy}
            onClick={() => setOpen(true)}
          >
            {t('triage.refer')}
          </Button>
        ) : null}
      </ButtonGroup>
      {open ? (
        <form noValidate onSubmit={submitRefer} className="doorbraak-triage__form">
          <TextAreaField
            path={reasonPath}
            name="reason"
            label={t('triage.reason')}
            description={t('triage.reasonHint')}
            required
            rows={4}
            value={reason}
            onValue={setReason}
            error={reasonError}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary" busy={refer.isPending} aria-describedby={describedBy}>
              {t('triage.refer')}
            </Button>
            <Button
              appearance="subtle"
              onClick={() => {
                setOpen(false);
                setReasonError(undefined);
              }}
            >
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      ) : null}
    </div>
  );
}
