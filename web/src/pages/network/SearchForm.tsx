// Searching the directory: free words (Dutch, also part of a name), kind of organisation, life
// domain, and whether contacts that are no longer active count too.
import type { FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { domainKey } from '../../i18n';
import { useLang } from '../../lang';
import { LIFE_DOMAINS, type LifeDomain } from '../../types';
import { ORGANISATION_KINDS, type ContactsQuery, type OrganisationKind } from '../../types-network';
import { kindText } from './labels';

const pick = <V extends string>(value: FormDataEntryValue | null, allowed: readonly V[]): V | undefined =>
  allowed.includes(String(value) as V) ? (String(value) as V) : undefined;

export function SearchForm({ query, onSearch }: { query: ContactsQuery; onSearch: (q: ContactsQuery) => void }) {
  const { t } = useLang();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const q = String(data.get('q') ?? '').trim();
    onSearch({
      ...(q ? { q } : {}),
      organisationKind: pick<OrganisationKind>(data.get('organisationKind'), ORGANISATION_KINDS),
      lifeDomain: pick<LifeDomain>(data.get('lifeDomain'), LIFE_DOMAINS),
      active: pick(data.get('active'), ['true', 'all'] as const),
    });
  }

  const filtered = !!(query.q || query.organisationKind || query.lifeDomain || query.active === 'all');
  return (
    <form role="search" onSubmit={submit} className="doorbraak-filters" aria-labelledby="network-search-title">
      <h2 className="utrecht-heading-3" id="network-search-title">{t('network.search.title')}</h2>
      {/* Re-mount the fields on a reset, so they show the empty search. */}
      <div className="doorbraak-filters__fields" key={filtered ? 'filtered' : 'empty'}>
        <TextField path="q" type="search" label={t('network.search.q')} description={t('network.search.qHint')} defaultValue={query.q ?? ''}
          onValue={() => undefined} autoComplete="off" />
        <SelectField path="organisationKind" label={t('network.field.organisationKind')} defaultValue={query.organisationKind ?? ''}
          options={[{ value: '', label: t('network.search.allKinds') }, ...ORGANISATION_KINDS.map((k) => ({ value: k, label: kindText(t, k) }))]} />
        <SelectField path="lifeDomain" label={t('network.search.lifeDomain')} defaultValue={query.lifeDomain ?? ''}
          options={[{ value: '', label: t('network.search.allDomains') }, ...LIFE_DOMAINS.map((d) => ({ value: d, label: t(domainKey(d)) }))]} />
        <SelectField path="active" label={t('network.search.active')} defaultValue={query.active ?? 'true'}
          options={[{ value: 'true', label: t('network.search.activeOnly') }, { value: 'all', label: t('network.search.activeAll') }]} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">{t('network.search.submit')}</Button>
        {filtered ? <Button appearance="subtle" onClick={() => onSearch({})}>{t('network.search.reset')}</Button> : null}
      </ButtonGroup>
    </form>
  );
}
