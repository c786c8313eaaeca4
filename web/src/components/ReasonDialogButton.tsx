import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useApiForm } from '../app/use-api-form.ts';

/** The texts of one reason dialog, already translated. */
export interface ReasonDialogTexts {
  readonly ask: string;
  readonly title: string;
  readonly explain?: string;
  readonly reason: string;
  readonly reasonHelp?: string;
  readonly cancel: string;
  readonly submit: string;
  readonly done: string;
}

/**
 * A button opening a dialog that asks for a reason and sends it — closing a case, asking for an
 * erasure. `send` returns the confirmation to show (the request waits for an approval) or nothing
 * to close the dialog at once.
 */
export function ReasonDialogButton({
  texts,
  color,
  send,
  explainProblem,
  optional = false,
  apiField,
}: {
  texts: ReasonDialogTexts;
  color?: string;
  send: (reason: string) => Promise<ReactNode | undefined>;
  /** Says a problem in the dialog's own words (say, a change made meanwhile); undefined for the usual message. */
  explainProblem?: (error: unknown) => string | undefined;
  /** The reason may be left empty (a note rather than a reason): `send` then gets ''. */
  optional?: boolean;
  /** The name the API gives the text, when not `reason` (a referral's `note`): its problems go under the field. */
  apiField?: string;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [confirmation, setConfirmation] = useState<ReactNode>();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: '' } });
  const { problem, setProblem, onSubmit } = useApiForm(form, {
    fields: ['reason'],
    ...(apiField && { apiFields: { [apiField]: 'reason' as const } }),
    handle: (error) => {
      const explained = explainProblem?.(error);
      if (explained !== undefined) setProblem(explained);
      return explained !== undefined;
    },
    send: async ({ reason }) => {
      const answer = await send(reason);
      form.reset();
      if (answer === undefined) setOpened(false);
      else setConfirmation(answer);
    },
  });
  const close = () => {
    setOpened(false);
    setConfirmation(undefined);
    setProblem(undefined);
  };
  return (
    <>
      <Button size="xs" variant="light" color={color} onClick={() => setOpened(true)}>
        {texts.ask}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={texts.title}
        closeButtonProps={{ 'aria-label': texts.cancel }}
      >
        {confirmation !== undefined ? (
          <Stack>
            <Alert color="teal" role="status">
              {confirmation}
            </Alert>
            <Group justify="flex-end">
              <Button onClick={close}>{texts.done}</Button>
            </Group>
          </Stack>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label={texts.title}>
            <Stack>
              {texts.explain && <Text size="sm">{texts.explain}</Text>}
              {problem && <Alert color="red">{problem}</Alert>}
              <Textarea
                label={texts.reason}
                description={texts.reasonHelp}
                autosize
                minRows={3}
                error={form.formState.errors.reason?.message}
                {...form.register('reason', { required: optional ? false : t('problems.required') })}
              />
              <Group justify="flex-end">
                <Button variant="default" onClick={close}>
                  {texts.cancel}
                </Button>
                <Button type="submit" color={color} loading={form.formState.isSubmitting}>
                  {texts.submit}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Modal>
    </>
  );
}
