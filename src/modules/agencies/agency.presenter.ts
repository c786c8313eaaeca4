import type { AgencyRow } from './agency.repo.ts';
import { type AgencyView, triageAgencyTypes } from './agency.schema.ts';

export function presentAgency(row: AgencyRow): AgencyView {
  return {
    id: row.id,
    name: row.name,
    shortName: row.short_name,
    type: row.type as AgencyView['type'],
    country: row.country.trim(),
    hostCountry: row.host_country?.trim() ?? null,
    parentId: row.parent_id,
    timeZone: row.time_zone,
    approvalsRequired: row.approvals_required as AgencyView['approvalsRequired'],
    active: row.active,
    receivesPublicReports: triageAgencyTypes.includes(row.type as AgencyView['type']),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
