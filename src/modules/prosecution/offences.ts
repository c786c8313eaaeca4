import {
  type JurisdictionPack,
  type Offence,
  type OffenceCategory,
  type PackCode,
  packForAgency,
} from '../../jurisdictions/index.ts';

export type { Offence, OffenceCategory };

export const offenceCategories: readonly OffenceCategory[] = [
  'trafficking_in_persons',
  'smuggling_of_migrants',
  'forced_labour',
  'related',
];

/**
 * The offences an agency investigates and charges: those of its jurisdiction pack (its country's,
 * or the deployment's when its country has none).
 */
export function offencesFor(agency: { readonly country: string }, deployment: PackCode): readonly Offence[] {
  const pack: JurisdictionPack = packForAgency(agency, deployment);
  return pack.offences;
}

/** The offence with this code in the agency's pack, if there is one. */
export function findOffence(
  agency: { readonly country: string },
  deployment: PackCode,
  code: string,
): Offence | undefined {
  return offencesFor(agency, deployment).find((offence) => offence.code === code);
}
