import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useMe } from '../../app/session.tsx';
import { RecordState } from '../../components/States.tsx';
import { agencyFacts } from './AgenciesPage.tsx';
import { AgencyJurisdictionCard } from './AgencyJurisdictionCard.tsx';
import { AgencySettingsForm } from './AgencySettingsForm.tsx';
import type { AgencySettings } from './types.ts';

/** One agency for the platform administrator: its settings, the regions it covers, and whether it is active. */
export default function AgencyAdminPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const agency = useQuery({
    queryKey: ['agencies', id],
    queryFn: () => api<AgencySettings>('GET', `/api/agencies/${id}`),
  });
  usePageTitle(agency.data?.name ?? t('agencies.title'));
  return (
    <Stack>
      <Link to="/admin/agencies">{t('agencies.back')}</Link>
      {agency.data ? (
        <>
          <Group justify="space-between" wrap="wrap">
            <Title order={1}>{agency.data.name}</Title>
            {!agency.data.active && <Badge color="gray">{t('agencies.inactive')}</Badge>}
          </Group>
          <Text c="dimmed">{agencyFacts(agency.data, t)}</Text>
          {/* Keyed by agency: the form's values are its defaults, read once. */}
          <AgencySettingsForm key={agency.data.id} agency={agency.data} />
          <AgencyJurisdictionCard agency={agency.data} />
          <ActivationCard agency={agency.data} />
        </>
      ) : (
        <RecordState isPending={agency.isPending} error={agency.error} />
      )}
    </Stack>
  );
}

/**
 * Deactivating keeps every record but ends its users' access through it, so it is asked twice (a
 * dialog naming the agency); the administrator's own agency cannot be deactivated from here (they
 * would lock themselves out mid-session). Reactivating is one click: it takes nothing away.
 */
function ActivationCard({ agency }: { agency: AgencySettings }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [confirming, { open: confirm, close: keep }] = useDisclosure();
  const change = useMutation({
    mutationFn: (active: boolean) =>
      active
        ? api<AgencySettings>('PATCH', `/api/agencies/${agency.id}`, { active: true })
        : api('DELETE', `/api/agencies/${agency.id}`),
    onSuccess: async () => {
      keep();
      await queryClient.invalidateQueries({ queryKey: ['agencies', agency.id] });
      await queryClient.invalidateQueries({ queryKey: ['admin', 'agencies'] });
    },
  });
  if (agency.id === me.agency.id) return null;
  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {t('agencies.activation')}
        </Title>
        <Text size="sm">{agency.active ? t('agencies.deactivateHelp') : t('agencies.reactivateHelp')}</Text>
        {change.error && !confirming && (
          <Alert color="red" role="alert">
            {problemMessage(change.error, t)}
          </Alert>
        )}
        <Group>
          {agency.active ? (
            <Button color="red" variant="light" onClick={confirm}>
              {t('agencies.deactivate')}
            </Button>
          ) : (
            <Button variant="light" loading={change.isPending} onClick={() => change.mutate(true)}>
              {t('agencies.reactivate')}
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={keep}
        title={t('agencies.deactivateConfirm.title', { agency: agency.name })}
        closeButtonProps={{ 'aria-label': t('agencies.cancel') }}
      >
        <Stack>
          <Text size="sm">{t('agencies.deactivateConfirm.explain')}</Text>
          {change.error && (
            <Alert color="red" role="alert">
              {problemMessage(change.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={keep}>
              {t('agencies.deactivateConfirm.cancel')}
            </Button>
            <Button color="red" loading={change.isPending} onClick={() => change.mutate(false)}>
              {t('agencies.deactivateConfirm.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
