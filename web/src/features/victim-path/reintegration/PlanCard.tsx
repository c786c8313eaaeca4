import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useFormat } from '../../../app/session.tsx';
import { useLabel } from '../labels.ts';
import type { ReintegrationPlan } from '../types.ts';
import { ClosureForm } from './ClosureForm.tsx';
import { FollowUpForm } from './FollowUpForm.tsx';
import { useReintegrationOptions } from './options.ts';

export function ScheduleBadge({ followedUp, overdue }: { followedUp: boolean; overdue: boolean }) {
  const { t } = useTranslation();
  if (followedUp) {
    return (
      <Badge color="lindung" variant="light">
        {t('vp.reintegration.done')}
      </Badge>
    );
  }
  if (!overdue) return null;
  return (
    <Badge color="red" variant="light">
      {t('vp.reintegration.overdue')}
    </Badge>
  );
}

/** A reintegration plan: its schedule, follow-ups and closure, with the forms to record them. */
export function PlanCard({ plan, onChanged }: { plan: ReintegrationPlan; onChanged: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useLabel();
  const options = useReintegrationOptions();
  const canWrite = useCan('case:write');
  const [recording, setRecording] = useState(false);
  const [closing, setClosing] = useState(false);
  const measureLabel = (code: string, value: string) => {
    const measure = options.data?.measures.find((item) => item.code === code);
    return `${label(measure?.label, code)}: ${label(measure?.codes.find((item) => item.code === value)?.label, value)}`;
  };
  return (
    <Card
      withBorder
      component="article"
      aria-label={t('vp.reintegration.planFor', { province: plan.province })}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600}>{t('vp.reintegration.planFor', { province: plan.province })}</Text>
          <Badge variant="dot" color={plan.status === 'open' ? 'lindung' : 'gray'}>
            {t(`vp.reintegration.status.${plan.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{t('vp.reintegration.returnedOn', { date: format.date(plan.returnedOn) })}</Text>
        <Text size="sm">{plan.goals.join('; ')}</Text>
        <Text size="sm" fw={600}>
          {t('vp.reintegration.schedule')}
        </Text>
        {plan.schedule.map((item) => (
          <Group key={item.sequence} gap="xs">
            <Text size="sm">
              {t('vp.reintegration.dueAfter', { months: item.months, date: format.date(item.dueOn) })}
            </Text>
            <ScheduleBadge followedUp={item.followUpId !== null} overdue={item.overdue} />
          </Group>
        ))}
        {plan.followUps.map((followUp) => (
          <Stack key={followUp.id} gap={2}>
            <Text size="sm" fw={600}>
              {t('vp.reintegration.followUpOn', { date: format.date(followUp.heldOn) })}
            </Text>
            <Text size="xs" c="dimmed">
              {Object.entries(followUp.outcomes)
                .map(([code, value]) => measureLabel(code, value))
                .join(' · ')}
            </Text>
          </Stack>
        ))}
        {plan.closedOn && (
          <Text size="sm">
            {t('vp.reintegration.closedWith', {
              date: format.date(plan.closedOn),
              reason: label(
                options.data?.closureReasons.find((reason) => reason.code === plan.closureReason)?.label,
                plan.closureReason ?? '',
              ),
            })}
          </Text>
        )}
        {canWrite && plan.status === 'open' && !recording && !closing && (
          <Group>
            <Button size="xs" variant="light" onClick={() => setRecording(true)}>
              {t('vp.reintegration.recordFollowUp')}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={() => setClosing(true)}>
              {t('vp.reintegration.close')}
            </Button>
          </Group>
        )}
        {closing && (
          <ClosureForm
            plan={plan}
            onDone={() => {
              setClosing(false);
              onChanged();
            }}
          />
        )}
        {recording && (
          <FollowUpForm
            plan={plan}
            onDone={() => {
              setRecording(false);
              onChanged();
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
