import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Locale } from '../../api/types.ts';
import { intlTag } from '../../i18n/format.ts';
import { isLocale } from '../../i18n/index.ts';
import type { Labels, ShelterOptions } from './types.ts';

/** Picks the user's language from the API's labels (its option lists come in en, ms, id and vi). */
export function useLabel() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'en';
  return (labels: Labels | undefined, fallback = '') => labels?.[locale] ?? labels?.en ?? fallback;
}

/** The shelters' and placements' codes with their labels, from the API. */
export function useShelterOptions() {
  return useQuery({
    queryKey: ['shelters', 'options'],
    queryFn: () => api<ShelterOptions>('GET', '/api/shelters/options'),
    staleTime: 60 * 60_000,
  });
}

/** A country's name (ISO 3166-1 alpha-2 code) in the user's language. */
export function useCountryName() {
  const { i18n } = useTranslation();
  return (code: string) => {
    try {
      return new Intl.DisplayNames([intlTag(i18n.language)], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
}
