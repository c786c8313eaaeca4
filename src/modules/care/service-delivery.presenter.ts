import { decryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { careFields } from './care.fields.ts';
import type { ServiceDeliveryRow } from './service-delivery.repo.ts';
import type { ServiceDeliveryView } from './service-delivery.schema.ts';

/** A service delivered, with its description decrypted: only for readers the policy allowed. */
export function presentServiceDelivery(row: ServiceDeliveryRow, keyring: Keyring): ServiceDeliveryView {
  return {
    id: row.id,
    caseId: row.case_id,
    type: row.type,
    deliveredOn: row.delivered_on,
    providerAgencyId: row.provider_agency_id,
    description: decryptField(keyring, careFields.serviceDescription, row.description),
    plannedServiceId: row.planned_service_id,
    recordedByUserId: row.recorded_by,
    createdAt: row.created_at.toISOString(),
  };
}
