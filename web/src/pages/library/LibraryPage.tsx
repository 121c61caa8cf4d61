// /bibliotheek — search the solutions library: Dutch full text (other word forms count too) plus
// filters, results as cards, ten at a time. The privacy officer first sees what waits for their
// approval to share. The search stays out of the address (a coordinator may type a name) and lives
// in this browser tab, so going back from an entry shows the same results.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { breakthroughApi, breakthroughKeys } from '../../api-breakthrough';
import { libraryApi, libraryKeys } from '../../api-library';
import { hasRole, useMe } from '../../auth';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { QueryFeedback } from '../../components/Feedback';
import { Heading, Paragraph } from '../../components/Heading';
import { useLang } from '../../lang';
import type { LibrarySearch } from '../../types-library';
import { usePageTitle } from '../../usePageTitle';
import { EntryCard } from './EntryCard';
import { SearchForm } from './SearchForm';
import './library.css';

const PAGE_SIZE = 10;
const STORAGE_KEY = 'doorbraak.library.search';

function useStoredSearch(): [LibrarySearch, (s: LibrarySearch) => void] {
  const [search, setSearch] = useState<LibrarySearch>(() => {
    try {
      const stored: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '{}');
      return stored && typeof stored === 'object' ? (stored as LibrarySearch) : {};
    } catch {
      return {};
    }
  });
  const store = (s: LibrarySearch) => {
    setSearch(s);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
    } catch {
      // Storage full or blocked: the search still works, it is only not kept.
    }
  };
  return [search, store];
}

/** Own entries whose sharing waits for the privacy officer. */
function SharingQueue() {
  const { t } = useLang();
  const query = useQuery({ queryKey: libraryKeys.search({ sharing: 'requested', limit: 50 }), queryFn: () => libraryApi.search({ sharing: 'requested', limit: 50 }) });
  return (
    <section className="doorbraak-section" aria-labelledby="library-queue-title">
      <Heading level={2} id="library-queue-title">{t('library.queue.title')}</Heading>
      <QueryFeedback query={query} />
      {query.data && query.data.items.length === 0 ? <Paragraph>{t('library.queue.none')}</Paragraph> : null}
      {query.data?.items.length ? (
        <ul className="doorbraak-cards">
          {query.data.items.map((e) => <EntryCard key={e.id} entry={e} />)}
        </ul>
      ) : null}
    </section>
  );
}

function Results({ search, onPage }: { search: LibrarySearch; onPage: (offset: number) => void }) {
  const { t } = useLang();
  const offset = search.offset ?? 0;
  const query = useQuery({
    queryKey: libraryKeys.search({ ...search, limit: PAGE_SIZE }),
    queryFn: () => libraryApi.search({ ...search, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const paged = useRef(false);
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const page = Math.floor(offset / PAGE_SIZE) + 1;
  // After "next" or "previous", keyboard and screen reader users continue at the top of the new page.
  useEffect(() => {
    if (paged.current && !query.isPlaceholderData) {
      paged.current = false;
      headingRef.current?.focus();
    }
  }, [query.isPlaceholderData, offset]);
  const go = (next: number) => {
    paged.current = true;
    onPage(next);
  };

  return (
    <section className="doorbraak-section" aria-labelledby="library-results-title">
      <Heading level={2} id="library-results-title" ref={headingRef} tabIndex={-1}>{t('library.results.title')}</Heading>
      <QueryFeedback query={query} />
      <p className="utrecht-paragraph" role="status" aria-live="polite">
        {data && !query.isPlaceholderData
          ? data.total === 0 ? t('library.results.none') : t(data.total === 1 ? 'library.results.one' : 'library.results.count', { n: data.total })
          : ''}
      </p>
      {data && search.q && !data.textUsed ? (
        <Alert type="info">
          <Paragraph>{t('library.results.wordsTooCommon')}</Paragraph>
        </Alert>
      ) : null}
      {data && data.total === 0 ? <Paragraph>{t('library.results.noneHint')}</Paragraph> : null}
      {data?.items.length ? (
        <ul className="doorbraak-cards" aria-busy={query.isPlaceholderData || undefined}>
          {data.items.map((e) => <EntryCard key={e.id} entry={e} />)}
        </ul>
      ) : null}
      {data && pages > 1 ? (
        <nav aria-label={t('library.paging.label')} className="doorbraak-library-paging">
          <Paragraph>{t('library.paging.page', { page, pages })}</Paragraph>
          <ButtonGroup>
            {offset > 0 ? <Button onClick={() => go(Math.max(0, offset - PAGE_SIZE))}>{t('library.paging.previous')}</Button> : null}
            {page < pages ? <Button onClick={() => go(offset + PAGE_SIZE)}>{t('library.paging.next')}</Button> : null}
          </ButtonGroup>
        </nav>
      ) : null}
    </section>
  );
}

export function LibraryPage() {
  const { t } = useLang();
  const me = useMe().data;
  usePageTitle(t('library.title'));
  const [search, setSearch] = useStoredSearch();
  const rules = useQuery({ queryKey: breakthroughKeys.rules('all'), queryFn: () => breakthroughApi.rules('all') });
  return (
    <>
      <Heading level={1}>{t('library.title')}</Heading>
      <Paragraph lead>{t('library.intro')}</Paragraph>
      {hasRole(me, 'privacy_officer') ? <SharingQueue /> : null}
      <SearchForm search={search} rules={rules.data?.items ?? []} onSearch={setSearch} />
      <Results search={search} onPage={(offset) => setSearch({ ...search, offset })} />
    </>
  );
}
