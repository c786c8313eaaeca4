import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import { useFormat, useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import type { Occupancy } from '../victim-path/types.ts';

/** For shelter managers on the home page: their agency's shelters, beds taken and free. */
export function ShelterBedsPanel() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  const occupancy = useQuery({
    queryKey: ['shelters', 'occupancy'],
    queryFn: () => api<Occupancy>('GET', '/api/shelters/occupancy'),
  });
  const mine = (occupancy.data?.shelters ?? []).filter((shelter) => shelter.agencyId === me.agency.id);
  return (
    <Card withBorder component="section" aria-labelledby="shelter-beds">
      <Title order={2} size="h4" id="shelter-beds" mb="sm">
        {t('home.shelterBeds')}
      </Title>
      <QueryState
        isPending={occupancy.isPending}
        error={occupancy.error}
        isEmpty={mine.length === 0}
        emptyText={t('home.noShelters')}
      />
      <Stack gap="xs">
        {mine.map((shelter) => (
          <Group key={shelter.shelterId} justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{shelter.name}</Text>
              <Text size="xs" c="dimmed">
                {t('home.bedsTaken', {
                  occupied: format.number(shelter.occupied),
                  beds: format.number(shelter.beds),
                })}
              </Text>
            </div>
            <Badge color={shelter.free > 0 ? 'lindung' : 'red.9'} variant="light">
              {t('home.bedsFree', { free: format.number(shelter.free) })}
            </Badge>
          </Group>
        ))}
        {mine.length > 0 && (
          <Anchor component={Link} to="/shelters" size="sm">
            {t('home.allShelters')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
