import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useProsecutionOptions } from '../InvestigationsPage.tsx';
import { useLabel } from '../labels.ts';
import type { Investigation } from '../types.ts';
import { useRecorder, useToday } from './use-recorder.ts';

interface HearingValues {
  chargeId: string;
  hearingOn: string;
  court: string;
  kind: string;
}

/** A court hearing of the investigation, of one of its charges when chosen. */
export function HearingForm({ investigation }: { investigation: Investigation }) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useProsecutionOptions();
  const form = useForm<HearingValues>({
    defaultValues: { chargeId: '', hearingOn: useToday(), court: '', kind: '' },
  });
  const { problem, onSubmit } = useRecorder(investigation.id, form, {
    url: `/api/investigations/${investigation.id}/hearings`,
    body: (values) => ({
      ...(values.chargeId && { chargeId: values.chargeId }),
      hearingOn: values.hearingOn,
      court: values.court.trim(),
      kind: values.kind,
    }),
    fields: ['chargeId', 'hearingOn', 'court', 'kind'] as const,
  });
  const { errors } = form.formState;
  const offenceTitle = (code: string) =>
    label(options.data?.offences.find((offence) => offence.code === code)?.title, code);
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('vp.prosecution.addHearing')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <Group grow align="flex-start">
          <NativeSelect
            label={t('vp.prosecution.hearingKind')}
            error={errors.kind?.message}
            data={[
              { value: '', label: t('vp.common.choose') },
              ...Object.entries(options.data?.hearingKinds ?? {}).map(([code, labels]) => ({
                value: code,
                label: label(labels, code),
              })),
            ]}
            {...form.register('kind')}
          />
          <DateField control={form.control} name="hearingOn" label={t('vp.prosecution.hearingOn')} />
        </Group>
        <TextInput
          label={t('vp.prosecution.court')}
          error={errors.court?.message}
          {...form.register('court')}
        />
        <NativeSelect
          label={t('vp.prosecution.hearingCharge')}
          error={errors.chargeId?.message}
          data={[
            { value: '', label: t('vp.prosecution.noCharge') },
            ...investigation.charges.map((charge) => ({
              value: charge.id,
              label: offenceTitle(charge.offenceCode),
            })),
          ]}
          {...form.register('chargeId')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('vp.prosecution.addHearing')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
