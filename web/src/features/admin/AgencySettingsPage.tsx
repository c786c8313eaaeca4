import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useMe } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { AgencyJurisdictionCard } from './AgencyJurisdictionCard.tsx';
import { AgencySettingsForm } from './AgencySettingsForm.tsx';
import type { AgencySettings } from './types.ts';
/** The acting agency's own settings: its names, its time zone (its days and deadlines), and what needs a supervisor's approval. */
export default function AgencySettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('admin.agency.title'));
  const agency = useQuery({
    queryKey: ['agencies', me.agency.id],
    queryFn: () => api<AgencySettings>('GET', `/api/agencies/${me.agency.id}`),
  });
  return (
    <Stack>
      <Title order={1}>{t('admin.agency.title')}</Title>
      {agency.data ? (
        <>
          <AgencySettingsForm agency={agency.data} />
          <AgencyJurisdictionCard agency={agency.data} />
        </>
      ) : (
        <QueryState isPending={agency.isPending} error={agency.error} isEmpty={false} emptyText="" />
      )}
    </Stack>
  );
}
