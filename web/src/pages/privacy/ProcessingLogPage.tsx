// /privacy/verwerkingen — search the processing log (by case, activity, period; by resident or
// employee through links), page through it, and export what matches as CSV or JSON.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { isApiError } from '../../api';
import { privacyApi } from '../../api-privacy';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { QueryFeedback } from '../../components/Feedback';
import type { FieldErrors } from '../../components/fieldIds';
import { Heading, Paragraph } from '../../components/Heading';
import { AppLink } from '../../components/Link';
import { useT } from '../../lang';
import { usePageTitle } from '../../usePageTitle';
import { problemOf } from '../security/problems';
import { RoleGate } from '../security/RoleGate';
import { ProcessingFilters, type ProcessingSearch } from './ProcessingFilters';
import { logRowId, ProcessingTable } from './ProcessingTable';
import { DownloadStatus, useDownload } from './useDownload';

const PAGE_SIZE = 50;
const filterPaths = { case: 'case', activity: 'activity', from: 'from', to: 'to' };

function ExportButtons({ search }: { search: ProcessingSearch }) {
  const t = useT();
  const { busy, status, error, download } = useDownload();
  return (
    <section className="doorbraak-export" aria-labelledby="export-title">
      <Heading level={2} look={3} id="export-title">
        {t('privacy.export.title')}
      </Heading>
      <Paragraph>{t('privacy.export.intro')}</Paragraph>
      <ButtonGroup>
        <Button
          busy={busy === 'csv'}
          onClick={() => void download('csv', privacyApi.exportUrl(search, 'csv'), 'verwerkingen.csv')}
        >
          {t('privacy.export.csv')}
        </Button>
        <Button
          busy={busy === 'json'}
          onClick={() => void download('json', privacyApi.exportUrl(search, 'json'), 'verwerkingen.json')}
        >
          {t('privacy.export.json')}
        </Button>
      </ButtonGroup>
      <DownloadStatus status={status} error={error} />
    </section>
  );
}

export function ProcessingLogPage({ search }: { search: ProcessingSearch }) {
  const t = useT();
  usePageTitle(t('privacy.log.title'));
  const [clientErrors, setClientErrors] = useState<{ fields: FieldErrors; attempt: number }>({ fields: {}, attempt: 0 });
  const before = useRef(0);

  const list = useInfiniteQuery({
    queryKey: ['privacy', 'processing', search],
    queryFn: ({ pageParam }) => privacyApi.processing(search, pageParam, PAGE_SIZE),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  // Filters the server could not use are shown at their fields, with a summary above the form.
  const invalid = isApiError(list.error, 422) ? problemOf(list.error, t, filterPaths) : null;
  const summary = invalid
    ? invalid.summary
    : Object.entries(clientErrors.fields).map(([path, message]) => ({ path, message }));

  async function loadMore() {
    before.current = items.length;
    const result = await list.fetchNextPage();
    const all = result.data?.pages.flatMap((p) => p.items) ?? [];
    const first = all[before.current];
    if (first) window.setTimeout(() => document.getElementById(logRowId(first.id))?.focus(), 0);
  }

  const without = (key: 'person' | 'user') => {
    const next = { ...search };
    delete next[key];
    return next;
  };
  const actorName = search.user ? items.find((i) => i.actor?.id === search.user)?.actor?.name : undefined;

  return (
    <>
      <Heading level={1}>{t('privacy.log.title')}</Heading>
      <RoleGate role="privacy_officer">
        <Paragraph>{t('privacy.log.intro')}</Paragraph>
        <Paragraph>
          <AppLink to="/privacy/verwerkingsregister">{t('privacy.log.toRegister')}</AppLink>
        </Paragraph>
        {search.person ? (
          <Alert type="info">
            <p className="utrecht-paragraph">
              {t('privacy.log.filteredPerson')}{' '}
              <AppLink to="/privacy/verwerkingen" search={without('person')}>
                {t('privacy.log.removeFilter')}
              </AppLink>
            </p>
          </Alert>
        ) : null}
        {search.user ? (
          <Alert type="info">
            <p className="utrecht-paragraph">
              {actorName ? t('privacy.log.filteredActorName', { name: actorName }) : t('privacy.log.filteredActor')}{' '}
              <AppLink to="/privacy/verwerkingen" search={without('user')}>
                {t('privacy.log.removeFilter')}
              </AppLink>
            </p>
          </Alert>
        ) : null}
        <ErrorSummary items={summary} focusKey={invalid ? list.errorUpdateCount : clientErrors.attempt} />
        <ProcessingFilters
          search={search}
          serverErrors={invalid?.fields ?? {}}
          onChecked={(fields) =>
            setClientErrors((s) => ({ fields, attempt: Object.keys(fields).length ? s.attempt + 1 : s.attempt }))
          }
        />
        <ExportButtons search={search} />
        {invalid ? null : <QueryFeedback query={list} missing={{ when: isApiError(list.error, 404), message: t('privacy.log.personUnknown') }} />}
        {list.isSuccess && !items.length ? <Paragraph>{t('privacy.log.empty')}</Paragraph> : null}
        {items.length ? <ProcessingTable items={items} search={search} /> : null}
        <p className="doorbraak-visually-hidden" role="status" aria-live="polite">
          {list.isSuccess ? t('privacy.log.count', { n: items.length }) : ''}
        </p>
        {list.hasNextPage ? (
          <Button busy={list.isFetchingNextPage} onClick={() => void loadMore()}>
            {t('privacy.log.more')}
          </Button>
        ) : null}
      </RoleGate>
    </>
  );
}
