import { randomUUID } from 'node:crypto';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import {
  type ApprovalAppliers,
  type ApprovalRow,
  needsApproval,
  openSealedChange,
  requestApproval,
} from '../approvals/index.ts';
import { recordCaseWork, requireCase, workableCase } from '../cases/index.ts';
import { registerDeadline } from '../deadlines/index.ts';
import { careFields } from './care.fields.ts';
import { agencyProblem, type CareCommandProps, recordCareRead } from './care-case.ts';
import {
  type CarePlanRow,
  findCurrentCarePlan,
  insertCarePlan,
  insertPlannedServices,
  insertPlanServices,
  knownPlannedServices,
  latestPlanVersion,
  listCarePlanVersions,
  type PlannedServiceRow,
  requireCarePlanVersion,
} from './care-plan.repo.ts';
import { carePlanProblems } from './care-plan.rules.ts';
import { type SetCarePlan, setCarePlanSchema } from './care-plan.schema.ts';

const planChanged = () =>
  new ConflictError(
    'care_plan_changed',
    'The care plan was changed since you started editing it. Reload it and make your change again.',
  );

/** Problems with the services' references: earlier planned services of this case, active agencies. */
async function serviceReferenceProblems(
  props: CareCommandProps & { caseId: string; plan: SetCarePlan },
): Promise<FieldProblem[]> {
  const { tx, plan } = props;
  const carried = plan.services.flatMap((service) => (service.id ? [service.id] : []));
  const known = await knownPlannedServices(tx, props.caseId, carried);
  const problems: FieldProblem[] = [];
  for (const [index, service] of plan.services.entries()) {
    if (service.id && !known.has(service.id)) {
      problems.push({
        code: 'service_not_of_care_plan',
        field: `services.${index}.id`,
        message: 'is not a planned service of this case',
      });
    }
    if (service.responsibleAgencyId && service.responsibleAgencyId !== props.actor.agencyId) {
      problems.push(
        ...(await agencyProblem(tx, service.responsibleAgencyId, `services.${index}.responsibleAgencyId`)),
      );
    }
  }
  return problems;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const { code, constraint: violated } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && violated === constraint;
}

/** A new version of the plan, or — where the agency wants plans approved — the request for it. */
export type CarePlanOutcome = { readonly plan: CarePlanRow } | { readonly approval: ApprovalRow };

/**
 * Sets the care plan of an open case: goals (kept encrypted), planned services by type with
 * the agency responsible and their dates, and the date of review. Each call makes a new
 * version; earlier versions stay as they were. A service carried forward keeps its id, so
 * services delivered against it stay linked. With `basedOnVersion`, an edit made on a plan
 * that someone else has changed since is refused rather than silently replacing their change.
 * Where the agency puts care plans under approval, a checked plan waits for a supervisor, bound
 * to the version it was based on: approving it after another change is refused the same way.
 */
export async function setCarePlan(
  props: CareCommandProps & { caseId: string; plan: SetCarePlan; approved?: boolean },
): Promise<CarePlanOutcome> {
  const { tx, actor, plan } = props;
  const found = await workableCase(tx, props.caseId);
  const today = await agencyToday(tx, actor.agencyId);
  const plannedOn = plan.plannedOn ?? today;
  const problems = [
    ...carePlanProblems(plan, plannedOn, today),
    ...(await serviceReferenceProblems({ ...props, caseId: found.id })),
  ];
  if (problems.length > 0) throw new ValidationError(problems);
  const latest = await latestPlanVersion(tx, found.id);
  if (plan.basedOnVersion !== undefined && (plan.basedOnVersion ?? 0) !== latest) throw planChanged();
  if (!props.approved && (await needsApproval(tx, actor.agencyId, 'care_plan'))) {
    return {
      approval: await requestPlanApproval(props, found.id, {
        ...plan,
        plannedOn,
        basedOnVersion: latest || null,
      }),
    };
  }
  const services: PlannedServiceRow[] = plan.services.map((service) => ({
    id: service.id ?? randomUUID(),
    type: service.type,
    responsibleAgencyId: service.responsibleAgencyId ?? actor.agencyId,
    startsOn: service.startsOn ?? null,
    endsOn: service.endsOn ?? null,
    status: service.status,
  }));
  const carried = new Set(plan.services.map((service) => service.id));
  const fresh = services.filter((service) => !carried.has(service.id)).map((service) => service.id);
  await insertPlannedServices(tx, found.id, actor.agencyId, fresh);
  const version = latest + 1;
  const id = await insertCarePlan(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    version,
    plannedOn,
    reviewOn: plan.reviewOn,
    goals: encryptField(props.keyring, careFields.planGoals, JSON.stringify(plan.goals)),
    createdBy: actor.userId,
  }).catch((error: unknown) => {
    // Another edit took this version number first (both started from the same plan).
    throw isUniqueViolation(error, 'care_plan_version_unique') ? planChanged() : error;
  });
  await insertPlanServices(tx, { id, caseId: found.id, agencyId: actor.agencyId }, services);
  // One review deadline per case, moved by each version.
  await registerDeadline({
    tx,
    source: { kind: 'care_plan_review', id: found.id },
    agencyId: actor.agencyId,
    caseId: found.id,
    ownerUserId: actor.userId,
    due: { on: plan.reviewOn },
  });
  await recordCaseWork(
    props,
    found.id,
    version === 1 ? 'case.care_plan_created' : 'case.care_plan_revised',
    { type: 'care_plan', id },
    { version, reviewOn: plan.reviewOn, services: services.length },
  );
  return { plan: await requireCarePlanVersion(tx, id) };
}

/** Asks a supervisor to approve a checked plan; its goals stay encrypted in the request. */
async function requestPlanApproval(
  props: CareCommandProps,
  caseId: string,
  plan: SetCarePlan,
): Promise<ApprovalRow> {
  const approval = await requestApproval({
    ...props,
    kind: 'care_plan',
    caseId,
    change: { basedOnVersion: plan.basedOnVersion, reviewOn: plan.reviewOn, services: plan.services.length },
    sealed: { keyring: props.keyring, change: { plan } },
  });
  await recordCaseWork(props, caseId, 'case.care_plan_submitted', { type: 'approval', id: approval.id });
  return approval;
}

/** What an approved plan does: it becomes the next version, as the approver makes it. */
export function carePlanApprovalAppliers(keyring: Keyring): Pick<ApprovalAppliers, 'care_plan'> {
  return {
    care_plan: async (tx, actor, approval) => {
      const { plan } = openSealedChange(keyring, approval);
      await setCarePlan({
        tx,
        actor,
        keyring,
        caseId: approval.case_id,
        plan: setCarePlanSchema.parse(plan),
        approved: true,
        requestId: `approval:${approval.id}`,
      });
    },
  };
}

/** The case's current care plan (404 before the first); the read is audited. */
export async function readCarePlan(props: CareCommandProps & { caseId: string }): Promise<CarePlanRow> {
  const found = await requireCase(props.tx, props.caseId);
  const plan = await findCurrentCarePlan(props.tx, found.id);
  if (!plan) throw new NotFoundError('care_plan');
  await recordCareRead(props, found.id, 'case.read_care_plan', { version: plan.version });
  return plan;
}

/** Every version of the case's care plan, newest first; the read is audited. */
export async function readCarePlanVersions(
  props: CareCommandProps & { caseId: string },
): Promise<CarePlanRow[]> {
  const found = await requireCase(props.tx, props.caseId);
  const versions = await listCarePlanVersions(props.tx, found.id);
  await recordCareRead(props, found.id, 'case.read_care_plan_versions', { results: versions.length });
  return versions;
}
