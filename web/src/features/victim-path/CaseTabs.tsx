import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';
import { HealthPanel } from './HealthPanel.tsx';
import { PlacementsPanel } from './PlacementsPanel.tsx';
import { ProtectionOrdersPanel } from './ProtectionOrdersPanel.tsx';
import { ReturnPanel } from './ReturnPanel.tsx';

/*
 * The case page's tabs for protection, shelter, health and return (issue 5). Health shows only to
 * roles with health:read: other users never see the tab, rather than an error.
 */

export function VictimPathTabList() {
  const { t } = useTranslation();
  const seesHealth = useCan('health:read');
  return (
    <>
      <Tabs.Tab value="orders">{t('vp.tabs.orders')}</Tabs.Tab>
      <Tabs.Tab value="shelter">{t('vp.tabs.shelter')}</Tabs.Tab>
      {seesHealth && <Tabs.Tab value="health">{t('vp.tabs.health')}</Tabs.Tab>}
      <Tabs.Tab value="return">{t('vp.tabs.return')}</Tabs.Tab>
    </>
  );
}

export function VictimPathTabPanels({ caseId, personId }: { caseId: string; personId: string | undefined }) {
  const seesHealth = useCan('health:read');
  return (
    <>
      <Tabs.Panel value="orders" pt="md">
        <ProtectionOrdersPanel caseId={caseId} personId={personId} />
      </Tabs.Panel>
      <Tabs.Panel value="shelter" pt="md">
        <PlacementsPanel caseId={caseId} personId={personId} />
      </Tabs.Panel>
      {seesHealth && (
        <Tabs.Panel value="health" pt="md">
          <HealthPanel caseId={caseId} personId={personId} />
        </Tabs.Panel>
      )}
      <Tabs.Panel value="return" pt="md">
        <ReturnPanel caseId={caseId} personId={personId} />
      </Tabs.Panel>
    </>
  );
}
