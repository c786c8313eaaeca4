import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import { useMe } from '../../app/session.tsx';

export interface AgencyEntry {
  id: string;
  name: string;
  shortName: string | null;
  country: string;
}

/** The agencies of the directory (names for ids, and receiving agencies to choose from). */
export function useAgencies() {
  return useQuery({
    queryKey: ['agencies', 'active'],
    queryFn: () => api<Page<AgencyEntry>>('GET', `/api/agencies${query({ active: true, limit: 200 })}`),
    staleTime: 10 * 60_000,
  });
}

/** The other agencies, for choosing who receives a returning person. */
export function useOtherAgencies() {
  const me = useMe();
  const agencies = useAgencies();
  return { ...agencies, data: agencies.data?.items.filter((agency) => agency.id !== me.agency.id) };
}

export function useAgencyName() {
  const agencies = useAgencies();
  return (id: string) => agencies.data?.items.find((agency) => agency.id === id)?.name ?? '';
}
