import { Button, Card, Group, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { useLabel, useShelterOptions } from './labels.ts';
import { DischargeForm } from './placements/DischargeForm.tsx';
import type { Occupancy, Placement } from './types.ts';

/** Who is placed now in one of the user's agency's shelters (name, sex and age band only). */
function CurrentPlacements({ shelterId, name }: { shelterId: string; name: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useShelterOptions();
  const queryClient = useQueryClient();
  const [discharging, setDischarging] = useState<string>();
  const key = ['shelters', shelterId, 'placements'];
  const placements = useQuery({
    queryKey: key,
    queryFn: () =>
      api<{ items: Placement[] }>(
        'GET',
        `/api/shelters/${shelterId}/placements${query({ current: 'true' })}`,
      ),
  });
  const items = placements.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-label={t('vp.shelters.placedIn', { name })}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('vp.shelters.placedIn', { name })}
        </Title>
        <QueryState
          isPending={placements.isPending}
          error={placements.error}
          isEmpty={items.length === 0}
          emptyText={t('vp.shelters.nobodyPlaced')}
        />
        {items.map((placement) => (
          <Stack key={placement.id} gap={4}>
            <Group justify="space-between" wrap="wrap">
              <div>
                <Text size="sm" fw={600}>
                  {placement.person?.name ?? t('vp.shelters.unnamed')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('vp.shelters.placementLine', {
                    bed: placement.bed.label,
                    ageBand: label(options.data?.ageBand[placement.person?.ageBand ?? 'unknown'], ''),
                    date: format.date(placement.admittedOn),
                  })}
                </Text>
              </div>
              {discharging !== placement.id && (
                <Button size="xs" variant="light" color="red" onClick={() => setDischarging(placement.id)}>
                  {t('vp.placement.discharge')}
                </Button>
              )}
            </Group>
            {discharging === placement.id && (
              <DischargeForm
                placement={placement}
                onDone={() => {
                  setDischarging(undefined);
                  void queryClient.invalidateQueries({ queryKey: ['shelters'] });
                }}
              />
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

/** Free beds by shelter and region, for shelter managers and coordinators; the manager's placements. */
export default function ShelterOccupancyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const label = useLabel();
  const options = useShelterOptions();
  const managesShelters = useCan('shelter:manage');
  usePageTitle(t('vp.shelters.title'));
  const occupancy = useQuery({
    queryKey: ['shelters', 'occupancy'],
    queryFn: () => api<Occupancy>('GET', '/api/shelters/occupancy'),
  });
  const shelters = occupancy.data?.shelters ?? [];
  const regions = occupancy.data?.regions ?? [];
  const mine = shelters.filter((shelter) => shelter.agencyId === me.agency.id);
  return (
    <Stack>
      <Title order={1}>{t('vp.shelters.title')}</Title>
      <QueryState
        isPending={occupancy.isPending}
        error={occupancy.error}
        isEmpty={shelters.length === 0}
        emptyText={t('vp.shelters.none')}
      />
      {regions.length > 0 && (
        <section aria-label={t('vp.shelters.byRegion')}>
          <Title order={2} size="h4" mb="xs">
            {t('vp.shelters.byRegion')}
          </Title>
          <ScrollArea type="auto" viewportProps={{ tabIndex: 0 }}>
            <Table striped miw={320}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('vp.shelters.region')}</Table.Th>
                  <Table.Th>{t('vp.shelters.shelters')}</Table.Th>
                  <Table.Th>{t('vp.shelters.beds')}</Table.Th>
                  <Table.Th>{t('vp.shelters.free')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {regions.map((region) => (
                  <Table.Tr key={region.region}>
                    <Table.Td>{region.region}</Table.Td>
                    <Table.Td>{format.number(region.shelters)}</Table.Td>
                    <Table.Td>{format.number(region.beds)}</Table.Td>
                    <Table.Td>{format.number(region.free)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </section>
      )}
      {shelters.length > 0 && (
        <section aria-label={t('vp.shelters.byShelter')}>
          <Title order={2} size="h4" mb="xs">
            {t('vp.shelters.byShelter')}
          </Title>
          <ScrollArea type="auto" viewportProps={{ tabIndex: 0 }}>
            <Table striped miw={320}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('vp.shelters.shelter')}</Table.Th>
                  <Table.Th>{t('vp.shelters.region')}</Table.Th>
                  <Table.Th>{t('vp.shelters.occupied')}</Table.Th>
                  <Table.Th>{t('vp.shelters.free')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shelters.map((shelter) => (
                  <Table.Tr key={shelter.shelterId}>
                    <Table.Td>
                      <Text size="sm">{shelter.name}</Text>
                      <Text size="xs" c="dimmed">
                        {label(options.data?.population[shelter.population], shelter.population)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{shelter.region}</Table.Td>
                    <Table.Td>
                      {t('vp.shelters.ofBeds', {
                        occupied: format.number(shelter.occupied),
                        beds: format.number(shelter.beds),
                      })}
                    </Table.Td>
                    <Table.Td>{format.number(shelter.free)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </section>
      )}
      {managesShelters &&
        mine.map((shelter) => (
          <CurrentPlacements key={shelter.shelterId} shelterId={shelter.shelterId} name={shelter.name} />
        ))}
    </Stack>
  );
}
