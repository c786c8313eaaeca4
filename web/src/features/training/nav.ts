import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/**
 * The navigation's training links: the courses for everyone (staff register themselves and see
 * their own training; trainers also run them), the report of people trained for trainers and for
 * those who read the statistics (the API's own rule).
 */
export function useTrainingLinks(pathname: string) {
  const { t } = useTranslation();
  const manage = useCan('training:manage');
  const statistics = useCan('statistics:read');
  const link = (to: string, label: string, active: boolean) => ({ to, label, active });
  return [
    link('/training', t('trainingWeb.nav'), /^\/training(\/(?!report)|$)/.test(pathname)),
    ...(manage || statistics
      ? [link('/training/report', t('trainingWeb.report.nav'), pathname === '/training/report')]
      : []),
  ];
}
