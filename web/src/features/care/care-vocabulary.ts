import type { needDomains, needLevels } from '../../../../src/shared/care-codes.ts';

/** The care vocabulary the forms offer, from the server's source (decision 0091). */
export {
  careServiceTypes as serviceTypes,
  needDomains,
  needLevels,
  plannedServiceStatuses,
} from '../../../../src/shared/care-codes.ts';
export type NeedDomain = (typeof needDomains)[number];
export type NeedLevel = (typeof needLevels)[number];
