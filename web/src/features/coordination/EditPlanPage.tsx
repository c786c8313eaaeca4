import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { RecordState } from '../../components/States.tsx';
import { PlanForm, planBody } from './NewPlanPage.tsx';
import type { PlanValues } from './PlanPartFields.tsx';
import type { Plan } from './types.ts';

const text = (value: number | null) => (value === null ? '' : String(value));

/** A saved plan as the form's values, each part with its id. */
export function planValues(plan: Plan): PlanValues {
  return {
    title: plan.title,
    startYear: String(plan.startYear),
    endYear: String(plan.endYear),
    strategies: plan.strategies.map((strategy) => ({
      partId: strategy.id,
      pillar: strategy.pillar,
      title: strategy.title,
      activities: strategy.activities.map((activity) => ({
        partId: activity.id,
        title: activity.title,
        responsibleAgencyId: activity.responsibleAgencyId,
        supportingAgencyIds: activity.supportingAgencyIds,
        indicators: activity.indicators.map((indicator) => ({
          partId: indicator.id,
          name: indicator.name,
          unit: indicator.unit,
          baseline: text(indicator.baseline),
          targets: Object.fromEntries(
            Object.entries(indicator.targets).map(([year, n]) => [year, String(n)]),
          ),
        })),
      })),
    })),
  };
}

/**
 * The coordinator edits a saved plan: titles, agencies, indicators and yearly targets, and adds
 * strategies, activities and indicators. The edit is sent on the version read (If-Match); if
 * another coordinator saved in between, the API refuses it and the page says so.
 */
export default function EditPlanPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const plan = useQuery({
    queryKey: ['action-plans', id],
    queryFn: () => api<Plan>('GET', `/api/action-plans/${id}`),
    // Not refetched under the form: the edit must stay on the version the coordinator started from.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
  usePageTitle(t('coordedit.plan.editTitle'));
  if (!plan.data) {
    return <RecordState isPending={plan.isPending} error={plan.error} />;
  }
  const read = plan.data;
  return (
    <PlanForm
      key={read.version}
      heading={t('coordedit.plan.editTitle')}
      intro={t('coordedit.plan.editIntro')}
      submitLabel={t('coordedit.plan.save')}
      editing
      defaultValues={planValues(read)}
      send={async (values) => {
        const { startYear: _, endYear: __, ...body } = planBody(values);
        const saved = await api<Plan>('PUT', `/api/action-plans/${id}`, body, {
          'if-match': `"${read.version}"`,
        });
        queryClient.setQueryData(['action-plans', id], saved);
        await queryClient.invalidateQueries({ queryKey: ['action-plans'] });
        await navigate(`/action-plans/${id}`);
      }}
    />
  );
}
