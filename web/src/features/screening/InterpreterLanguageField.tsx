import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { intlTag } from '../../i18n/format.ts';

/**
 * The languages an interpreter is most often needed in by the region's agencies: the victims'
 * languages of South-East and South Asia and beyond, and the staff's. ISO 639 codes, as the
 * screening API takes them (two or three lower-case letters).
 */
export const interpreterLanguages = [
  'my',
  'km',
  'lo',
  'th',
  'vi',
  'id',
  'ms',
  'jv',
  'su',
  'fil',
  'ceb',
  'ilo',
  'tet',
  'tdt',
  'zh',
  'yue',
  'hmn',
  'shn',
  'kac',
  'ksw',
  'pwo',
  'kjp',
  'mnw',
  'blk',
  'rhg',
  'bn',
  'ne',
  'hi',
  'ur',
  'ta',
  'te',
  'si',
  'pa',
  'mni',
  'ar',
  'fa',
  'ps',
  'ug',
  'uz',
  'am',
  'so',
  'sw',
  'ja',
  'ko',
  'ru',
  'fr',
  'en',
] as const;

/** Languages ICU has no name for (decision 0064): named by the app's own catalogue. */
const namedByUs = new Set(['tdt', 'ksw', 'pwo', 'kjp', 'mnw', 'blk']);

/** A language's name in the reader's language, from its ISO 639 code. */
export function useLanguageName() {
  const { t, i18n } = useTranslation();
  return (code: string) => {
    if (namedByUs.has(code)) return t(`walkGaps.interpreter.unnamed.${code}`);
    try {
      return (
        new Intl.DisplayNames([intlTag(i18n.language)], { type: 'language', fallback: 'none' }).of(code) ??
        code
      );
    } catch {
      return code;
    }
  };
}

/**
 * The interpreter's language, chosen from a list rather than typed as a code: no interpreter,
 * or one of the languages above by name, in the reader's alphabetical order. A code the draft
 * already holds that the list lacks (an older draft) stays offered, so it is never lost.
 */
export function InterpreterLanguageField({
  value,
  error,
  onChange,
}: {
  value: string;
  error?: string;
  onChange: (code: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const name = useLanguageName();
  const current = value.trim().toLowerCase();
  const codes: string[] = [...interpreterLanguages];
  if (current && !codes.includes(current)) codes.push(current);
  const collator = new Intl.Collator(intlTag(i18n.language));
  const options = codes
    .map((code) => ({ value: code, label: `${name(code)} (${code})` }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return (
    <NativeSelect
      label={t('screening.wizard.interpreterLanguage')}
      description={t('walkGaps.interpreter.help')}
      error={error}
      value={current}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[{ value: '', label: t('walkGaps.interpreter.none') }, ...options]}
    />
  );
}
