import { Alert, Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useProsecutionOptions } from '../InvestigationsPage.tsx';
import { useLabel } from '../labels.ts';
import type { Investigation } from '../types.ts';
import { useRecorder, useToday } from './use-recorder.ts';

interface ChargeValues {
  suspectId: string;
  offenceCode: string;
  chargedOn: string;
}

/** Charges a suspect with one of the investigation's offences. */
export function ChargeForm({ investigation }: { investigation: Investigation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<ChargeValues>({
    defaultValues: { suspectId: '', offenceCode: '', chargedOn: useToday() },
  });
  const { problem, onSubmit } = useRecorder(investigation.id, form, {
    url: `/api/investigations/${investigation.id}/charges`,
    body: (values) => values,
    fields: ['suspectId', 'offenceCode', 'chargedOn'] as const,
  });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('vp.prosecution.charge')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.suspect')}
            error={errors.suspectId?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...investigation.suspects.map((suspect) => ({
                value: suspect.id,
                label: suspect.names?.[0] ?? t('vp.investigations.suspect'),
              })),
            ]}
            {...form.register('suspectId')}
          />
          <NativeSelect
            label={t('vp.prosecution.offence')}
            error={errors.offenceCode?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...investigation.offences.map((offence) => ({
                value: offence.code,
                label: label(
                  options.data?.offences.find((item) => item.code === offence.code)?.title,
                  offence.code,
                ),
              })),
            ]}
            {...form.register('offenceCode')}
          />
        </Group>
        <DateField control={form.control} name="chargedOn" label={t('vp.prosecution.chargedOn')} />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.charge')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
