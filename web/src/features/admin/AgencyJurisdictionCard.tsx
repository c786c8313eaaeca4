import { Alert, Button, Card, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { useCan, useMe } from '../../app/session.tsx';

interface Jurisdiction {
  regions: string[];
  defaultTriage: boolean;
}

/**
 * The states or provinces of its country an agency covers: reports from the public about them come
 * to it. Only a system administrator declares them (a region beats the country's default agency,
 * decision 0039); the agency's own administrators see them. Another agency's are said by its name.
 */
export function AgencyJurisdictionCard({
  agency,
}: {
  agency: { id: string; name: string; country: string };
}) {
  const { id: agencyId, country } = agency;
  const { t } = useTranslation();
  const me = useMe();
  const declares = useCan('agency:manage');
  const queryClient = useQueryClient();
  const key = ['agencies', agencyId, 'jurisdiction'];
  const current = useQuery({
    queryKey: key,
    queryFn: () => api<Jurisdiction>('GET', `/api/agencies/${agencyId}/jurisdiction`),
  });
  const regions = useQuery({
    queryKey: ['public-regions', country],
    queryFn: () =>
      api<{ items: { code: string; name: string }[] }>('GET', `/api/public/regions?country=${country}`),
  });
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => setChosen(current.data?.regions ?? []), [current.data]);
  const save = useMutation({
    mutationFn: () => api<Jurisdiction>('PUT', `/api/agencies/${agencyId}/jurisdiction`, { regions: chosen }),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
  if (!regions.data || regions.data.items.length === 0) return null;
  const own = agencyId === me.agency.id;
  if (!declares) {
    const names = new Map(regions.data.items.map((r) => [r.code, `${r.name} (${r.code})`]));
    const declared = current.data?.regions ?? [];
    return (
      <Card withBorder>
        <Stack>
          <Title order={2} size="h4">
            {t('portalroute.jurisdiction.title')}
          </Title>
          <Text>
            {declared.length > 0
              ? declared.map((code) => names.get(code) ?? code).join(', ')
              : t('portalfix.jurisdiction.none')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('portalfix.jurisdiction.setBySystem')}
          </Text>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder>
      <Stack
        component="form"
        aria-label={t('portalroute.jurisdiction.title')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Title order={2} size="h4">
          {t('portalroute.jurisdiction.title')}
        </Title>
        {save.error && (
          <Alert color="red" role="alert">
            {problemMessage(save.error, t)}
          </Alert>
        )}
        <MultiSelect
          label={
            own
              ? t('portalroute.jurisdiction.regions')
              : t('portalroute.jurisdiction.regionsOf', { agency: agency.name })
          }
          description={
            own
              ? t('portalroute.jurisdiction.help')
              : t('portalroute.jurisdiction.helpOf', { agency: agency.name })
          }
          data={regions.data.items.map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }))}
          value={chosen}
          onChange={setChosen}
          searchable
        />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('portalroute.jurisdiction.save')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" role="status">
              {t('portalroute.jurisdiction.saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
