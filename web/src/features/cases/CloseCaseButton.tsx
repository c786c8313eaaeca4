import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/session.tsx';
import { ReasonDialogButton } from '../../components/ReasonDialogButton.tsx';

/**
 * On an open or active case: close it with a reason. Where the agency puts closing under approval
 * the API answers 202 and the case stays open until a supervisor approves (features/approvals).
 */
export function CloseCaseButton({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  if (!canWrite || status === 'closed') return null;
  return (
    <ReasonDialogButton
      texts={{
        ask: t('caseClosure.ask'),
        title: t('caseClosure.title'),
        reason: t('caseClosure.reason'),
        cancel: t('caseClosure.cancel'),
        submit: t('caseClosure.submit'),
        done: t('caseClosure.done'),
      }}
      send={async (reason) => {
        const answer = await api<object>('POST', `/api/cases/${caseId}/status`, { status: 'closed', reason });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['cases', caseId] }),
          queryClient.invalidateQueries({ queryKey: ['approvals'] }),
        ]);
        return 'approval' in answer ? t('caseClosure.waiting') : undefined;
      }}
    />
  );
}
