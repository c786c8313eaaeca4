import { recordAudit, recordRead } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { type CaseRow, caseVictimId, recordCaseEvent, refuseClosedCase } from '../cases/index.ts';
import { currentChecklist } from './health-checklist.ts';
import { healthScreeningFields } from './health-screening.fields.ts';
import {
  type HealthScreeningRow,
  insertHealthScreening,
  listHealthScreenings,
  requireHealthScreening,
} from './health-screening.repo.ts';
import { healthScreeningProblems } from './health-screening.rules.ts';
import type { HealthFindings, RecordHealthScreening } from './health-screening.schema.ts';

export interface HealthCommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/**
 * Records a health screening of a person on an open case, with the consent it rests on, against
 * the current checklist version: symptoms, tests and results, isolation or quarantine dates, a
 * referral to a health facility. The findings are stored encrypted; the case's timeline and the
 * audit log say that a screening was recorded and under which checklist, never what it found.
 */
export async function recordHealthScreening(
  props: HealthCommandProps & { found: CaseRow; screening: RecordHealthScreening },
): Promise<HealthScreeningRow> {
  const { tx, actor, found, screening } = props;
  refuseClosedCase(found);
  const checklist = currentChecklist();
  const today = await agencyToday(tx, actor.agencyId);
  const screenedOn = screening.screenedOn ?? today;
  const personId = screening.personId ?? caseVictimId(found);
  const problems = healthScreeningProblems(screening, checklist, screenedOn, today);
  if (!personId || !found.persons.some((person) => person.personId === personId)) {
    problems.push({ code: 'person_not_of_case', field: 'personId', message: 'is not a person on this case' });
  }
  if (problems.length > 0 || !personId) throw new ValidationError(problems);
  const findings: HealthFindings = {
    symptoms: screening.symptoms,
    tests: screening.tests.map((test) => ({
      code: test.code,
      takenOn: test.takenOn ?? null,
      result: test.result,
      resultOn: test.resultOn ?? null,
    })),
    separation: screening.separation ?? null,
    referral: screening.referral
      ? { ...screening.referral, reason: screening.referral.reason ?? null }
      : null,
    notes: screening.notes ?? null,
  };
  const id = await insertHealthScreening(tx, {
    case_id: found.id,
    person_id: personId,
    agency_id: actor.agencyId,
    checklist_version: checklist.version,
    screened_on: screenedOn,
    screened_by: actor.userId,
    consent_basis: screening.consent.basis,
    consent_reference: screening.consent.reference,
    findings: encryptField(props.keyring, healthScreeningFields.findings, JSON.stringify(findings)),
    recorded_by: actor.userId,
  });
  // What is known outside the health record: that a screening took place, not what it found.
  const detail = {
    screeningId: id,
    checklistVersion: checklist.version,
    consentBasis: screening.consent.basis,
  };
  await recordCaseEvent(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'case.health_screened',
    detail,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'health_screening.record',
    subject: { type: 'health_screening', id },
    requestId: props.requestId,
    detail: { caseId: found.id, ...detail },
  });
  return requireHealthScreening(tx, id);
}

/** One screening; the read is audited. */
export async function readHealthScreening(
  props: HealthCommandProps & { screeningId: string },
): Promise<HealthScreeningRow> {
  const row = await requireHealthScreening(props.tx, props.screeningId);
  await recordRead(props.tx, {
    actor: props.actor,
    subject: { type: 'health_screening', id: row.id },
    requestId: props.requestId,
    detail: { caseId: row.case_id },
  });
  return row;
}

/** A case's screenings, newest first; the read is audited. */
export async function readHealthScreenings(
  props: HealthCommandProps & { caseId: string },
): Promise<HealthScreeningRow[]> {
  const rows = await listHealthScreenings(props.tx, props.caseId);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'health_screening.list',
    subject: { type: 'case', id: props.caseId },
    requestId: props.requestId,
    detail: { screeningIds: rows.map((row) => row.id) },
  });
  return rows;
}
