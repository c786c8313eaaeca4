import { encryptField } from '../../crypto/field-cipher.ts';
import { dateInFuture, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { recordCaseWork, requireCase, workableCase } from '../cases/index.ts';
import { careFields } from './care.fields.ts';
import { agencyProblem, type CareCommandProps, recordCareRead } from './care-case.ts';
import { findPlannedService } from './care-plan.repo.ts';
import {
  insertServiceDelivery,
  listServiceDeliveries,
  type ServiceDeliveryRow,
} from './service-delivery.repo.ts';
import type { RecordServiceDelivery } from './service-delivery.schema.ts';

async function deliveryProblems(
  props: CareCommandProps & { caseId: string; delivery: RecordServiceDelivery },
): Promise<FieldProblem[]> {
  const { tx, actor, delivery } = props;
  const problems: FieldProblem[] = [];
  if (delivery.deliveredOn > (await agencyToday(tx, actor.agencyId))) {
    problems.push(dateInFuture('deliveredOn'));
  }
  if (delivery.providerAgencyId && delivery.providerAgencyId !== actor.agencyId) {
    problems.push(...(await agencyProblem(tx, delivery.providerAgencyId, 'providerAgencyId')));
  }
  if (delivery.plannedServiceId) {
    const planned = await findPlannedService(tx, props.caseId, delivery.plannedServiceId);
    if (!planned) {
      problems.push({
        code: 'service_not_of_care_plan',
        field: 'plannedServiceId',
        message: "is not a service of this case's care plan",
      });
    } else if (planned.type !== delivery.type) {
      problems.push({
        code: 'service_type_differs',
        field: 'type',
        message: `is not the planned service's type (${planned.type})`,
      });
    }
  }
  return problems;
}

/**
 * Records a service delivered to the victim on an open case: its type, the day (not in the
 * future), the agency that gave it (this one unless named), what was done (kept encrypted) and,
 * optionally, the care plan's service it delivers. The record is never changed afterwards.
 */
export async function recordServiceDelivery(
  props: CareCommandProps & { caseId: string; delivery: RecordServiceDelivery },
): Promise<ServiceDeliveryRow> {
  const { tx, actor, delivery } = props;
  const found = await workableCase(tx, props.caseId);
  const problems = await deliveryProblems({ ...props, caseId: found.id });
  if (problems.length > 0) throw new ValidationError(problems);
  const row = await insertServiceDelivery(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    type: delivery.type,
    deliveredOn: delivery.deliveredOn,
    providerAgencyId: delivery.providerAgencyId ?? actor.agencyId,
    description: encryptField(props.keyring, careFields.serviceDescription, delivery.description),
    plannedServiceId: delivery.plannedServiceId ?? null,
    recordedBy: actor.userId,
  });
  await recordCaseWork(
    props,
    found.id,
    'case.service_delivered',
    { type: 'service_delivery', id: row.id },
    { type: row.type, deliveredOn: row.delivered_on, plannedServiceId: row.planned_service_id },
  );
  return row;
}

/** The services delivered on a case, most recent first; the read is audited. */
export async function readServiceDeliveries(
  props: CareCommandProps & { caseId: string },
): Promise<ServiceDeliveryRow[]> {
  const found = await requireCase(props.tx, props.caseId);
  const rows = await listServiceDeliveries(props.tx, found.id);
  await recordCareRead(props, found.id, 'case.read_services', { results: rows.length });
  return rows;
}
