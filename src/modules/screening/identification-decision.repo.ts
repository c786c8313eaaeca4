import type { Tx } from '../../db/db.ts';
import { NotFoundError } from '../../shared/errors.ts';

export interface IdentificationDecisionRow {
  id: string;
  agency_id: string;
  person_id: string;
  screening_id: string | null;
  decision: 'confirmed_victim' | 'not_a_victim' | 'unable_to_determine';
  basis: string;
  decided_by: string;
  decided_by_name: string | null;
  decided_on: string;
  supersedes_id: string | null;
  superseded_by_id: string | null;
  created_at: Date;
}

export interface NewIdentificationDecision {
  agencyId: string;
  personId: string;
  screeningId: string | null;
  decision: string;
  basis: string;
  decidedBy: string;
  decidedOn: string;
  supersedesId: string | null;
}

export async function insertIdentificationDecision(
  tx: Tx,
  decision: NewIdentificationDecision,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into identification_decision
       (agency_id, person_id, screening_id, decision, basis, decided_by, decided_on, supersedes_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     returning id`,
    [
      decision.agencyId,
      decision.personId,
      decision.screeningId,
      decision.decision,
      decision.basis,
      decision.decidedBy,
      decision.decidedOn,
      decision.supersedesId,
    ],
  );
  return (row as { id: string }).id;
}

const decisionSelect = `
  select d.id, d.agency_id, d.person_id, d.screening_id, d.decision, d.basis, d.decided_by,
         u.display_name as decided_by_name, d.decided_on, d.supersedes_id,
         (select n.id from identification_decision n where n.supersedes_id = d.id) as superseded_by_id,
         d.created_at
    from identification_decision d
    left join app_user u on u.id = d.decided_by`;

/** A person's identification decisions that this agency may see, newest first. */
export function listDecisionsOfPerson(tx: Tx, personId: string): Promise<IdentificationDecisionRow[]> {
  return tx.query<IdentificationDecisionRow>(
    `${decisionSelect} where d.person_id = $1 order by d.created_at desc, d.id desc`,
    [personId],
  );
}

export async function requireIdentificationDecision(tx: Tx, id: string): Promise<IdentificationDecisionRow> {
  const [row] = await tx.query<IdentificationDecisionRow>(`${decisionSelect} where d.id = $1`, [id]);
  if (!row) throw new NotFoundError('identification_decision');
  return row;
}

/** This agency's decision for the person that no later one has superseded, if any. */
export async function findCurrentDecisionId(
  tx: Tx,
  agencyId: string,
  personId: string,
): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>(
    `select d.id from identification_decision d
      where d.agency_id = $1 and d.person_id = $2
        and not exists (select 1 from identification_decision n where n.supersedes_id = d.id)`,
    [agencyId, personId],
  );
  return row?.id;
}
