import { recordAudit } from '../../audit/audit.ts';
import { encryptField } from '../../crypto/field-cipher.ts';
import type { Keyring } from '../../crypto/keyring.ts';
import type { Tx } from '../../db/db.ts';
import type { Actor } from '../../policy/policy.ts';
import { dateInFuture, RuleViolationError, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { recordPersonCaseEvent } from '../cases/index.ts';
import { checkNotBeforeBirth, requirePerson } from '../persons/index.ts';
import {
  findCurrentDecisionId,
  type IdentificationDecisionRow,
  insertIdentificationDecision,
  listDecisionsOfPerson,
  requireIdentificationDecision,
} from './identification-decision.repo.ts';
import type { RecordIdentificationDecision } from './identification-decision.schema.ts';
import { screeningFields } from './screening.fields.ts';
import { findScreening } from './screening.repo.ts';

interface CommandProps {
  readonly tx: Tx;
  readonly actor: Actor;
  readonly keyring: Keyring;
  readonly requestId: string;
}

/** The screening a decision rests on: one of this person's, completed, and not dated after the decision. */
async function checkScreening(tx: Tx, personId: string, decision: RecordIdentificationDecision) {
  if (!decision.screeningId) return;
  const screening = await findScreening(tx, decision.screeningId);
  if (!screening || screening.person_id !== personId) {
    throw new ValidationError([
      { code: 'screening_not_of_person', field: 'screeningId', message: 'is not a screening of this person' },
    ]);
  }
  if (screening.status !== 'completed') {
    throw new RuleViolationError(
      'screening_not_completed',
      'A decision can rest only on a completed screening; complete the screening first.',
    );
  }
  if (decision.decidedOn < screening.screened_on) {
    throw new ValidationError([
      {
        code: 'decision_before_screening',
        field: 'decidedOn',
        message: 'is before the screening it rests on',
      },
    ]);
  }
}

/**
 * Records an identification decision about a person this agency may see, by the signed-in
 * officer: confirmed victim, not a victim or unable to determine, on a stated basis (encrypted),
 * possibly resting on a completed screening. Decisions are never changed: a new one supersedes
 * the agency's current decision for the person, and both stay in the history.
 */
export async function recordIdentificationDecision(
  props: CommandProps & { personId: string; decision: RecordIdentificationDecision },
): Promise<IdentificationDecisionRow> {
  const { tx, actor, keyring, decision } = props;
  const person = await requirePerson(tx, props.personId);
  if (decision.decidedOn > (await agencyToday(tx, actor.agencyId))) {
    throw new ValidationError([dateInFuture('decidedOn')]);
  }
  await checkNotBeforeBirth(tx, person.id, 'decidedOn', decision.decidedOn);
  await checkScreening(tx, person.id, decision);
  const supersedesId = (await findCurrentDecisionId(tx, actor.agencyId, person.id)) ?? null;
  const id = await insertIdentificationDecision(tx, {
    agencyId: actor.agencyId,
    personId: person.id,
    screeningId: decision.screeningId ?? null,
    decision: decision.decision,
    basis: encryptField(keyring, screeningFields.basis, decision.basis),
    decidedBy: actor.userId,
    decidedOn: decision.decidedOn,
    supersedesId,
  });
  await recordAudit(tx, {
    actorUserId: actor.userId,
    agencyId: actor.agencyId,
    action: 'identification_decision.record',
    subject: { type: 'identification_decision', id },
    requestId: props.requestId,
    detail: { personId: person.id, screeningId: decision.screeningId ?? null, supersedesId },
  });
  // Its outcome, never its basis (encrypted, read where the decision is read).
  await recordPersonCaseEvent(tx, {
    personId: person.id,
    agencyId: actor.agencyId,
    actorUserId: actor.userId,
    kind: 'identification_decision.recorded',
    detail: { identificationDecisionId: id, personId: person.id, decision: decision.decision },
  });
  return requireIdentificationDecision(tx, id);
}

/** The identification decisions about a person this agency may see (404 for one it may not), audited. */
export async function listIdentificationDecisions(
  props: CommandProps & { personId: string },
): Promise<IdentificationDecisionRow[]> {
  const person = await requirePerson(props.tx, props.personId);
  const rows = await listDecisionsOfPerson(props.tx, person.id);
  await recordAudit(props.tx, {
    actorUserId: props.actor.userId,
    agencyId: props.actor.agencyId,
    action: 'identification_decision.list',
    subject: { type: 'person', id: person.id },
    requestId: props.requestId,
    detail: { results: rows.length },
  });
  return rows;
}
