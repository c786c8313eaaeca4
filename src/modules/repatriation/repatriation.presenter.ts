import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { repatriationFields } from './repatriation.fields.ts';
import type { RepatriationPersonRow, RepatriationRow } from './repatriation.repo.ts';
import type { RepatriationArrangements, RepatriationView } from './repatriation.schema.ts';

/**
 * A repatriation as its two agencies see it: the plan, and the person's minimum from the
 * database's function. The case is named to the sending agency only.
 */
export function presentRepatriation(
  row: RepatriationRow,
  person: RepatriationPersonRow | undefined,
  viewerAgencyId: string,
  keyring: Keyring,
): RepatriationView {
  const escort = row.escort ? decryptField(keyring, repatriationFields.escort, row.escort) : null;
  const arrangements: RepatriationArrangements = {
    travelDocuments: JSON.parse(
      decryptField(keyring, repatriationFields.travelDocuments, row.travel_documents),
    ),
    escort: escort ? JSON.parse(escort) : null,
    route: decryptField(keyring, repatriationFields.route, row.route),
  };
  return {
    id: row.id,
    caseId: row.agency_id === viewerAgencyId ? row.case_id : null,
    sendingAgencyId: row.agency_id,
    receivingAgencyId: row.receiving_agency_id,
    person: {
      fullName: person?.full_name ?? null,
      sex: person?.sex ?? 'unknown',
      birthYear: person?.birth_year ?? null,
      nationality: person?.nationality ?? null,
    },
    destinationCountry: row.destination_country,
    destinationProvince: row.destination_province,
    plannedOn: row.planned_on,
    ...arrangements,
    status: row.status,
    departedOn: row.departed_on,
    handedOverOn: row.handed_over_on,
    cancelReason: row.cancel_reason
      ? decryptField(keyring, repatriationFields.cancelReason, row.cancel_reason)
      : null,
    createdAt: row.created_at.toISOString(),
  };
}
