import { Alert, Button, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { personQueryKey } from './types.ts';

/**
 * Someone else changed the person since the form was opened (412 `person_changed`): nothing was
 * saved. Reloading reads the record again; the page keys its forms by version, so they start over.
 */
export function PersonChangedAlert({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <Alert color="red" role="alert" title={t('personEdit.changedTitle')}>
      <Stack gap="xs" align="flex-start">
        {t('problems.person_changed')}
        <Button
          variant="light"
          onClick={() => void queryClient.invalidateQueries({ queryKey: personQueryKey(personId) })}
        >
          {t('personEdit.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
