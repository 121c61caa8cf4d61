// Search form for the processing log. The filters live in the URL (like the case filters); a
// resident or an employee filter comes from a link elsewhere and is shown as a removable note.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { privacyApi } from '../../api-privacy';
import { Button, ButtonGroup } from '../../components/Button';
import type { FieldErrors } from '../../components/fieldIds';
import { SelectField, TextField } from '../../components/FormField';
import { useT } from '../../lang';
import type { ProcessingFilter } from '../../types-privacy';

export type ProcessingSearch = ProcessingFilter;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** The URL's search part as filters; anything malformed is left out. */
export function parseProcessingSearch(search: Record<string, unknown>): ProcessingSearch {
  const result: ProcessingSearch = {};
  const person = text(search.person);
  if (person && UUID.test(person)) result.person = person;
  const user = text(search.user);
  if (user && UUID.test(user)) result.user = user;
  const reference = text(search.case);
  if (reference && reference.length <= 40) result.case = reference;
  const activity = text(search.activity);
  if (activity && /^[a-z0-9-]{1,60}$/.test(activity)) result.activity = activity;
  const from = text(search.from);
  if (from && DAY.test(from)) result.from = from;
  const to = text(search.to);
  if (to && DAY.test(to)) result.to = to;
  return result;
}

export const activitiesQuery = { queryKey: ['privacy', 'activities'] as const, queryFn: () => privacyApi.activities(), staleTime: 60 * 60_000 };

interface ProcessingFiltersProps {
  search: ProcessingSearch;
  /** Errors the server gave for these filters. */
  serverErrors: FieldErrors;
  /** Called on every submit with what the browser found wrong (empty when nothing). */
  onChecked: (errors: FieldErrors) => void;
}

export function ProcessingFilters({ search, serverErrors, onChecked }: ProcessingFiltersProps) {
  const t = useT();
  const navigate = useNavigate();
  const activities = useQuery(activitiesQuery);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const errors = { ...serverErrors, ...clientErrors };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = parseProcessingSearch({
      person: search.person,
      user: search.user,
      case: data.get('case'),
      activity: data.get('activity'),
      from: data.get('from'),
      to: data.get('to'),
    });
    const found: FieldErrors = {};
    if (next.from && next.to && next.from > next.to) found.to = t('privacy.log.toBeforeFrom');
    setClientErrors(found);
    onChecked(found);
    if (Object.keys(found).length) return;
    void navigate({ to: '/privacy/verwerkingen', search: next });
  }

  const filtered = Object.keys(search).length > 0;
  return (
    <form method="get" action="/privacy/verwerkingen" noValidate onSubmit={submit} className="doorbraak-filters" aria-labelledby="log-filters-title">
      <h2 className="utrecht-heading-3" id="log-filters-title">
        {t('privacy.log.filters')}
      </h2>
      {/* Re-mount when the URL changes (back button), so the fields show the URL's values. */}
      <div className="doorbraak-filters__fields" key={JSON.stringify(search)}>
        <TextField
          path="case"
          label={t('privacy.log.case')}
          description={t('privacy.log.caseHint')}
          className="doorbraak-input--short"
          defaultValue={search.case ?? ''}
          onValue={() => undefined}
          error={errors.case}
        />
        <SelectField
          path="activity"
          label={t('privacy.log.activity')}
          defaultValue={search.activity ?? ''}
          error={errors.activity}
          options={[
            { value: '', label: t('privacy.log.allActivities') },
            ...(activities.data?.items ?? []).map((a) => ({ value: a.id, label: a.purpose })),
            // Keep a value from the URL selectable while the register loads.
            ...(search.activity && !activities.data ? [{ value: search.activity, label: search.activity }] : []),
          ]}
        />
        <TextField
          path="from"
          label={t('privacy.log.from')}
          type="date"
          className="doorbraak-input--date"
          defaultValue={search.from ?? ''}
          onValue={() => undefined}
          error={errors.from}
        />
        <TextField
          path="to"
          label={t('privacy.log.to')}
          type="date"
          className="doorbraak-input--date"
          defaultValue={search.to ?? ''}
          onValue={() => undefined}
          error={errors.to}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          {t('privacy.log.search')}
        </Button>
        {filtered ? (
          <Button
            appearance="subtle"
            onClick={() => {
              setClientErrors({});
              onChecked({});
              void navigate({ to: '/privacy/verwerkingen', search: {} });
            }}
          >
            {t('privacy.log.reset')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
