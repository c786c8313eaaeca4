import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's link to the approvals waiting for a decision: holders of approval:decide. */
export function useApprovalLinks(pathname: string) {
  const { t } = useTranslation();
  return useCan('approval:decide')
    ? [{ to: '/approvals', label: t('approvals.nav'), active: pathname.startsWith('/approvals') }]
    : [];
}
