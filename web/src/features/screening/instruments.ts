import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Locale } from '../../api/types.ts';
import type { Instrument, Translated } from './types.ts';

/** The shipped instruments: reference material, loaded once and kept (also offline). */
export function useInstruments() {
  return useQuery({
    queryKey: ['screening-instruments'],
    queryFn: async () => (await api<{ items: Instrument[] }>('GET', '/api/screening-instruments')).items,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** An instrument's text in the user's language (every instrument text exists in all four). */
export function useInstrumentText() {
  const { i18n } = useTranslation();
  return (text: Translated) => text[i18n.language as Locale] ?? text.en;
}

/** The indicators of a dimension that the profile uses, in the instrument's order. */
export function indicatorsOf(instrument: Instrument, profile: string, dimension: string) {
  return instrument.indicators.filter(
    (indicator) => indicator.dimension === dimension && indicator.strengths[profile] !== undefined,
  );
}
