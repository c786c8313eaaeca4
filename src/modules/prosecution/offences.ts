/**
 * The offences an agency may investigate and charge, by legal code, from its jurisdiction pack.
 *
 * Provisional: until `src/jurisdictions/` is on main this holds a copy of the packs' offence codes,
 * so that the rest of the module can be built and tested; it then reads the agency's pack instead.
 */
export type OffenceCategory =
  | 'trafficking_in_persons'
  | 'smuggling_of_migrants'
  | 'forced_labour'
  | 'related';

export const offenceCategories: readonly OffenceCategory[] = [
  'trafficking_in_persons',
  'smuggling_of_migrants',
  'forced_labour',
  'related',
];

export interface OffenceEntry {
  readonly code: string;
  readonly category: OffenceCategory;
}

const provisional: Readonly<Record<string, readonly OffenceEntry[]>> = {
  MY: [
    { code: 'atipsom.12', category: 'trafficking_in_persons' },
    { code: 'atipsom.14', category: 'trafficking_in_persons' },
    { code: 'atipsom.15', category: 'trafficking_in_persons' },
    { code: 'atipsom.26a', category: 'smuggling_of_migrants' },
    { code: 'atipsom.26b', category: 'smuggling_of_migrants' },
    { code: 'penal_code.374', category: 'forced_labour' },
    { code: 'passports.12_1_f', category: 'related' },
  ],
  generic: [
    { code: 'palermo.tip', category: 'trafficking_in_persons' },
    { code: 'palermo.som', category: 'smuggling_of_migrants' },
    { code: 'ilo.forced_labour', category: 'forced_labour' },
    { code: 'related.document_fraud', category: 'related' },
  ],
};

/** The offences of the pack an agency of `country` works under. */
export function offencesFor(country: string): readonly OffenceEntry[] {
  return provisional[country] ?? provisional.generic ?? [];
}

/** The offence with this code in the agency's pack, if there is one. */
export function findOffence(country: string, code: string): OffenceEntry | undefined {
  return offencesFor(country).find((offence) => offence.code === code);
}
