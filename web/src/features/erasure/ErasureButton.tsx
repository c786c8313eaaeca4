import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { useCan } from '../../app/session.tsx';
import { ReasonDialogButton } from '../../components/ReasonDialogButton.tsx';

/**
 * On a closed case: ask for the erasure of its personal data (the person's right to erasure). The
 * request waits for a supervisor's approval; an open prosecution refuses it, said in the dialog.
 */
export function ErasureButton({ caseId, status }: { caseId: string; status: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('case:write');
  const queryClient = useQueryClient();
  if (!canWrite || status !== 'closed') return null;
  return (
    <ReasonDialogButton
      color="red"
      texts={{
        ask: t('erasure.ask'),
        title: t('erasure.title'),
        explain: t('erasure.explain'),
        reason: t('erasure.reason'),
        reasonHelp: t('erasure.reasonHelp'),
        cancel: t('erasure.cancel'),
        submit: t('erasure.submit'),
        done: t('erasure.close'),
      }}
      send={async (reason) => {
        await api('POST', `/api/cases/${caseId}/erasure`, { reason });
        await queryClient.invalidateQueries({ queryKey: ['cases', caseId] });
        return t('erasure.sent');
      }}
    />
  );
}
