import type { FieldProblem } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { closeDeadline, registerDeadline } from '../deadlines/index.ts';
import {
  type ChargeRow,
  type HearingRow,
  insertCharge,
  insertHearing,
  insertOutcome,
  listHearings,
  requireCharge,
} from './court.repo.ts';
import type { FileCharge, RecordOutcome, ScheduleHearing } from './court.schema.ts';
import { offencesOfAgency, suspectOf } from './investigation.commands.ts';
import type { InvestigationRow } from './investigation.repo.ts';
import { auditChange, dateProblems, type ProsecutionProps, throwIfProblems } from './prosecution-command.ts';

/** The charge's outcome: its latest recorded one, `pending` until one is recorded. */
export function currentOutcome(charge: ChargeRow) {
  return charge.outcomes.at(-1);
}

/**
 * Charges a suspect of the investigation with an offence of the agency's jurisdiction pack, on a
 * day not before the investigation was opened and not in the future.
 */
export async function fileCharge(
  props: ProsecutionProps & { investigation: InvestigationRow; charge: FileCharge },
): Promise<ChargeRow> {
  const { tx, actor, investigation, charge } = props;
  const { problems } = await suspectOf(props, investigation.id, charge.suspectId, 'suspectId');
  const { offences, problems: offenceProblems } = await offencesOfAgency(props, [
    { field: 'offenceCode', code: charge.offenceCode },
  ]);
  problems.push(...offenceProblems);
  problems.push(
    ...(await dateProblems(props, 'chargedOn', charge.chargedOn, {
      date: investigation.opened_on,
      what: 'the investigation was opened',
    })),
  );
  throwIfProblems(problems);
  const offence = offences[0];
  if (!offence) throw new Error('offence found without problems, yet missing');
  const id = await insertCharge(tx, {
    investigationId: investigation.id,
    agencyId: actor.agencyId,
    suspectId: charge.suspectId,
    offenceCode: offence.code,
    offenceCategory: offence.category,
    chargedOn: charge.chargedOn,
    recordedBy: actor.userId,
  });
  await auditChange(
    props,
    'charge.file',
    { type: 'charge', id },
    {
      investigationId: investigation.id,
      suspectId: charge.suspectId,
      offenceCode: offence.code,
      chargedOn: charge.chargedOn,
    },
  );
  return requireCharge(tx, id);
}

/**
 * Records the outcome of a charge — a verdict belongs to its charge, so there is none without one:
 * convicted (with the sentence: prison months and/or a fine), acquitted, withdrawn or pending. Dated
 * not before the charge nor before its latest outcome, and not in the future; a later outcome (on
 * appeal, say) supersedes the earlier one, which is kept.
 */
export async function recordOutcome(
  props: ProsecutionProps & { charge: ChargeRow; outcome: RecordOutcome },
): Promise<{ outcomeId: string; charge: ChargeRow }> {
  const { tx, actor, charge, outcome } = props;
  const problems: FieldProblem[] = await dateProblems(props, 'decidedOn', outcome.decidedOn, {
    date: charge.charged_on,
    what: 'the charge',
  });
  const latest = currentOutcome(charge);
  if (latest && outcome.decidedOn < latest.decidedOn) {
    problems.push({
      code: 'date_before_earlier_step',
      field: 'decidedOn',
      message: `is before the charge's latest outcome (${latest.decidedOn})`,
    });
  }
  const sentence = outcome.sentence;
  if (sentence && outcome.outcome !== 'convicted') {
    problems.push({
      code: 'sentence_without_conviction',
      field: 'sentence',
      message: 'is given only with a conviction',
    });
  }
  throwIfProblems(problems);
  const outcomeId = await insertOutcome(tx, {
    chargeId: charge.id,
    investigationId: charge.investigation_id,
    agencyId: actor.agencyId,
    outcome: outcome.outcome,
    decidedOn: outcome.decidedOn,
    prisonMonths: sentence?.prisonMonths ?? null,
    fineAmount: sentence?.fine?.amount ?? null,
    fineCurrency: sentence?.fine?.currency ?? null,
    recordedBy: actor.userId,
  });
  // The court has sat: the court dates of this charge's hearings (and of the investigation's
  // hearings named for no charge) up to the day of the outcome are met.
  for (const hearing of await listHearings(tx, charge.investigation_id)) {
    if ((hearing.charge_id ?? charge.id) === charge.id && hearing.hearing_on <= outcome.decidedOn) {
      await closeDeadline({ tx, source: { kind: 'court_date', id: hearing.id }, status: 'done' });
    }
  }
  await auditChange(
    props,
    'charge.record_outcome',
    { type: 'charge', id: charge.id },
    {
      outcomeId,
      outcome: outcome.outcome,
      decidedOn: outcome.decidedOn,
      prisonMonths: sentence?.prisonMonths ?? null,
      fine: sentence?.fine ?? null,
    },
  );
  return { outcomeId, charge: await requireCharge(tx, charge.id) };
}

/**
 * Records a court hearing of the investigation (of one of its charges, when named): the day (not
 * before the investigation was opened), the court and the kind of hearing. A hearing today or
 * ahead is registered as a court date in the deadline engine; one already held is only recorded.
 */
export async function scheduleHearing(
  props: ProsecutionProps & { investigation: InvestigationRow; hearing: ScheduleHearing },
): Promise<HearingRow> {
  const { tx, actor, investigation, hearing } = props;
  const problems: FieldProblem[] = [];
  if (hearing.hearingOn < investigation.opened_on) {
    problems.push({
      code: 'date_before_earlier_step',
      field: 'hearingOn',
      message: `is before the investigation was opened (${investigation.opened_on})`,
    });
  }
  if (hearing.chargeId) {
    const [charge] = await tx.query('select 1 from charge where id = $1 and investigation_id = $2', [
      hearing.chargeId,
      investigation.id,
    ]);
    if (!charge)
      problems.push({
        code: 'charge_not_of_investigation',
        field: 'chargeId',
        message: 'is not a charge of this investigation',
      });
  }
  throwIfProblems(problems);
  const row = await insertHearing(tx, {
    investigationId: investigation.id,
    agencyId: actor.agencyId,
    chargeId: hearing.chargeId ?? null,
    hearingOn: hearing.hearingOn,
    court: hearing.court,
    kind: hearing.kind,
    recordedBy: actor.userId,
  });
  if (row.hearing_on >= (await agencyToday(tx, actor.agencyId))) {
    // A hearing ahead is a court date on the deadline dashboard, with reminders to whoever recorded it.
    await registerDeadline({
      tx,
      source: { kind: 'court_date', id: row.id },
      agencyId: actor.agencyId,
      caseId: null,
      ownerUserId: actor.userId,
      due: { on: row.hearing_on },
    });
  }
  await auditChange(
    props,
    'investigation.schedule_hearing',
    { type: 'investigation', id: investigation.id },
    {
      hearingId: row.id,
      chargeId: row.charge_id,
      hearingOn: row.hearing_on,
      kind: row.kind,
    },
  );
  return row;
}
