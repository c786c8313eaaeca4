import { Alert, Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import type { Placement } from '../types.ts';
import { PlaceInputs } from './PlaceInputs.tsx';
import { usePlaceForm } from './use-place-form.ts';
import { WarningsBox } from './WarningsBox.tsx';

/** Moves a person to another shelter with a free bed. */
export function TransferForm({ placement, onDone }: { placement: Placement; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, submit, warnings, clearWarnings, problem } = usePlaceForm(
    (values, acknowledge) =>
      api('POST', `/api/placements/${placement.id}/transfer`, {
        ...(values.shelterId && { shelterId: values.shelterId }),
        ...(values.reason && { reason: values.reason }),
        transferredOn: values.admittedOn,
        ...(acknowledge.length > 0 && { acknowledgeWarnings: acknowledge }),
      }),
    onDone,
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('vp.placement.transfer')}>
      <Stack gap="xs">
        {problem && <Alert color="red">{problem}</Alert>}
        <PlaceInputs
          form={form}
          exclude={placement.shelter.id}
          dateLabel={t('vp.placement.transferredOn')}
          onShelterChange={clearWarnings}
        />
        <WarningsBox
          warnings={warnings}
          error={form.formState.errors.acknowledge?.message}
          register={form.register}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t(warnings.length > 0 ? 'vp.placement.transferAnyway' : 'vp.placement.transfer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
