import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's link to bulk advert screening: investigators (prosecution:manage) only. */
export function useJobAdvertLinks(pathname: string) {
  const { t } = useTranslation();
  return useCan('prosecution:manage')
    ? [{ to: '/adverts', label: t('jobads.nav'), active: pathname.startsWith('/adverts') }]
    : [];
}
