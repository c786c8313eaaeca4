import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's links to issue 5's pages, each only for the roles that use it. */
export function useVictimPathLinks(pathname: string) {
  const { t } = useTranslation();
  const managesShelters = useCan('shelter:manage');
  const readsStatistics = useCan('statistics:read');
  const shelters = managesShelters || readsStatistics;
  const returns = useCan('case:write');
  const investigations = useCan('prosecution:manage');
  return [
    ...(shelters
      ? [{ to: '/shelters', label: t('vp.nav.shelters'), active: pathname.startsWith('/shelters') }]
      : []),
    ...(returns
      ? [{ to: '/returns', label: t('vp.nav.returns'), active: pathname.startsWith('/returns') }]
      : []),
    ...(investigations
      ? [
          {
            to: '/investigations',
            label: t('vp.nav.investigations'),
            active: pathname.startsWith('/investigations'),
          },
        ]
      : []),
  ];
}
