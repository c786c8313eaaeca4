/*
 * The ISO 3166-1 alpha-2 codes in use, for the server's checks and the web app's country fields
 * alike. Read from the ICU data Node and the browser both carry (region names, and the canonical
 * form of a region subtag), so that no list of countries is kept here to go stale:
 * - ICU names assigned codes only; an unassigned code comes back as itself.
 * - A withdrawn code it still names is the alias of the one that replaced it (BU → MM, UK → GB,
 *   VD → VN, YU → RS…): `und-BU` canonicalises to `und-MM`. Two codes for Myanmar would split a
 *   country's figures in the statistics and set a nationality against itself in linkage.
 * - Codes ISO reserves but does not assign are left out: ZZ, the private-use Q*, X* and AA, the
 *   groupings EU, EZ and UN, and the exceptional reservations ICU names as places (Ascension,
 *   Clipperton, Sark, Diego Garcia, Ceuta and Melilla, the Canary Islands, Tristan da Cunha).
 * What remains is the standard's 249 codes.
 */
const englishNames = new Intl.DisplayNames(['en'], { type: 'region' });
const reserved = /^(Q[M-Z]|X[A-Z]|AA|ZZ|EU|EZ|UN|AC|CP|CQ|DG|EA|IC|TA)$/;
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The code that stands for a region now: itself, or the code that replaced a withdrawn one. */
function canonicalRegion(code: string): string {
  return Intl.getCanonicalLocales(`und-${code}`)[0]?.split('-')[1] ?? code;
}

const named = (code: string) => englishNames.of(code) !== code && !reserved.test(code);

/** Every ISO 3166-1 alpha-2 code in use, alphabetically. */
export const countryCodes: readonly string[] = [...letters]
  .flatMap((first) => [...letters].map((second) => first + second))
  .filter((code) => named(code) && canonicalRegion(code) === code);

const inUse = new Set(countryCodes);

/** Whether `code` is an ISO 3166-1 alpha-2 code in use (capitals). */
export function isCountryCode(code: string): boolean {
  return inUse.has(code);
}

/** For a withdrawn code ICU still knows (`BU`), the code that replaced it (`MM`); else undefined. */
export function replacingCountryCode(code: string): string | undefined {
  if (!/^[A-Z]{2}$/.test(code) || !named(code)) return undefined;
  const current = canonicalRegion(code);
  return current !== code && inUse.has(current) ? current : undefined;
}
