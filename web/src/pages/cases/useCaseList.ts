// Paged case lists (inbox and "mine") with the server's key cursor.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../api';
import type { CaseListItem, CaseListQuery, CaseView } from '../../types';

export type CaseFilters = Omit<CaseListQuery, 'view' | 'cursor' | 'limit'>;

export const PAGE_SIZE = 25;

export function useCaseList(view: CaseView, filters: CaseFilters = {}) {
  const query = useInfiniteQuery({
    queryKey: ['cases', view, filters],
    queryFn: ({ pageParam }) => api.cases({ view, ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items: CaseListItem[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { ...query, items };
}

/**
 * "Meer laden": after the next page arrives, focus the first new row's link so keyboard
 * users continue where the new rows start (the button may disappear on the last page).
 */
export function useLoadMore(items: CaseListItem[], fetchNextPage: () => Promise<unknown>, linkId: (id: string) => string) {
  const before = useRef(0);
  return async () => {
    before.current = items.length;
    const result = (await fetchNextPage()) as { data?: { pages: { items: CaseListItem[] }[] } };
    const all = result.data?.pages.flatMap((p) => p.items) ?? [];
    const first = all[before.current];
    if (first) window.setTimeout(() => document.getElementById(linkId(first.id))?.focus(), 0);
  };
}
