/** The API's option lists the case screens show (labels come from the translations), from the server's source. */
export {
  caseStatuses,
  caseTypes,
  exploitationTypes,
  labourSectors,
  meansOfControl,
  recruiterRelationships,
  riskLevels,
} from '../../../../src/shared/case-codes.ts';
