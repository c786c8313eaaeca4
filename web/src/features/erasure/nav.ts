import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's link to the notices of erasures elsewhere: the agency's case workers (case:write), who may read them. */
export function useErasureNoticeLinks(pathname: string) {
  const { t } = useTranslation();
  return useCan('case:write')
    ? [
        {
          to: '/erasure-notices',
          label: t('erasureNotices.nav'),
          active: pathname.startsWith('/erasure-notices'),
        },
      ]
    : [];
}
