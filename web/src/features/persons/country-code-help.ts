import { useCountryName } from '../victim-path/labels.ts';

/**
 * The help under a country-code field: once two letters are typed, the country they name in the
 * reader's language ("VN: Vietnam"), so that a code typed wrong is seen at once — "Vietnam" typed
 * into a two-letter field is "Vi", the U.S. Virgin Islands. Before that, or for letters no country
 * has, the field's own help.
 */
export function useCountryCodeHelp(): (typed: string, help: string) => string {
  const countryName = useCountryName();
  return (typed, help) => {
    const code = typed.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) return help;
    const name = countryName(code);
    return name === code ? help : `${code}: ${name}`;
  };
}
