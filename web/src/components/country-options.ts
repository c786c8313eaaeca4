import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import { countryCodes } from '../../../src/shared/country-codes.ts';
import { intlTag } from '../i18n/format.ts';

/**
 * The countries in a language, in its alphabetical order: the ISO 3166-1 codes the API takes,
 * named by the browser (src/shared/country-codes.ts).
 */
export function countryOptions(language: string): ComboboxItem[] {
  const tag = intlTag(language);
  const names = new Intl.DisplayNames([tag], { type: 'region' });
  const collator = new Intl.Collator(tag);
  return countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
}

/** Case and accents aside: "viet" finds "Việt Nam". */
const folded = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** A name's words that begin with what was typed, or the code typed whole: "my" finds Malaysia and Myanmar. */
export const byNameOrCode: OptionsFilter = ({ options, search }) => {
  const typed = folded(search.trim());
  if (!typed) return options;
  return options.filter((option) => {
    if (!('value' in option)) return false;
    if (option.value.toLowerCase() === typed) return true;
    const name = folded(option.label);
    return name.startsWith(typed) || name.includes(` ${typed}`) || name.includes(`(${typed}`);
  });
};
