import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's training link: for the trainers who run courses (training:manage). */
export function useTrainingLinks(pathname: string) {
  const { t } = useTranslation();
  if (!useCan('training:manage')) return [];
  return [
    {
      to: '/training',
      label: t('trainingWeb.nav'),
      active: pathname.startsWith('/training'),
    },
  ];
}
