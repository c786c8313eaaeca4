import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's link to the person search: whoever may search persons (person:read, as the API checks). */
export function usePersonSearchLinks(pathname: string) {
  const { t } = useTranslation();
  return useCan('person:read')
    ? [{ to: '/persons', label: t('personSearch.nav'), active: pathname.startsWith('/persons') }]
    : [];
}
