import { Alert, Checkbox, List, Stack } from '@mantine/core';
import type { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLabel, useShelterOptions } from '../labels.ts';
import type { PlaceValues } from './use-place-form.ts';

/** The rules a placement goes against, and the box that acknowledges them. */
export function WarningsBox({
  warnings,
  error,
  register,
}: {
  warnings: { code: string; message: string }[];
  error: string | undefined;
  register: ReturnType<typeof useForm<PlaceValues>>['register'];
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useShelterOptions();
  if (warnings.length === 0) return null;
  return (
    <Alert
      color="orange"
      role="alert"
      title={t('vp.placement.warningsTitle')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="xs">
        <List size="sm">
          {warnings.map((warning) => (
            <List.Item key={warning.code}>
              {label(options.data?.warning[warning.code], warning.message)}
            </List.Item>
          ))}
        </List>
        <Checkbox label={t('vp.placement.acknowledge')} error={error} {...register('acknowledge')} />
      </Stack>
    </Alert>
  );
}
