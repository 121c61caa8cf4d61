// The search box and filters of the library. A plain form: the fields show what was searched, and
// a new search starts on submit (Enter in the search box works too).
import type { FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { useLang } from '../../lang';
import { LIFE_DOMAINS, type LifeDomain } from '../../types';
import { BLOCKER_KINDS, type BlockerKind, type Rule } from '../../types-breakthrough';
import { SHARING_STATES, type LibraryScope, type LibrarySearch, type Sharing } from '../../types-library';
import { domainLabel, kindLabel, sharingKey } from './labels';

/** The server reads no more than this; longer input is cut here, so the address of the request stays short. */
const MAX_QUERY = 300;
const SCOPES: LibraryScope[] = ['all', 'own', 'shared'];

const pick = <T extends string>(value: FormDataEntryValue | null, allowed: readonly T[]): T | undefined =>
  (allowed as readonly string[]).includes(String(value ?? '')) ? (value as T) : undefined;

/** Only what is filled in; paging starts again. */
export function fromForm(data: FormData, ruleCodes: string[]): LibrarySearch {
  const q = String(data.get('q') ?? '').trim().slice(0, MAX_QUERY);
  const scope = pick<LibraryScope>(data.get('scope'), SCOPES);
  const s: LibrarySearch = {
    q: q || undefined,
    lifeDomain: pick<LifeDomain>(data.get('lifeDomain'), LIFE_DOMAINS),
    kind: pick<BlockerKind>(data.get('kind'), BLOCKER_KINDS),
    rule: pick<string>(data.get('rule'), ruleCodes),
    scope: scope === 'all' ? undefined : scope,
    sharing: pick<Sharing>(data.get('sharing'), SHARING_STATES),
  };
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as LibrarySearch;
}

export function SearchForm({ search, rules, onSearch }: { search: LibrarySearch; rules: Rule[]; onSearch: (s: LibrarySearch) => void }) {
  const { t } = useLang();
  const all = { value: '', label: t('library.search.any') };
  const filtered = Object.keys(search).some((k) => k !== 'offset');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(fromForm(new FormData(event.currentTarget), rules.map((r) => r.code)));
  }

  return (
    <form method="get" action="/bibliotheek" role="search" noValidate onSubmit={submit} className="doorbraak-filters" aria-labelledby="library-search-title">
      <h2 className="utrecht-heading-3" id="library-search-title">{t('library.search.title')}</h2>
      {/* Re-mount the fields when the search changes from outside (reset) or the rules arrive, so they show the search. */}
      <div key={`${JSON.stringify(search)}:${rules.length}`}>
        <TextField path="q" type="search" label={t('library.search.q')} description={t('library.search.qHint')}
          defaultValue={search.q ?? ''} onValue={() => undefined} autoComplete="off" className="doorbraak-library-q" />
        <div className="doorbraak-filters__fields">
          <SelectField path="lifeDomain" label={t('common.lifeDomains')} defaultValue={search.lifeDomain ?? ''}
            options={[all, ...LIFE_DOMAINS.map((d) => ({ value: d, label: domainLabel(t, d) }))]} />
          <SelectField path="kind" label={t('blocker.kinds')} defaultValue={search.kind ?? ''}
            options={[all, ...BLOCKER_KINDS.map((k) => ({ value: k, label: kindLabel(t, k) }))]} />
          <SelectField path="rule" label={t('library.search.rule')} defaultValue={search.rule ?? ''}
            options={[all, ...rules.map((r) => ({ value: r.code, label: `${r.code}: ${r.name}` }))]} />
          <SelectField path="scope" label={t('library.search.scope')} defaultValue={search.scope ?? 'all'}
            options={SCOPES.map((s) => ({ value: s, label: t(`library.scope.${s}`) }))} />
          <SelectField path="sharing" label={t('library.search.sharing')} description={t('library.search.sharingHint')} defaultValue={search.sharing ?? ''}
            options={[all, ...SHARING_STATES.map((s) => ({ value: s, label: t(sharingKey(s)) }))]} />
        </div>
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary">{t('library.search.submit')}</Button>
        {filtered ? <Button appearance="subtle" onClick={() => onSearch({})}>{t('library.search.reset')}</Button> : null}
      </ButtonGroup>
    </form>
  );
}
