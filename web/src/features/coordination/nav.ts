import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/**
 * The navigation's coordination links: for the people who coordinate (coordination:manage) or
 * report for their agency (coordination:report). Others may read plans, but have nothing to do there.
 */
export function useCoordinationLinks(pathname: string) {
  const { t } = useTranslation();
  const manage = useCan('coordination:manage');
  const report = useCan('coordination:report');
  if (!manage && !report) return [];
  const link = (to: string, label: string) => ({ to, label, active: pathname.startsWith(to) });
  return [
    link('/action-plans', t('coord.nav.plans')),
    link('/committees', t('coord.nav.committees')),
    link('/guidelines', t('coord.nav.guidelines')),
    link('/partners', t('coord.nav.partners')),
    link('/campaigns', t('coord.nav.campaigns')),
  ];
}
