import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/**
 * The navigation's training links: courses for the trainers who run them (training:manage), the
 * report of people trained for them and for those who read the statistics (the API's own rule).
 */
export function useTrainingLinks(pathname: string) {
  const { t } = useTranslation();
  const manage = useCan('training:manage');
  const statistics = useCan('statistics:read');
  const link = (to: string, label: string, active: boolean) => ({ to, label, active });
  return [
    ...(manage
      ? [link('/training', t('trainingWeb.nav'), /^\/training(\/(?!report)|$)/.test(pathname))]
      : []),
    ...(manage || statistics
      ? [link('/training/report', t('trainingWeb.report.nav'), pathname === '/training/report')]
      : []),
  ];
}
