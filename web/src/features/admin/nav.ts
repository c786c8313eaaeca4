import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/session.tsx';

/** The navigation's admin links: the audit log for those who audit, users and settings for administrators, every agency for the platform's. */
export function useAdminLinks(pathname: string) {
  const { t } = useTranslation();
  // Every hook called on every render (no short-circuit), as React requires.
  const audits = [useCan('audit:read'), useCan('audit:read_any')].some(Boolean);
  const managesUsers = [useCan('user:manage'), useCan('user:manage_any')].some(Boolean);
  const setsRetention = [useCan('retention:manage'), useCan('retention:manage_any')].some(Boolean);
  const setsAgency = [useCan('agency:update_own'), useCan('agency:manage')].some(Boolean);
  const managesAgencies = useCan('agency:manage');
  return [
    ...(managesUsers
      ? [{ to: '/admin/users', label: t('admin.nav.users'), active: pathname.startsWith('/admin/users') }]
      : []),
    ...(setsAgency
      ? [{ to: '/admin/agency', label: t('admin.nav.agency'), active: pathname === '/admin/agency' }]
      : []),
    ...(managesAgencies
      ? [{ to: '/admin/agencies', label: t('agencies.nav'), active: pathname.startsWith('/admin/agencies') }]
      : []),
    ...(setsRetention
      ? [{ to: '/admin/retention', label: t('admin.nav.retention'), active: pathname === '/admin/retention' }]
      : []),
    ...(audits
      ? [{ to: '/admin/audit', label: t('admin.nav.audit'), active: pathname === '/admin/audit' }]
      : []),
  ];
}
