import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import type { ReintegrationOptions } from '../types.ts';

/** The measures and closure reasons of reintegration, in every language. */
export function useReintegrationOptions() {
  return useQuery({
    queryKey: ['reintegration', 'options'],
    queryFn: () => api<ReintegrationOptions>('GET', '/api/reintegration/options'),
    staleTime: 60 * 60_000,
  });
}
