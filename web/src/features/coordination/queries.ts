import { useQueries, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.ts';
import { useMe } from '../../app/session.tsx';
import { useAgencies } from '../victim-path/agencies.ts';
import type {
  ActionPlanOptions,
  Activity,
  CommitteeOptions,
  GuidelineOptions,
  PartnerOptions,
  PartnerSummary,
  Plan,
  PlanSummary,
} from './types.ts';

const hour = 60 * 60_000;

export function useActionPlanOptions() {
  return useQuery({
    queryKey: ['action-plans', 'options'],
    queryFn: () => api<ActionPlanOptions>('GET', '/api/action-plans/options'),
    staleTime: hour,
  });
}

export function useCommitteeOptions() {
  return useQuery({
    queryKey: ['committees', 'options'],
    queryFn: () => api<CommitteeOptions>('GET', '/api/committees/options'),
    staleTime: hour,
  });
}

export function useGuidelineOptions() {
  return useQuery({
    queryKey: ['guidelines', 'options'],
    queryFn: () => api<GuidelineOptions>('GET', '/api/guidelines/options'),
    staleTime: hour,
  });
}

/** The agencies of the user's country: the ones a plan, committee or guideline can name. */
export function useCountryAgencies() {
  const me = useMe();
  const agencies = useAgencies();
  return agencies.data?.items.filter((agency) => agency.country === me.agency.country) ?? [];
}

/** Every activity of the country's action plans, for linking a committee's decisions to them. */
export function useCountryActivities(): Activity[] {
  const plans = useQuery({
    queryKey: ['action-plans'],
    queryFn: () => api<{ items: PlanSummary[] }>('GET', '/api/action-plans'),
  });
  const details = useQueries({
    queries: (plans.data?.items ?? []).map((plan) => ({
      queryKey: ['action-plans', plan.id],
      queryFn: () => api<Plan>('GET', `/api/action-plans/${plan.id}`),
    })),
  });
  return details.flatMap(
    (detail) => detail.data?.strategies.flatMap((strategy) => strategy.activities) ?? [],
  );
}

export function usePartnerOptions() {
  return useQuery({
    queryKey: ['partners', 'options'],
    queryFn: () => api<PartnerOptions>('GET', '/api/partners/options'),
    staleTime: hour,
  });
}

/** The partner directory of the user's country, filtered by kind and service when given. */
export function usePartners(filter: { kind?: string; service?: string } = {}) {
  return useQuery({
    queryKey: ['partners', 'list', filter],
    queryFn: () => api<{ items: PartnerSummary[] }>('GET', `/api/partners${query(filter)}`),
  });
}
