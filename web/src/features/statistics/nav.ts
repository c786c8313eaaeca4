import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's link to the statistics: the country's (statistics:read) or the agency's own (case:read). */
export function useStatisticsLinks(pathname: string) {
  const { t } = useTranslation();
  const national = useCan('statistics:read');
  const own = useCan('case:read');
  return national || own
    ? [{ to: '/statistics', label: t('statistics.nav'), active: pathname.startsWith('/statistics') }]
    : [];
}
