import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import type { Hint } from './types.ts';

/**
 * On a hint the agency holds (its person was recorded first, decision 0050): name the agency to
 * the other one, after a confirmation that says what the other agency will learn. Once done it
 * says when; it cannot be taken back.
 */
export function DiscloseHintButton({ hint }: { hint: Hint }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure();
  const agency = hint.otherAgency?.name ?? t('hints.anotherAgency');
  const disclose = useMutation({
    mutationFn: () => api<Hint>('POST', `/api/linkage/hints/${hint.id}/disclose`),
    onSuccess: async () => {
      close();
      await queryClient.invalidateQueries({ queryKey: ['linkage', 'hints'] });
    },
  });
  if (hint.yourAgencyDisclosedAt) return <Text size="sm">{t('hints.disclosed', { agency })}</Text>;
  return (
    <>
      <Button size="xs" variant="default" onClick={open}>
        {t('hints.disclose', { agency })}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('hints.confirmTitle', { agency })}
        closeButtonProps={{ 'aria-label': t('hints.cancel') }}
      >
        <Stack>
          <Text size="sm">{t('hints.confirmText', { agency })}</Text>
          {disclose.error && (
            <Alert color="red" role="alert">
              {problemMessage(disclose.error, t)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('hints.cancel')}
            </Button>
            <Button loading={disclose.isPending} onClick={() => disclose.mutate()}>
              {t('hints.confirm', { agency })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
