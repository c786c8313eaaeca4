import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, setCsrfToken } from '../api/client.ts';
import type { Locale, Me } from '../api/types.ts';
import { notificationsKey } from '../features/notifications/query-keys.ts';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format.ts';
import { applyLocale } from '../i18n/index.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in user, their acting agency and permissions (401 when signed out). */
export function useMeQuery() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async () => {
      const me = await api<Me>('GET', '/api/me');
      setCsrfToken(me.csrfToken);
      return me;
    },
    retry: false,
    staleTime: 5 * 60_000,
  });
}

const SessionContext = createContext<Me | undefined>(undefined);

export const SessionProvider = SessionContext.Provider;

/** The signed-in user; only inside pages that require a session. */
export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe outside a signed-in page');
  return me;
}

export function useCan(permission: string): boolean {
  return useMe().permissions.includes(permission);
}

/** Dates, times and numbers in the user's language and the acting agency's time zone. */
export function useFormat() {
  const me = useMe();
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      date: (isoDate: string) => formatDate(isoDate, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale, me.agency.timeZone),
      number: (value: number) => formatNumber(value, locale),
    }),
    [locale, me.agency.timeZone],
  );
}

/**
 * Switches the language now and remembers it on the account. The cached user is updated from the
 * answer, so a later refetch of /api/me cannot switch it back.
 */
export function useChangeLocale() {
  const queryClient = useQueryClient();
  return async (locale: Locale) => {
    await applyLocale(locale);
    const me = queryClient.getQueryData<Me>(meQueryKey);
    if (!me) return;
    const saved = await api<Me['user']>('PATCH', '/api/me', { locale });
    queryClient.setQueryData<Me>(
      meQueryKey,
      (current) => current && { ...current, user: { ...current.user, ...saved } },
    );
    // Notifications' texts are worded on the server in the account's language.
    await queryClient.invalidateQueries({ queryKey: notificationsKey });
  };
}
