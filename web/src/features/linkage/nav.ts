import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's link to the review of possible duplicate persons: holders of person:link. */
export function useLinkageLinks(pathname: string) {
  const { t } = useTranslation();
  return useCan('person:link')
    ? [{ to: '/linkage', label: t('linkage.nav'), active: pathname.startsWith('/linkage') }]
    : [];
}
