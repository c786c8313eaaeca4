import { Alert, Button, Group, NativeSelect, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiForm } from '../../../app/use-api-form.ts';
import { DateField } from '../../../components/DateField.tsx';
import { todayIn } from '../../../i18n/format.ts';
import { useLabel } from '../labels.ts';
import type { ReintegrationPlan } from '../types.ts';
import { useReintegrationOptions } from './options.ts';

/** Closes a plan with its reason (and a note). */
export function ClosureForm({ plan, onDone }: { plan: ReintegrationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useReintegrationOptions();
  const form = useForm<{ closedOn: string; reason: string; note: string }>({
    defaultValues: { closedOn: todayIn(me.agency.timeZone), reason: '', note: '' },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['closedOn', 'reason', 'note'] as const,
    send: async (values) => {
      await api('POST', `/api/reintegration-plans/${plan.id}/closure`, {
        closedOn: values.closedOn,
        reason: values.reason,
        ...(values.note.trim() && { note: values.note.trim() }),
      });
      onDone();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.reintegration.close')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.reintegration.closureReason')}
            error={errors.reason?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...(options.data?.closureReasons ?? []).map((reason) => ({
                value: reason.code,
                label: label(reason.label, reason.code),
              })),
            ]}
            {...form.register('reason')}
          />
          <DateField control={form.control} name="closedOn" label={t('vp.reintegration.closedOn')} />
        </Group>
        <Textarea
          label={t('vp.reintegration.closureNote')}
          error={errors.note?.message}
          autosize
          minRows={2}
          {...form.register('note')}
        />
        <Group>
          <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
            {t('vp.reintegration.confirmClose')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
