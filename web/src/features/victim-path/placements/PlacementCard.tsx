import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useFormat, useMe } from '../../../app/session.tsx';
import { useLabel, useShelterOptions } from '../labels.ts';
import type { Placement } from '../types.ts';
import { DischargeForm } from './DischargeForm.tsx';
import { TransferForm } from './TransferForm.tsx';

/** One placement: shelter, bed, dates, and discharging or moving the person. */
export function PlacementCard({ placement, onChanged }: { placement: Placement; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useShelterOptions();
  const canWrite = useCan('case:write');
  const me = useMe();
  const [action, setAction] = useState<'discharge' | 'transfer'>();
  const own = placement.agencyId === me.agency.id;
  return (
    <Card withBorder component="article" aria-label={placement.shelter.name}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{placement.shelter.name}</Text>
          <Badge variant="dot" color={placement.current ? 'lindung' : 'gray'}>
            {t(placement.current ? 'vp.placement.current' : 'vp.placement.past')}
          </Badge>
        </Group>
        <Text size="sm">
          {t('vp.placement.bedAndReason', {
            bed: placement.bed.label,
            reason: label(options.data?.placementReason[placement.reason], placement.reason),
          })}
        </Text>
        <Text size="sm">{t('vp.placement.admitted', { date: format.date(placement.admittedOn) })}</Text>
        {placement.dischargedOn && (
          <Text size="sm">
            {t('vp.placement.dischargedWith', {
              date: format.date(placement.dischargedOn),
              reason: label(options.data?.dischargeReason[placement.dischargeReason ?? ''], ''),
            })}
          </Text>
        )}
        {placement.acknowledgedWarnings.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('vp.placement.acknowledged', {
              warnings: placement.acknowledgedWarnings
                .map((code) => label(options.data?.warning[code], code))
                .join('; '),
            })}
          </Text>
        )}
        {canWrite && placement.current && !action && (
          <Group gap="xs">
            {own && (
              <Button size="xs" variant="light" onClick={() => setAction('transfer')}>
                {t('vp.placement.transfer')}
              </Button>
            )}
            <Button size="xs" variant="light" color="red" onClick={() => setAction('discharge')}>
              {t('vp.placement.discharge')}
            </Button>
          </Group>
        )}
        {action === 'discharge' && (
          <DischargeForm
            placement={placement}
            onDone={() => {
              setAction(undefined);
              onChanged();
            }}
          />
        )}
        {action === 'transfer' && (
          <TransferForm
            placement={placement}
            onDone={() => {
              setAction(undefined);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
