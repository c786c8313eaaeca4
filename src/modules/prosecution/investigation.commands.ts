import { encryptField } from '../../crypto/field-cipher.ts';
import {
  ConflictError,
  type FieldProblem,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../shared/errors.ts';
import { findAgency } from '../agencies/index.ts';
import { recordCaseEvent } from '../cases/index.ts';
import { findCaseForLink } from './case-link.ts';
import {
  type ArrestRow,
  findReceivedReferral,
  findSuspect,
  findSuspectByPerson,
  type InvestigationRow,
  insertArrest,
  insertInvestigation,
  insertSuspect,
  insertVictimLink,
  listVictimLinks,
  requireInvestigation,
  type SuspectRow,
  type VictimLinkRow,
} from './investigation.repo.ts';
import type { LinkVictim, OpenInvestigation, RecordArrest } from './investigation.schema.ts';
import { findOffence, type Offence } from './offences.ts';
import { prosecutionFields } from './prosecution.fields.ts';
import { auditChange, dateProblems, type ProsecutionProps, throwIfProblems } from './prosecution-command.ts';

/** The agency types that investigate offences and prosecute them. */
const investigatingAgencyTypes = new Set(['law_enforcement', 'immigration', 'labour', 'prosecution']);

/** The offences named (each by the field it came in), found in the investigating agency's jurisdiction pack. */
export async function offencesOfAgency(
  props: ProsecutionProps,
  named: readonly { readonly field: string; readonly code: string }[],
): Promise<{ offences: Offence[]; problems: FieldProblem[] }> {
  const agency = await findAgency(props.tx, props.actor.agencyId);
  const offences = new Map<string, Offence>();
  const problems: FieldProblem[] = [];
  for (const { field, code } of named) {
    const offence = agency ? findOffence(agency, props.jurisdiction, code) : undefined;
    if (offence) offences.set(offence.code, offence);
    else {
      problems.push({
        code: 'offence_not_of_jurisdiction',
        field,
        message: `is not an offence code of your agency's jurisdiction (${agency?.country ?? 'unknown'})`,
      });
    }
  }
  return { offences: [...offences.values()], problems };
}

/**
 * Opens an investigation in the actor's agency (a law-enforcement, immigration, labour or
 * prosecution agency): its own file number, the day it was opened (not in the future) and the
 * offences investigated, by code of the agency's jurisdiction pack.
 */
export async function openInvestigation(
  props: ProsecutionProps & { investigation: OpenInvestigation },
): Promise<InvestigationRow> {
  const { tx, actor, investigation } = props;
  const agency = await findAgency(tx, actor.agencyId);
  if (!agency || !investigatingAgencyTypes.has(agency.type)) {
    throw new RuleViolationError(
      'agency_cannot_investigate',
      'Only a law-enforcement, immigration, labour or prosecution agency opens investigations.',
    );
  }
  const { offences, problems } = await offencesOfAgency(
    props,
    investigation.offenceCodes.map((code, index) => ({ field: `offenceCodes.${index}`, code })),
  );
  problems.push(...(await dateProblems(props, 'openedOn', investigation.openedOn, undefined)));
  throwIfProblems(problems);
  const [taken] = await tx.query('select 1 from investigation where agency_id = $1 and reference = $2', [
    actor.agencyId,
    investigation.reference,
  ]);
  if (taken) {
    throw new ConflictError(
      'investigation_reference_taken',
      'Your agency already has an investigation with this reference.',
      [{ code: 'reference_taken', field: 'reference', message: 'is already used' }],
    );
  }
  const id = await insertInvestigation(tx, {
    agencyId: actor.agencyId,
    reference: investigation.reference,
    openedOn: investigation.openedOn,
    createdBy: actor.userId,
    offences,
  });
  await auditChange(
    props,
    'investigation.open',
    { type: 'investigation', id },
    {
      openedOn: investigation.openedOn,
      offenceCodes: offences.map((offence) => offence.code),
    },
  );
  return requireInvestigation(tx, id);
}

/**
 * Links a victim's case to an investigation: a victim case of the agency's own, or one another
 * agency referred to it for investigation and it accepted (the case itself stays unreadable here;
 * what of the victim shows is what the referral's consent shares).
 */
export async function linkVictim(
  props: ProsecutionProps & { investigation: InvestigationRow; link: LinkVictim },
): Promise<VictimLinkRow> {
  const { tx, actor, investigation, link } = props;
  const existing = await listVictimLinks(tx, investigation.id);
  if ('caseId' in link) {
    const found = await findCaseForLink(tx, link.caseId);
    if (!found)
      throw new ValidationError([
        { code: 'case_not_of_agency', field: 'caseId', message: "is not a case of your agency's" },
      ]);
    if (found.type !== 'victim_case') {
      throw new ValidationError([
        { code: 'case_not_victim', field: 'caseId', message: 'is not a victim case' },
      ]);
    }
    if (existing.some((row) => row.case_id === found.id)) {
      throw new ConflictError('victim_already_linked', 'This case is already linked to the investigation.', [
        { code: 'already_linked', field: 'caseId', message: 'is already linked' },
      ]);
    }
  } else {
    const referral = await findReceivedReferral(tx, link.referralId);
    if (!referral) {
      throw new ValidationError([
        {
          code: 'referral_not_received',
          field: 'referralId',
          message: 'is not a referral your agency received',
        },
      ]);
    }
    if (referral.purpose !== 'investigation' || !['accepted', 'completed'].includes(referral.status)) {
      throw new ValidationError([
        {
          code: 'referral_not_for_investigation',
          field: 'referralId',
          message: 'is not a referral for investigation that your agency accepted',
        },
      ]);
    }
    if (existing.some((row) => row.referral_id === referral.id)) {
      throw new ConflictError(
        'victim_already_linked',
        'This referral is already linked to the investigation.',
        [{ code: 'already_linked', field: 'referralId', message: 'is already linked' }],
      );
    }
  }
  const row = await insertVictimLink(tx, {
    investigationId: investigation.id,
    agencyId: actor.agencyId,
    caseId: 'caseId' in link ? link.caseId : null,
    referralId: 'referralId' in link ? link.referralId : null,
    linkedBy: actor.userId,
  });
  if (row.case_id) {
    // On the victim's case timeline too: its workers learn that an investigation concerns it.
    await recordCaseEvent(tx, {
      caseId: row.case_id,
      agencyId: actor.agencyId,
      actorUserId: actor.userId,
      kind: 'case.linked_to_investigation',
      detail: { investigationId: investigation.id },
    });
  }
  await auditChange(
    props,
    'investigation.link_victim',
    { type: 'investigation', id: investigation.id },
    {
      victimLinkId: row.id,
      caseId: row.case_id,
      referralId: row.referral_id,
    },
  );
  return row;
}

/**
 * Names a person as a suspect of the investigation: a person the agency recorded (the same
 * person may be a victim in another case). Once per investigation.
 */
export async function addSuspect(
  props: ProsecutionProps & { investigation: InvestigationRow; personId: string },
): Promise<SuspectRow> {
  const { tx, actor, investigation, personId } = props;
  const [person] = await tx.query('select 1 from person where id = $1', [personId]);
  if (!person) {
    throw new ValidationError([
      { code: 'person_not_recorded', field: 'personId', message: 'is not a person recorded by your agency' },
    ]);
  }
  if (await findSuspectByPerson(tx, investigation.id, personId)) {
    throw new ConflictError(
      'suspect_already_named',
      'This person is already a suspect of the investigation.',
      [{ code: 'suspect_already', field: 'personId', message: 'is already a suspect' }],
    );
  }
  const id = await insertSuspect(tx, {
    investigationId: investigation.id,
    agencyId: actor.agencyId,
    personId,
    addedBy: actor.userId,
  });
  await auditChange(
    props,
    'investigation.add_suspect',
    { type: 'investigation', id: investigation.id },
    {
      suspectId: id,
      personId,
    },
  );
  const row = await findSuspect(tx, investigation.id, id);
  if (!row) throw new NotFoundError('suspect');
  return row;
}

/** The suspect of this investigation, or a field problem naming `field`. */
export async function suspectOf(
  props: ProsecutionProps,
  investigationId: string,
  suspectId: string,
  field: string,
): Promise<{ suspect: SuspectRow | undefined; problems: FieldProblem[] }> {
  const suspect = await findSuspect(props.tx, investigationId, suspectId);
  return suspect
    ? { suspect, problems: [] }
    : {
        suspect: undefined,
        problems: [
          { code: 'suspect_not_of_investigation', field, message: 'is not a suspect of this investigation' },
        ],
      };
}

/**
 * Records an arrest of a suspect: the day (not before the investigation was opened, not in the
 * future) and the place (kept encrypted).
 */
export async function recordArrest(
  props: ProsecutionProps & { investigation: InvestigationRow; arrest: RecordArrest },
): Promise<ArrestRow> {
  const { tx, actor, investigation, arrest } = props;
  const { problems } = await suspectOf(props, investigation.id, arrest.suspectId, 'suspectId');
  problems.push(
    ...(await dateProblems(props, 'arrestedOn', arrest.arrestedOn, {
      date: investigation.opened_on,
      what: 'the investigation was opened',
    })),
  );
  throwIfProblems(problems);
  const row = await insertArrest(tx, {
    investigationId: investigation.id,
    agencyId: actor.agencyId,
    suspectId: arrest.suspectId,
    arrestedOn: arrest.arrestedOn,
    place: encryptField(props.keyring, prosecutionFields.arrestPlace, arrest.place),
    recordedBy: actor.userId,
  });
  await auditChange(
    props,
    'investigation.record_arrest',
    { type: 'investigation', id: investigation.id },
    {
      arrestId: row.id,
      suspectId: row.suspect_id,
      arrestedOn: row.arrested_on,
    },
  );
  return row;
}
