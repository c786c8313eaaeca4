import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/session.tsx';
import { useApiForm } from '../../app/use-api-form.ts';

/**
 * On an open or active case: close it with a reason. Where the agency puts closing under approval
 * the API answers 202 and the case stays open until a supervisor approves (features/approvals).
 */
export function CloseCaseButton({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [waiting, setWaiting] = useState(false);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { problem, setProblem, onSubmit } = useApiForm(form, {
    fields: ['reason'],
    send: async ({ reason }) => {
      const answer = await api<object>('POST', `/api/cases/${caseId}/status`, { status: 'closed', reason });
      form.reset();
      if ('approval' in answer) setWaiting(true);
      else setOpened(false);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['cases', caseId] }),
        queryClient.invalidateQueries({ queryKey: ['approvals'] }),
      ]);
    },
  });
  if (!canWrite || status === 'closed') return null;
  const close = () => {
    setOpened(false);
    setWaiting(false);
    setProblem(undefined);
  };
  return (
    <>
      <Button size="xs" variant="light" onClick={() => setOpened(true)}>
        {t('caseClosure.ask')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('caseClosure.title')}
        closeButtonProps={{ 'aria-label': t('caseClosure.cancel') }}
      >
        {waiting ? (
          <Stack>
            <Alert color="teal" role="status">
              {t('caseClosure.waiting')}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{t('caseClosure.done')}</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label={t('caseClosure.title')}>
            <Stack>
              {problem && <Alert color="red">{problem}</Alert>}
              <Textarea
                label={t('caseClosure.reason')}
                autosize
                minRows={3}
                error={form.formState.errors.reason?.message}
                {...form.register('reason', { required: t('problems.required') })}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {t('caseClosure.cancel')}
                </Button>
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {t('caseClosure.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
