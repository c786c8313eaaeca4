import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Asks once more before a step that changes which record a person is (a merge, or undoing one):
 * says what will happen, naming both records, and waits for the step to be sent before closing.
 * A problem the step meets is shown on the form behind the dialog.
 */
export function ConfirmDialog({
  opened,
  title,
  text,
  confirmText,
  color,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  confirmText: string;
  color?: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [sending, setSending] = useState(false);
  const confirm = async () => {
    setSending(true);
    try {
      await onConfirm();
    } finally {
      setSending(false);
      onClose();
    }
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('walkGaps.goBack') }}
    >
      <Stack>
        <Text size="sm">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={sending}>
            {t('walkGaps.goBack')}
          </Button>
          <Button color={color} loading={sending} onClick={confirm}>
            {confirmText}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
