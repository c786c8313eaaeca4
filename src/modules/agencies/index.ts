export { createAgency, declareJurisdiction } from './agency.commands.ts';
export { presentAgency } from './agency.presenter.ts';
export { type AgencyRow, findAgenciesByShortName, findAgency } from './agency.repo.ts';
export { registerAgencyRoutes } from './agency.routes.ts';
export {
  type AgencyType,
  type ApprovalKind,
  agencySchema,
  agencyTypeSchema,
  agencyTypes,
  approvalKindSchema,
  type CreateAgency,
  countryCodeSchema,
  triageAgencyTypes,
} from './agency.schema.ts';
export { agencyToday, todayIn } from './agency-calendar.ts';
