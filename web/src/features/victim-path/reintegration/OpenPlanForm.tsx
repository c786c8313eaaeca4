import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../app/use-api-form.ts';
import type { Repatriation } from '../types.ts';

/** Opens a reintegration plan for a person handed over, with goals and the default follow-ups. */
export function OpenPlanForm({ repatriation, onDone }: { repatriation: Repatriation; onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ goals: string }>({ defaultValues: { goals: '' } });
  const { problem, onSubmit: submit } = useApiForm(form, {
    fields: ['goals'] as const,
    send: async (values) => {
      await api('POST', '/api/reintegration-plans', {
        repatriationId: repatriation.id,
        goals: values.goals
          .split('\n')
          .map((goal) => goal.trim())
          .filter(Boolean),
      });
      onDone();
    },
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.reintegration.open')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Textarea
          label={t('vp.reintegration.goals')}
          description={t('vp.reintegration.goalsHint')}
          error={form.formState.errors.goals?.message}
          autosize
          minRows={2}
          {...form.register('goals')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.reintegration.open')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
