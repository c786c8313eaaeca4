import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { problemMessage } from '../../app/forms.ts';
import { RequestCard } from './ApprovalCard.tsx';
import type { Approval } from './types.ts';

/**
 * The reader's own pending request: another member of the agency decides it, and until then the
 * reader may take it back (a request already decided answers 409, said in the user's language).
 */
export function WithdrawableRequest({
  approval,
  onWithdrawn,
}: {
  approval: Approval;
  onWithdrawn: (text: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const kind = t(`approvals.kind.${approval.kind}`);
  const withdraw = useMutation({
    mutationFn: () => api('POST', `/api/approvals/${approval.id}/withdraw`),
    onSuccess: async () => {
      onWithdrawn(t('approvals.withdrawnNotice', { kind, reference: approval.caseReference ?? '' }));
      await queryClient.invalidateQueries({ queryKey: ['approvals'] });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: ['approvals'] }),
  });
  return (
    <RequestCard approval={approval}>
      <Text size="sm">{t('approvals.ownRequest')}</Text>
      {withdraw.error && (
        <Alert color="red" role="alert">
          {problemMessage(withdraw.error, t)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          loading={withdraw.isPending}
          onClick={() => withdraw.mutate()}
          aria-label={t('approvals.withdrawLabel', { kind })}
        >
          {t('approvals.withdraw')}
        </Button>
      </Group>
    </RequestCard>
  );
}
