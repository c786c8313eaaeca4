import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PersonMatch } from '../../api/types.ts';
import { isAskable, limitFromParams, paramsOfSearch, searchFromParams } from './search-params.ts';

/**
 * The persons matching the search in the address, best first. Each search is its own query, so an
 * answer that comes back after a later search was sent is kept for its own search and never shown
 * for the later one; only asking for more results keeps the persons shown while the rest load.
 * Nothing is asked again when the window regains focus: every search is audited, so only the user
 * sends one.
 */
export function usePersonMatches(params: URLSearchParams) {
  const search = paramsOfSearch(searchFromParams(params), limitFromParams(params)).toString();
  const withoutLimit = paramsOfSearch(searchFromParams(params)).toString();
  return useQuery({
    queryKey: ['persons', 'matches', withoutLimit, search],
    queryFn: () => api<{ items: PersonMatch[] }>('GET', `/api/persons/matches?${search}`),
    enabled: isAskable(searchFromParams(params)),
    refetchOnWindowFocus: false,
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === withoutLimit ? keepPreviousData(previous) : undefined,
  });
}
