import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { useMe } from '../../app/session.tsx';

export interface Routing {
  fromAgency: string;
  toAgency: string;
  reason: string;
  at: string;
}

/** Where a report has been sent on, as far as this agency took part. */
export function RoutingHistory({ routings }: { routings: readonly Routing[] }) {
  const { t, i18n } = useTranslation();
  return routings.map((m) => (
    <Paper key={m.at} withBorder p="sm" data-testid="routing">
      <Text size="sm" c="dimmed">
        {new Date(m.at).toLocaleString(i18n.language)}
      </Text>
      <Text>{t('portalroute.reroute.moved', { from: m.fromAgency, to: m.toAgency, reason: m.reason })}</Text>
    </Paper>
  ));
}

/** Sends a report on to another agency of its country, which answers for the place. */
export function RerouteForm({ reportId, country }: { reportId: string; country: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [agencyId, setAgencyId] = useState('');
  const [reason, setReason] = useState('');
  const agencies = useQuery({
    queryKey: ['agencies', 'of-country', country],
    queryFn: () =>
      api<{ items: { id: string; name: string; receivesPublicReports: boolean }[] }>(
        'GET',
        `/api/agencies?country=${country}&active=true&limit=200`,
      ),
  });
  const send = useMutation({
    mutationFn: () => api('POST', `/api/public-reports/${reportId}/reroute`, { agencyId, reason }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['public-reports'] }),
  });
  if (send.isSuccess) {
    return (
      <Alert color="green" role="status">
        {t('portalroute.reroute.sent')}
      </Alert>
    );
  }
  // Public authorities only, as the API says: it refuses NGOs, international organisations, embassies, shelters.
  const others = (agencies.data?.items ?? []).filter(
    (agency) => agency.id !== me.agency.id && agency.receivesPublicReports,
  );
  return (
    <Stack
      component="form"
      aria-label={t('portalroute.reroute.title')}
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <Text fw={700}>{t('portalroute.reroute.title')}</Text>
      {send.error && (
        <Alert color="red" role="alert">
          {problemMessage(send.error, t)}
        </Alert>
      )}
      <Group align="end">
        <NativeSelect
          label={t('portalroute.reroute.agency')}
          value={agencyId}
          onChange={(e) => setAgencyId(e.currentTarget.value)}
          data={[{ value: '', label: '' }, ...others.map((a) => ({ value: a.id, label: a.name }))]}
          required
        />
        <TextInput
          label={t('portalroute.reroute.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          required
        />
        <Button type="submit" variant="default" loading={send.isPending}>
          {t('portalroute.reroute.send')}
        </Button>
      </Group>
    </Stack>
  );
}
