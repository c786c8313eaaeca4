import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';
import type { NeedDomain, NeedLevel } from './needs-assessment.schema.ts';

export interface NeedsAssessmentRow {
  id: string;
  case_id: string;
  assessed_on: string;
  assessed_by: string;
  levels: Record<NeedDomain, NeedLevel>;
  /** Encrypted JSON object of notes by domain. */
  notes: string | null;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  recorded_by: string;
  created_at: Date;
}

const assessmentSelect = `
  select a.id, a.case_id, a.assessed_on, a.assessed_by, a.levels, a.notes, a.supersedes_id,
         (select s.id from needs_assessment s where s.supersedes_id = a.id) as superseded_by_id,
         a.recorded_by, a.created_at
    from needs_assessment a`;

export async function insertNeedsAssessment(
  tx: Tx,
  assessment: {
    caseId: string;
    agencyId: string;
    assessedOn: string;
    assessedBy: string;
    levels: Record<NeedDomain, NeedLevel>;
    notes: string | null;
    supersedesId: string | null;
    recordedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into needs_assessment
       (case_id, agency_id, assessed_on, assessed_by, levels, notes, supersedes_id, recorded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      assessment.caseId,
      assessment.agencyId,
      assessment.assessedOn,
      assessment.assessedBy,
      JSON.stringify(assessment.levels),
      assessment.notes,
      assessment.supersedesId,
      assessment.recordedBy,
    ],
  );
  if (!row) throw new Error('needs assessment insert returned no row');
  return row.id;
}

export async function requireNeedsAssessment(tx: Tx, id: string): Promise<NeedsAssessmentRow> {
  const [row] = await tx.query<NeedsAssessmentRow>(`${assessmentSelect} where a.id = $1`, [id]);
  if (!row) throw new NotFoundError('needs_assessment');
  return row;
}

/** The case's assessment in force: the one no other supersedes. */
export async function findCurrentAssessmentId(tx: Tx, caseId: string): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `select a.id from needs_assessment a
      where a.case_id = $1 and not exists (select 1 from needs_assessment s where s.supersedes_id = a.id)`,
    [caseId],
  );
  return row?.id;
}

/** A case's assessments, newest first. */
export function listNeedsAssessments(tx: Tx, caseId: string): Promise<NeedsAssessmentRow[]> {
  return tx.query<NeedsAssessmentRow>(
    `${assessmentSelect} where a.case_id = $1 order by a.created_at desc, a.id desc`,
    [caseId],
  );
}
