import { encryptField } from '../../crypto/field-cipher.ts';
import { dateInFuture, ValidationError } from '../../shared/errors.ts';
import { agencyToday } from '../agencies/index.ts';
import { recordCaseWork, requireCase, workableCase } from '../cases/index.ts';
import { careFields } from './care.fields.ts';
import { type CareCommandProps, memberProblem, recordCareRead } from './care-case.ts';
import {
  findCurrentAssessmentId,
  insertNeedsAssessment,
  listNeedsAssessments,
  type NeedsAssessmentRow,
  requireNeedsAssessment,
} from './needs-assessment.repo.ts';
import {
  type NeedDomain,
  type NeedLevel,
  needDomains,
  type RecordNeedsAssessment,
} from './needs-assessment.schema.ts';

/** The levels by domain, and the notes (only the domains that have one) as one JSON text, or null. */
function splitNeeds(needs: RecordNeedsAssessment['needs']) {
  const levels = {} as Record<NeedDomain, NeedLevel>;
  const notes: Partial<Record<NeedDomain, string>> = {};
  for (const domain of needDomains) {
    levels[domain] = needs[domain].level;
    const note = needs[domain].note;
    if (note !== undefined) notes[domain] = note;
  }
  return { levels, notes: Object.keys(notes).length > 0 ? JSON.stringify(notes) : null };
}

/**
 * Records a needs assessment of the victim on an open case: the level of need in every domain,
 * with notes kept encrypted, made on a date not in the future by a member of the agency.
 * Assessments are never changed: a new one supersedes the case's current one, and both stay.
 */
export async function recordNeedsAssessment(
  props: CareCommandProps & { caseId: string; assessment: RecordNeedsAssessment },
): Promise<NeedsAssessmentRow> {
  const { tx, actor, assessment } = props;
  const found = await workableCase(tx, props.caseId);
  const assessedBy = assessment.assessedByUserId ?? actor.userId;
  const problems = await memberProblem(tx, assessedBy, actor.agencyId, 'assessedByUserId');
  if (assessment.assessedOn > (await agencyToday(tx, actor.agencyId))) {
    problems.push(dateInFuture('assessedOn'));
  }
  if (problems.length > 0) throw new ValidationError(problems);
  const { levels, notes } = splitNeeds(assessment.needs);
  const supersedesId = (await findCurrentAssessmentId(tx, found.id)) ?? null;
  const id = await insertNeedsAssessment(tx, {
    caseId: found.id,
    agencyId: actor.agencyId,
    assessedOn: assessment.assessedOn,
    assessedBy,
    levels,
    notes: notes === null ? null : encryptField(props.keyring, careFields.needsNotes, notes),
    supersedesId,
    recordedBy: actor.userId,
  });
  const urgent = needDomains.filter((domain) => levels[domain] === 'urgent').length;
  await recordCaseWork(
    props,
    found.id,
    'case.needs_assessed',
    { type: 'needs_assessment', id },
    { assessedOn: assessment.assessedOn, supersedesId, urgentDomains: urgent },
  );
  return requireNeedsAssessment(tx, id);
}

/** A case's needs assessments, newest first; the read is audited. */
export async function readNeedsAssessments(
  props: CareCommandProps & { caseId: string },
): Promise<NeedsAssessmentRow[]> {
  const found = await requireCase(props.tx, props.caseId);
  const rows = await listNeedsAssessments(props.tx, found.id);
  await recordCareRead(props, found.id, 'case.read_needs_assessments', { results: rows.length });
  return rows;
}
