import { NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, localeNames, locales } from '../i18n/index.ts';

/** The language picker; `onChange` remembers the choice (on the account when signed in). */
export function LanguageMenu({
  onChange,
}: {
  onChange: (locale: (typeof locales)[number]) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [saving, setSaving] = useState(false);
  return (
    <NativeSelect
      aria-label={t('common.language')}
      value={i18n.language}
      disabled={saving}
      size="xs"
      data={locales.map((locale) => ({ value: locale, label: localeNames[locale] }))}
      onChange={(event) => {
        const locale = event.currentTarget.value;
        if (!isLocale(locale)) return;
        setSaving(true);
        void onChange(locale).finally(() => setSaving(false));
      }}
    />
  );
}
