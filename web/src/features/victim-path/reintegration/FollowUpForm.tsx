import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useMe } from '../../../app/session.tsx';
import { useApiForm } from '../../../app/use-api-form.ts';
import { DateField } from '../../../components/DateField.tsx';
import { QueryState } from '../../../components/States.tsx';
import { todayIn } from '../../../i18n/format.ts';
import { useLabel } from '../labels.ts';
import type { ReintegrationPlan } from '../types.ts';
import { useReintegrationOptions } from './options.ts';

/** A follow-up visit of a plan: one outcome for every measure, and notes. */
export function FollowUpForm({ plan, onDone }: { plan: ReintegrationPlan; onDone: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useLabel();
  const options = useReintegrationOptions();
  const measures = options.data?.measures ?? [];
  const form = useForm<{ heldOn: string; notes: string; outcomes: Record<string, string> }>({
    defaultValues: { heldOn: todayIn(me.agency.timeZone), notes: '', outcomes: {} },
  });
  const { errors } = form.formState;
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['heldOn', 'notes', ...measures.map((measure) => `outcomes.${measure.code}` as const)],
    send: async (values) => {
      await api('POST', `/api/reintegration-plans/${plan.id}/follow-ups`, {
        heldOn: values.heldOn,
        outcomes: values.outcomes,
        ...(values.notes.trim() && { notes: values.notes.trim() }),
      });
      onDone();
    },
  });
  // Every measure must be answered: the form waits for the list of measures.
  if (!options.data) {
    return <QueryState isPending={options.isPending} error={options.error} isEmpty={false} emptyText="" />;
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.reintegration.recordFollowUp')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <DateField control={form.control} name="heldOn" label={t('vp.reintegration.heldOn')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {measures.map((measure) => (
            <NativeSelect
              key={measure.code}
              label={label(measure.label, measure.code)}
              error={errors.outcomes?.[measure.code]?.message}
              data={[
                { value: '', label: t('vp.common.choose') },
                ...measure.codes.map((code) => ({ value: code.code, label: label(code.label, code.code) })),
              ]}
              {...form.register(`outcomes.${measure.code}`)}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('vp.reintegration.notes')}
          error={errors.notes?.message}
          autosize
          minRows={2}
          {...form.register('notes')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.reintegration.recordFollowUp')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
