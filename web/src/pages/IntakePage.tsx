// /melden — the intake form; logged in (POST /api/intakes) or public (POST /api/public/intakes).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, isApiError } from '../api';
import { hasRole, meQuery, useMe } from '../auth';
import { Alert } from '../components/Alert';
import type { SummaryItem } from '../components/ErrorSummary';
import { LoadError, Loading } from '../components/Feedback';
import type { FieldErrors } from '../components/fieldIds';
import { Heading, Paragraph } from '../components/Heading';
import { useT } from '../lang';
import type { IntakeReceipt } from '../types';
import { usePageTitle } from '../usePageTitle';
import { emptyDraft, fromServer, toInput, type IntakeDraft } from './intake/draft';
import { IntakeForm } from './intake/IntakeForm';
import { IntakeReceiptView } from './intake/IntakeReceiptView';

interface ServerErrors {
  fields: FieldErrors;
  summary: SummaryItem[];
  attempt: number;
}

export function IntakePage({ municipality }: { municipality?: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const me = useMe();
  const [receipt, setReceipt] = useState<IntakeReceipt | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [serverErrors, setServerErrors] = useState<ServerErrors>({ fields: {}, summary: [], attempt: 0 });
  usePageTitle(receipt ? t('receipt.title') : t('intake.title'));

  const signedIn = !!me.data;

  const submit = useMutation({
    mutationFn: ({ draft }: { draft: IntakeDraft }) =>
      signedIn ? api.createIntake(toInput(draft)) : api.createPublicIntake(toInput(draft, municipality)),
    // A lost session must not throw away what was typed: we handle 401 here.
    meta: { skipAuthRedirect: true },
    onSuccess: (result) => {
      setReceipt(result);
      void queryClient.invalidateQueries({ queryKey: ['intakes'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
    onError: (error, { draft }) => {
      const setProblem = (message: string) =>
        setServerErrors((prev) => ({ fields: {}, summary: [{ path: null, message }], attempt: prev.attempt + 1 }));
      if (isApiError(error, 401)) {
        queryClient.setQueryData(meQuery.queryKey, null);
        setProblem(t('intake.sessionExpired'));
        return;
      }
      if (isApiError(error) && error.errors.length) {
        const mapped = fromServer(error.errors, draft);
        setServerErrors((prev) => ({ ...mapped, attempt: prev.attempt + 1 }));
        return;
      }
      if (isApiError(error, 0)) setProblem(t('error.network'));
      else if (isApiError(error) && error.status < 500) setProblem(error.detail ?? error.title);
      else setProblem(t('error.generic'));
    },
  });

  // A new receipt or a fresh form starts at the top.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [receipt, formKey]);

  if (receipt) {
    return (
      <IntakeReceiptView
        receipt={receipt}
        showMine={hasRole(me.data, 'reporter')}
        onAnother={() => {
          setReceipt(null);
          setServerErrors({ fields: {}, summary: [], attempt: 0 });
          setFormKey((k) => k + 1);
          submit.reset();
          window.setTimeout(() => document.querySelector<HTMLElement>('main h1')?.focus(), 0);
        }}
      />
    );
  }

  return (
    <>
      <Heading level={1}>{t('intake.title')}</Heading>
      <Paragraph lead>{t('intake.intro')}</Paragraph>
      {me.isPending ? <Loading /> : null}
      {me.isError ? <LoadError error={me.error} retry={() => void me.refetch()} /> : null}
      {!me.isPending && !me.isError ? (
        <>
          {!signedIn ? (
            <Alert type="info">
              <Paragraph>{t('intake.publicNote')}</Paragraph>
            </Alert>
          ) : null}
          <IntakeForm
            key={formKey}
            initial={emptyDraft(me.data ?? null)}
            busy={submit.isPending}
            serverErrors={serverErrors}
            onSubmit={(draft) => submit.mutate({ draft })}
          />
        </>
      ) : null}
    </>
  );
}
