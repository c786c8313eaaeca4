import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { useApiForm } from '../../../app/use-api-form.ts';

/** Records a new person of the agency (name and sex) and names them as a suspect of the investigation. */
export function SuspectForm({ investigationId }: { investigationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ fullName: string; sex: string }>({
    defaultValues: { fullName: '', sex: 'unknown' },
  });
  const { errors } = form.formState;
  const { problem, onSubmit } = useApiForm(form, {
    fields: ['fullName', 'sex'] as const,
    apiFields: { 'names.0.fullName': 'fullName' },
    send: async (values) => {
      const person = await api<{ id: string }>('POST', '/api/persons', {
        names: [{ kind: 'birth', fullName: values.fullName.trim() }],
        sex: values.sex,
      });
      await api('POST', `/api/investigations/${investigationId}/suspects`, { personId: person.id });
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['investigations', investigationId] });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('vp.prosecution.addSuspect')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <TextInput
            label={t('vp.prosecution.suspectName')}
            error={errors.fullName?.message}
            {...form.register('fullName')}
          />
          <NativeSelect
            label={t('vp.prosecution.sex')}
            error={errors.sex?.message}
            data={(['female', 'male', 'other', 'unknown'] as const).map((sex) => ({
              value: sex,
              label: t(`vp.prosecution.sexes.${sex}`),
            }))}
            {...form.register('sex')}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.addSuspect')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
