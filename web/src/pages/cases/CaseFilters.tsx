// Filters for "Mijn casussen" as a plain GET form: the filters live in the URL.
import { useNavigate } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField } from '../../components/FormField';
import { statusKey, stepKey } from '../../i18n';
import { useT } from '../../lang';
import { CASE_STATUSES, CASE_STEPS, type CaseStatus, type CaseStep, type DueFilter } from '../../types';

export interface CasesSearch {
  status?: CaseStatus;
  step?: CaseStep;
  due?: DueFilter;
}

export function CaseFilters({ search }: { search: CasesSearch }) {
  const t = useT();
  const navigate = useNavigate();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: CasesSearch = {};
    const status = String(data.get('status') ?? '');
    if ((CASE_STATUSES as readonly string[]).includes(status)) next.status = status as CaseStatus;
    const step = Number(data.get('step'));
    if ((CASE_STEPS as readonly number[]).includes(step)) next.step = step as CaseStep;
    const due = String(data.get('due') ?? '');
    if (due === 'overdue' || due === 'week') next.due = due;
    void navigate({ to: '/casussen', search: next });
  }

  return (
    <form method="get" action="/casussen" onSubmit={submit} className="doorbraak-filters" aria-labelledby="filters-title">
      <h2 className="utrecht-heading-3" id="filters-title">
        {t('cases.filters')}
      </h2>
      {/* Re-mount the selects when the URL changes (back button), so they show the URL's values. */}
      <div className="doorbraak-filters__fields" key={JSON.stringify(search)}>
        <SelectField
          path="status"
          label={t('cases.status')}
          defaultValue={search.status ?? ''}
          options={[
            { value: '', label: t('cases.all') },
            ...CASE_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) })),
          ]}
        />
        <SelectField
          path="step"
          label={t('cases.step')}
          defaultValue={search.step ? String(search.step) : ''}
          options={[
            { value: '', label: t('cases.all') },
            ...CASE_STEPS.map((s) => ({ value: String(s), label: t('step.numbered', { n: s, name: t(stepKey(s)) }) })),
          ]}
        />
        <SelectField
          path="due"
          label={t('cases.due')}
          defaultValue={search.due ?? ''}
          options={[
            { value: '', label: t('cases.all') },
            { value: 'overdue', label: t('cases.dueOverdue') },
            { value: 'week', label: t('cases.dueWeek') },
          ]}
        />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">
          {t('cases.filter')}
        </Button>
        {search.status || search.step || search.due ? (
          <Button appearance="subtle" onClick={() => void navigate({ to: '/casussen', search: {} })}>
            {t('cases.reset')}
          </Button>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
