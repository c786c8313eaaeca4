import { Alert, Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiForm } from '../../../app/use-api-form.ts';
import { DateField } from '../../../components/DateField.tsx';
import { todayIn } from '../../../i18n/format.ts';
import { useLabel, useShelterOptions } from '../labels.ts';
import type { Placement } from '../types.ts';

export interface DischargeValues {
  dischargedOn: string;
  reason: string;
}

/** Discharging a person: by the placing agency or the shelter's. */
export function DischargeForm({ placement, onDone }: { placement: Placement; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useShelterOptions();
  const form = useForm<DischargeValues>({
    defaultValues: { dischargedOn: todayIn(me.agency.timeZone), reason: '' },
  });
  const { errors } = form.formState;
  const reasons = Object.entries(options.data?.dischargeReason ?? {}).filter(
    ([code]) => code !== 'transferred',
  );
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['dischargedOn', 'reason'] as const,
    send: async (values) => {
      await api('POST', `/api/placements/${placement.id}/discharge`, values);
      onDone();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.placement.discharge')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <DateField control={form.control} name="dischargedOn" label={t('vp.placement.dischargedOn')} />
          <NativeSelect
            label={t('vp.placement.dischargeReason')}
            error={errors.reason?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...reasons.map(([code, labels]) => ({ value: code, label: label(labels, code) })),
            ]}
            {...form.register('reason')}
          />
        </Group>
        <Group>
          <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
            {t('vp.placement.confirmDischarge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
