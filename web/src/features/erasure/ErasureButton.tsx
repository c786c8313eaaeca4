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
  if (status !== 'closed') return null;
  return <ErasureDialog url={`/api/cases/${caseId}/erasure`} texts="case" queryKey={['cases', caseId]} />;
}

/**
 * On a person whose cases are all closed: ask for the erasure of the person across every case of
 * theirs in the agency (decision 0038), under a supervisor's approval like a case's.
 */
export function PersonErasureButton({ personId }: { personId: string }) {
  return (
    <ErasureDialog url={`/api/persons/${personId}/erasure`} texts="person" queryKey={['persons', personId]} />
  );
}

/** The dialog both ask through: the reason, sent for approval; the problem (held, open case…) said in it. */
const textKeys = {
  case: { ask: 'erasure.ask', title: 'erasure.title', explain: 'erasure.explain' },
  person: { ask: 'erasure.person.ask', title: 'erasure.person.title', explain: 'erasure.person.explain' },
} as const;

function ErasureDialog(props: { url: string; texts: keyof typeof textKeys; queryKey: readonly unknown[] }) {
  const { url, queryKey } = props;
  const texts = textKeys[props.texts];
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [sent, setSent] = useState(false);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { problem, setProblem, onSubmit } = useApiForm(form, {
    fields: ['reason'],
    send: async (values) => {
      await api('POST', url, { reason: values.reason });
      setSent(true);
      form.reset();
      await queryClient.invalidateQueries({ queryKey });
    },
  });
  if (!canWrite) return null;
  const close = () => {
    setOpened(false);
    setProblem(undefined);
  };
  return (
    <>
      <Button size="xs" variant="light" color="red" onClick={() => setOpened(true)}>
        {t(texts.ask)}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t(texts.title)}
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
          <form onSubmit={onSubmit} noValidate aria-label={t(texts.title)}>
            <Stack>
              <Text size="sm">{t(texts.explain)}</Text>
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
