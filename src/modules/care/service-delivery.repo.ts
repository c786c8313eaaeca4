import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { CareServiceType } from './care-plan.schema.ts';

export interface ServiceDeliveryRow {
  id: string;
  case_id: string;
  type: CareServiceType;
  delivered_on: string;
  provider_agency_id: string;
  /** Encrypted. */
  description: string;
  planned_service_id: string | null;
  recorded_by: string;
  created_at: Date;
}

const deliveryColumns =
  'id, case_id, type, delivered_on, provider_agency_id, description, planned_service_id, recorded_by, created_at';

export async function insertServiceDelivery(
  tx: Tx,
  delivery: {
    caseId: string;
    agencyId: string;
    type: CareServiceType;
    deliveredOn: string;
    providerAgencyId: string;
    description: string;
    plannedServiceId: string | null;
    recordedBy: string;
  },
): Promise<ServiceDeliveryRow> {
  const [row] = await tx.query<ServiceDeliveryRow>(
    `insert into service_delivery (case_id, agency_id, type, delivered_on, provider_agency_id, description,
                                   planned_service_id, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${deliveryColumns}`,
    [
      delivery.caseId,
      delivery.agencyId,
      delivery.type,
      delivery.deliveredOn,
      delivery.providerAgencyId,
      delivery.description,
      delivery.plannedServiceId,
      delivery.recordedBy,
    ],
  );
  if (!row) throw new Error('service delivery insert returned no row');
  return row;
}

export async function requireServiceDelivery(tx: Tx, id: string): Promise<ServiceDeliveryRow> {
  const [row] = await tx.query<ServiceDeliveryRow>(
    `select ${deliveryColumns} from service_delivery where id = $1`,
    [id],
  );
  if (!row) throw new NotFoundError('service_delivery');
  return row;
}

/** The services delivered on a case, the most recently delivered first. */
export function listServiceDeliveries(tx: Tx, caseId: string): Promise<ServiceDeliveryRow[]> {
  return tx.query<ServiceDeliveryRow>(
    `select ${deliveryColumns} from service_delivery where case_id = $1
      order by delivered_on desc, created_at desc, id desc`,
    [caseId],
  );
}
