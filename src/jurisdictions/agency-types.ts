import { commonAgencyTypeNames } from './common-options.ts';
import type { PackInput } from './pack.ts';

type AgencyTypes = PackInput['agencyTypes'];
type AgencyType = AgencyTypes[number]['type'];

/** The platform's agency types with neutral names, and the country's bodies of each type as examples. */
export function agencyTypesWithExamples(examples: Partial<Record<AgencyType, string[]>>): AgencyTypes {
  return Object.entries(commonAgencyTypeNames).map(([type, localName]) => ({
    type: type as AgencyType,
    localName,
    examples: examples[type as AgencyType] ?? [],
  }));
}
