import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';

/**
 * On a closed case: ask for the erasure of its personal data (the person's right to erasure). The
 * request waits for a supervisor's approval; an open prosecution refuses it, said in the dialog.
 */
export function ErasureButton({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [sent, setSent] = useState(false);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { problem, setProblem, onSubmit } = useApiForm(form, {
    fields: ['reason'],
    send: async (values) => {
      await api('POST', `/api/cases/${caseId}/erasure`, { reason: values.reason });
      setSent(true);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
    },
  });
  if (!canWrite || status !== 'closed') return null;
  const close = () => {
    setOpened(false);
    setProblem(undefined);
  };
  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => setOpened(true)}>
        {t('erasure.ask')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('erasure.title')}
        closeButtonProps={{ 'aria-label': t('erasure.close') }}
      >
        {sent ? (
          <Stack>
            <Alert color="teal" role="status">
              {t('erasure.sent')}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('erasure.close')}</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label={t('erasure.title')}>
            <Stack>
              <Text size="sm">{t('erasure.explain')}</Text>
              {problem && <Alert color="red">{problem}</Alert>}
              <Textarea
                label={t('erasure.reason')}
                description={t('erasure.reasonHelp')}
                autosize
                minRows={3}
                error={form.formState.errors.reason?.message}
                {...form.register('reason', { required: t('problems.required') })}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('erasure.cancel')}
                </Button>
                <Button type="submit" color="red" loading={form.formState.isSubmitting}>
                  {t('erasure.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
