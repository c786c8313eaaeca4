import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/**
 * The navigation's link to the approval requests: for those who decide them (approval:decide) and
 * those who ask (case:write), who follow and may withdraw their own there.
 */
export function useApprovalLinks(pathname: string) {
  const { t } = useTranslation();
  const decides = useCan('approval:decide');
  const asks = useCan('case:write');
  return decides || asks
    ? [{ to: '/approvals', label: t('approvals.nav'), active: pathname.startsWith('/approvals') }]
    : [];
}
