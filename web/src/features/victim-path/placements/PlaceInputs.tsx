import { Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, query } from '../../../api/client.ts';
import { DateField } from '../../../components/DateField.tsx';
import { useLabel, useShelterOptions } from '../labels.ts';
import type { Shelter } from '../types.ts';
import type { PlaceValues } from './use-place-form.ts';

/** Open shelters with a free bed, for choosing where to place or move someone. */
export function useSheltersWithBeds(enabled: boolean) {
  return useQuery({
    queryKey: ['shelters', 'active'],
    queryFn: () => api<{ items: Shelter[] }>('GET', `/api/shelters${query({ active: 'true' })}`),
    select: (page) => page.items.filter((shelter) => shelter.active && shelter.occupancy.free > 0),
    enabled,
  });
}

/** The shelter, reason and date inputs shared by placing and moving. */
export function PlaceInputs({
  form,
  exclude,
  dateLabel,
  onShelterChange,
}: {
  form: ReturnType<typeof useForm<PlaceValues>>;
  exclude?: string;
  dateLabel: string;
  onShelterChange: () => void;
}) {
  const { t } = useTranslation();
  const label = useLabel();
  const options = useShelterOptions();
  const shelters = useSheltersWithBeds(true);
  const { errors } = form.formState;
  const choices = (shelters.data ?? []).filter((shelter) => shelter.id !== exclude);
  return (
    <>
      <NativeSelect
        label={t('vp.placement.shelter')}
        error={errors.shelterId?.message}
        description={shelters.isSuccess && choices.length === 0 ? t('vp.placement.noFreeBeds') : undefined}
        data={[
          { value: '', label: t('vp.common.choose') },
          ...choices.map((shelter) => ({
            value: shelter.id,
            label: t('vp.placement.shelterOption', {
              name: shelter.name,
              population: label(options.data?.population[shelter.population], shelter.population),
              free: shelter.occupancy.free,
            }),
          })),
        ]}
        {...form.register('shelterId', { onChange: onShelterChange })}
      />
      <Group grow align="flex-start">
        <NativeSelect
          label={t('vp.placement.reason')}
          error={errors.reason?.message}
          data={[
            { value: '', label: t('vp.common.choose') },
            ...Object.entries(options.data?.placementReason ?? {}).map(([code, labels]) => ({
              value: code,
              label: label(labels, code),
            })),
          ]}
          {...form.register('reason')}
        />
        <DateField control={form.control} name="admittedOn" label={dateLabel} />
      </Group>
    </>
  );
}
