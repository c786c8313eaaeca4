import { useTranslation } from 'react-i18next';
import type { Birth } from '../../api/types.ts';
import { useFormat } from '../../app/session.tsx';

/** A person's birth as known, in the reader's language: the date, the year, or an age estimated on a day. */
export function useBirthText() {
  const { t } = useTranslation();
  const format = useFormat();
  return (birth: Birth) => {
    switch (birth.precision) {
      case 'exact':
        return format.date(birth.date);
      case 'year':
        return String(birth.year);
      case 'estimated':
        return t('linkage.birthEstimated', { age: birth.age, date: format.date(birth.on) });
      default:
        return t('linkage.birthUnknown');
    }
  };
}
