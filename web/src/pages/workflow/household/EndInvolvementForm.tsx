// End an involvement: from the chosen day its support no longer runs and no longer counts in the
// yearly total. It stays in the list, marked as ended, and can be resumed by clearing the end date.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api';
import { householdApi, householdKeys } from '../../../api-household';
import { Button, ButtonGroup } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/FormField';
import { formatDate, todayInAmsterdam } from '../../../format';
import { useLang } from '../../../lang';
import type { Involvement } from '../../../types-household';
import { ConflictNotice, LatestVersion, useFormErrors } from '../breakthrough/forms';
import { formatEuros } from '../breakthrough/money';
import { Panel } from './shared';

const PATH = 'end.endedOn';

export function EndInvolvementForm({ caseId, involvement, returnTo, onDone }: {
  caseId: string;
  involvement: Involvement;
  returnTo: string;
  onDone: (saved?: Involvement) => void;
}) {
  const { t, locale } = useLang();
  const queryClient = useQueryClient();
  const [endedOn, setEndedOn] = useState(todayInAmsterdam());
  const [version, setVersion] = useState(involvement.version);
  const [conflict, setConflict] = useState<string | null>(null);
  const [latest, setLatest] = useState<Involvement | null>(null);
  const errors = useFormErrors();

  const save = useMutation({
    mutationFn: () => householdApi.updateInvolvement(caseId, involvement.id, { endedOn, version }),
    onSuccess: (saved) => onDone(saved),
    onError: (error) => {
      if (isApiError(error, 409)) setConflict(error.detail ?? t('conflict.title'));
      else errors.fromError(error, t, { endedOn: PATH });
    },
  });

  const fetchLatest = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: householdKeys.involvements(caseId), queryFn: () => householdApi.involvements(caseId), staleTime: 0 }),
    onSuccess: (list) => {
      const found = list.items.find((i) => i.id === involvement.id) ?? null;
      setConflict(null);
      if (found) {
        setLatest(found);
        setVersion(found.version);
      }
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    if (!endedOn) {
      errors.show({ [PATH]: t('household.involvements.err.endedOn') });
      return;
    }
    errors.clear();
    save.mutate();
  }

  return (
    <Panel id="involvement-end-title" title={t('household.involvements.endTitle', { organisation: involvement.organisation })} returnTo={returnTo}>
      <form noValidate onSubmit={submit} className="doorbraak-form">
        <ErrorSummary items={errors.summary} focusKey={errors.attempt} />
        {conflict ? <ConflictNotice detail={conflict} busy={fetchLatest.isPending} onFetchLatest={() => fetchLatest.mutate()} /> : null}
        {latest ? (
          <LatestVersion
            items={[
              { label: t('household.involvements.service'), value: latest.service },
              { label: t('household.involvements.yearly'), value: formatEuros(latest.yearlyCostCents, locale, true) },
              { label: t('household.involvements.endedOn'), value: formatDate(latest.endedOn, locale) },
            ]}
            onAdopt={() => { setEndedOn(latest.endedOn ?? todayInAmsterdam()); setLatest(null); }}
            onDismiss={() => setLatest(null)}
          />
        ) : null}
        <TextField path={PATH} label={t('household.involvements.endedOn')} description={t('household.involvements.endedOnHint')} type="date" required
          className="doorbraak-input--date" value={endedOn} onValue={setEndedOn} error={errors.fields[PATH]} />
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {t('household.involvements.end')}
          </Button>
          <Button appearance="subtle" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </Panel>
  );
}
