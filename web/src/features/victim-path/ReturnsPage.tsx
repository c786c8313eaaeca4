import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { usePageTitle } from '../../app/page-title.ts';
import { useCan, useFormat } from '../../app/session.tsx';
import { QueryState } from '../../components/States.tsx';
import { useAgencyName } from './agencies.ts';
import { useCountryName } from './labels.ts';
import { DatedStep, RepatriationStatus } from './ReturnPanel.tsx';
import { OpenPlanForm } from './reintegration/OpenPlanForm.tsx';
import { PlanCard } from './reintegration/PlanCard.tsx';
import type { ReintegrationPlan, Repatriation } from './types.ts';

const plansKey = ['reintegration-plans'];

/**
 * For the receiving agency: returns coming to it (confirming it has taken the person over), then
 * the reintegration plans with their follow-ups.
 */
export default function ReturnsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const agencyName = useAgencyName();
  const countryName = useCountryName();
  const canWrite = useCan('case:write');
  usePageTitle(t('vp.returns.title'));
  const incoming = useQuery({
    queryKey: ['repatriations', 'incoming'],
    queryFn: () => api<{ items: Repatriation[] }>('GET', '/api/repatriations/incoming'),
  });
  const plans = useQuery({
    queryKey: plansKey,
    queryFn: () => api<{ items: ReintegrationPlan[] }>('GET', '/api/reintegration-plans'),
  });
  const [opening, setOpening] = useState<string>();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['repatriations'] });
    void queryClient.invalidateQueries({ queryKey: plansKey });
  };
  const items = incoming.data?.items ?? [];
  const planItems = plans.data?.items ?? [];
  const planned = new Set(planItems.map((plan) => plan.repatriationId));
  return (
    <Stack>
      <Title order={1}>{t('vp.returns.title')}</Title>
      <section aria-label={t('vp.returns.incoming')}>
        <Stack>
          <Title order={2} size="h4">
            {t('vp.returns.incoming')}
          </Title>
          <QueryState
            isPending={incoming.isPending}
            error={incoming.error}
            isEmpty={items.length === 0}
            emptyText={t('vp.returns.noneIncoming')}
          />
          {items.map((item) => (
            <Card
              key={item.id}
              withBorder
              component="article"
              aria-label={item.person.fullName ?? t('vp.shelters.unnamed')}
            >
              <Stack gap={6}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{item.person.fullName ?? t('vp.shelters.unnamed')}</Text>
                  <RepatriationStatus status={item.status} />
                </Group>
                <Text size="sm">{t('vp.returns.from', { agency: agencyName(item.sendingAgencyId) })}</Text>
                <Text size="sm">
                  {t('vp.return.planned', {
                    date: format.date(item.plannedOn),
                    province: item.destinationProvince,
                    country: countryName(item.destinationCountry),
                  })}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.route}
                </Text>
                {item.escort && <Text size="sm">{t('vp.returns.escort', { name: item.escort.name })}</Text>}
                {item.departedOn && (
                  <Text size="sm">{t('vp.return.departedOn', { date: format.date(item.departedOn) })}</Text>
                )}
                {item.handedOverOn && (
                  <Text size="sm">
                    {t('vp.return.handedOverOn', { date: format.date(item.handedOverOn) })}
                  </Text>
                )}
                {canWrite && item.status === 'departed' && (
                  <DatedStep
                    url={`/api/repatriations/${item.id}/receipt`}
                    field="handedOverOn"
                    label={t('vp.returns.receiptDate')}
                    button={t('vp.returns.confirmReceipt')}
                    onDone={refresh}
                  />
                )}
                {canWrite &&
                  item.status === 'handed_over' &&
                  plans.isSuccess &&
                  !planned.has(item.id) &&
                  (opening === item.id ? (
                    <OpenPlanForm
                      repatriation={item}
                      onDone={() => {
                        setOpening(undefined);
                        refresh();
                      }}
                    />
                  ) : (
                    <Group>
                      <Button size="xs" variant="light" onClick={() => setOpening(item.id)}>
                        {t('vp.reintegration.open')}
                      </Button>
                    </Group>
                  ))}
              </Stack>
            </Card>
          ))}
        </Stack>
      </section>
      <section aria-label={t('vp.reintegration.title')}>
        <Stack>
          <Title order={2} size="h4">
            {t('vp.reintegration.title')}
          </Title>
          <QueryState
            isPending={plans.isPending}
            error={plans.error}
            isEmpty={planItems.length === 0}
            emptyText={t('vp.reintegration.none')}
          />
          {planItems.map((plan) => (
            <PlanCard key={plan.id} plan={plan} onChanged={refresh} />
          ))}
        </Stack>
      </section>
    </Stack>
  );
}
