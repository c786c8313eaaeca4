import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { PlaceInputs } from './placements/PlaceInputs.tsx';
import { PlacementCard } from './placements/PlacementCard.tsx';
import { usePlaceForm } from './placements/use-place-form.ts';
import { WarningsBox } from './placements/WarningsBox.tsx';
import type { Placement } from './types.ts';

/** The case's shelter placements, and placing the person in a shelter with free beds. */
export function PlacementsPanel({ caseId, personId }: { caseId: string; personId: string | undefined }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const canWrite = useCan('case:write');
  const key = ['cases', caseId, 'placements'];
  const placements = useQuery({
    queryKey: key,
    queryFn: () => api<{ items: Placement[] }>('GET', `/api/cases/${caseId}/placements`),
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: key });
    void queryClient.invalidateQueries({ queryKey: ['shelters'] });
  };
  const { form, submit, warnings, clearWarnings, problem } = usePlaceForm(
    (values, acknowledge) =>
      api('POST', '/api/placements', {
        caseId,
        ...(personId && { personId }),
        ...(values.shelterId && { shelterId: values.shelterId }),
        ...(values.reason && { reason: values.reason }),
        admittedOn: values.admittedOn,
        ...(acknowledge.length > 0 && { acknowledgeWarnings: acknowledge }),
      }),
    refresh,
  );
  const items = placements.data?.items ?? [];
  const placedNow = items.some((placement) => placement.current);
  return (
    <Stack>
      <QueryState
        isPending={placements.isPending}
        error={placements.error}
        isEmpty={items.length === 0}
        emptyText={t('vp.placement.none')}
      />
      {items.map((placement) => (
        <PlacementCard key={placement.id} placement={placement} onChanged={refresh} />
      ))}
      {canWrite && !placedNow && placements.isSuccess && (
        <form onSubmit={submit} noValidate aria-label={t('vp.placement.place')}>
          <Stack gap="xs">
            <Text fw={600}>{t('vp.placement.place')}</Text>
            {problem && <Alert color="red">{problem}</Alert>}
            <PlaceInputs
              form={form}
              dateLabel={t('vp.placement.admittedOn')}
              onShelterChange={clearWarnings}
            />
            <WarningsBox
              warnings={warnings}
              error={form.formState.errors.acknowledge?.message}
              register={form.register}
            />
            <Group>
              <Button type="submit" loading={form.formState.isSubmitting}>
                {t(warnings.length > 0 ? 'vp.placement.placeAnyway' : 'vp.placement.placeButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
